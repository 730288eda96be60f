package org.decisionledger.command.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.decisionledger.command.common.BusinessDay;
import org.decisionledger.command.common.CommandDispatcher;
import org.decisionledger.command.common.FieldValues;
import org.decisionledger.command.common.IdentifierSource;
import org.decisionledger.kernel.actionplan.ActionPlanId;
import org.decisionledger.kernel.actionplan.ActionRef;
import org.decisionledger.kernel.actionplan.AddAction;
import org.decisionledger.kernel.actionplan.AddPriority;
import org.decisionledger.kernel.actionplan.CiteEvidence;
import org.decisionledger.kernel.actionplan.CreateActionPlan;
import org.decisionledger.kernel.actionplan.PriorityRef;
import org.decisionledger.kernel.actionplan.RecordSubGroupUpdate;
import org.decisionledger.kernel.actionplan.StatusVocabulary;
import org.decisionledger.kernel.actionplan.UpdateActionStatus;
import org.decisionledger.kernel.authority.AuthorityId;
import org.springframework.stereotype.Component;

/**
 * Turns an action-plan tracker page into the commands an officer would send: the plan, its
 * priorities and sub-areas, its actions with their leads, each status at each review point in the
 * council's own words, the dated sub-group updates and the evidence named. Facts the plan already
 * holds are not sent again; a review point whose status differs from the one recorded is refused
 * (STATUS_ALREADY_RECORDED) and reported, since only a correction may change it.
 */
@Component
public class ActionPlanImporter {

    public static final String KIND = "action-plan";

    private final CommandDispatcher commands;
    private final AuthorityRulesReader rules;
    private final RecordedFacts facts;
    private final ImportLog log;
    private final BusinessDay businessDay;
    private final IdentifierSource identifiers;

    ActionPlanImporter(CommandDispatcher commands, AuthorityRulesReader rules, RecordedFacts facts, ImportLog log,
            BusinessDay businessDay, IdentifierSource identifiers) {
        this.commands = commands;
        this.rules = rules;
        this.facts = facts;
        this.log = log;
        this.businessDay = businessDay;
        this.identifiers = identifiers;
    }

    public Map<String, Object> importPage(String authority, PageText page, boolean dryRun, ImportOrigin origin) {
        AuthorityId authorityId = FieldValues.typed("authority", authority, AuthorityId::new);
        rules.requireKnown(authorityId);
        TrackerPage tracker = TrackerParser.parse(page);
        String importId = identifiers.newIdentifier();
        ImportSession session = new ImportSession(commands, dryRun, ModernGovImporter.metadata(importId, page, origin));
        String title = tracker.title() == null ? "Action plan" : tracker.title();
        String planId = ImportIds.plan(authorityId.value(), title);
        try (ImportLog.Claim claim = log.claim(authorityId.value(), dryRun)) {
            try {
                send(authorityId, planId, title, tracker, session);
            } catch (RuntimeException failure) {
                if (!dryRun) {
                    log.recordFailure(importId, KIND, authorityId.value(), origin, page.sha256(), businessDay.now(),
                            answer(importId, authorityId, page, session, planId, title, tracker), failure);
                }
                throw failure;
            }
            Map<String, Object> answer = answer(importId, authorityId, page, session, planId, title, tracker);
            if (!dryRun) {
                log.record(importId, KIND, authorityId.value(), origin, page.sha256(), businessDay.now(), answer);
            }
            return answer;
        }
    }

    private Map<String, Object> answer(String importId, AuthorityId authorityId, PageText page, ImportSession session,
            String planId, String title, TrackerPage tracker) {
        Map<String, Object> answer = session.answerHead(importId, authorityId.value(), page);
        answer.put("plan", planAnswer(planId, title, tracker));
        answer.put("commands", List.copyOf(session.steps()));
        return answer;
    }

    private void send(AuthorityId authorityId, String id, String title, TrackerPage tracker, ImportSession session) {
        ActionPlanId planId = new ActionPlanId(id);
        RecordedFacts.Plan held = facts.plan(id);
        LocalDate today = businessDay.today();
        if (held.created) {
            session.alreadyRecorded("CreateActionPlan", id);
        } else if (!session.send(new CreateActionPlan(planId, authorityId, title, tracker.kind(), null, null, null, null, null,
                today), id)) {
            return;
        }
        for (TrackerPage.Priority priority : tracker.priorities()) {
            if (held.priorities.contains(priority.ref())) {
                session.alreadyRecorded("AddPriority", priority.ref());
            } else {
                session.send(new AddPriority(planId, new PriorityRef(priority.ref()),
                        priority.parentRef() == null ? null : new PriorityRef(priority.parentRef()), priority.title(),
                        priority.vision(), today), priority.ref());
            }
        }
        for (TrackerPage.Action action : tracker.actions()) {
            ActionRef ref = new ActionRef(action.ref());
            if (held.actions.contains(action.ref())) {
                session.alreadyRecorded("AddAction", action.ref());
            } else if (!session.send(new AddAction(planId, ref, new PriorityRef(action.priorityRef()),
                    action.description(), action.leads(), action.evidenceOfImpact(), null, today), action.ref())) {
                continue;
            }
            for (TrackerPage.Status status : action.statuses()) {
                String target = action.ref() + " " + status.reviewPoint();
                // a different status for a review point already reported is sent, so the refusal shows the change
                if (status.status().equals(held.statuses.get(RecordedFacts.Plan.status(action.ref(), status.reviewPoint())))) {
                    session.alreadyRecorded("UpdateActionStatus", target);
                } else {
                    session.send(new UpdateActionStatus(planId, ref, status.reviewPoint(), status.status(), null, null,
                            List.of(), null, null, today), target);
                }
            }
            for (TrackerPage.Update update : action.updates()) {
                String target = action.ref() + " " + update.date();
                if (held.updates.contains(RecordedFacts.Plan.update(action.ref(), update.date(), update.body()))) {
                    session.alreadyRecorded("RecordSubGroupUpdate", target);
                } else {
                    session.send(new RecordSubGroupUpdate(planId, ref, update.date(), update.body(), null, today), target);
                }
            }
            for (String evidence : action.evidence()) {
                String target = action.ref() + " " + evidence;
                if (held.evidence.contains(RecordedFacts.Plan.evidence(action.ref(), evidence))) {
                    session.alreadyRecorded("CiteEvidence", target);
                } else {
                    session.send(new CiteEvidence(planId, ref, evidence, null, today), target);
                }
            }
        }
    }

    private static Map<String, Object> planAnswer(String planId, String title, TrackerPage tracker) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("id", planId);
        plan.put("title", title);
        plan.put("kind", tracker.kind().name());
        plan.put("outline", tracker.outline());
        plan.put("priorities", tracker.priorities());
        List<Map<String, Object>> actions = new ArrayList<>();
        for (TrackerPage.Action action : tracker.actions()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("ref", action.ref());
            entry.put("priorityRef", action.priorityRef());
            entry.put("description", action.description());
            entry.put("leads", action.leads());
            entry.put("evidenceOfImpact", action.evidenceOfImpact());
            List<Map<String, Object>> statuses = new ArrayList<>();
            for (TrackerPage.Status status : action.statuses()) {
                Map<String, Object> reviewed = new LinkedHashMap<>();
                reviewed.put("reviewPoint", status.reviewPoint());
                reviewed.put("status", status.status());
                var normalised = StatusVocabulary.normalise(status.status());
                reviewed.put("normalisedStatus", normalised.status().name());
                reviewed.put("rag", normalised.rag() == null ? null : normalised.rag().name());
                reviewed.put("raw", status.reviewPointText() + " - " + status.status());
                statuses.add(reviewed);
            }
            entry.put("statuses", statuses);
            entry.put("updates", action.updates());
            entry.put("evidence", action.evidence());
            entry.put("evidenceNotes", action.evidenceNotes());
            entry.put("raw", Map.of("leads", action.leadsText() == null ? "" : action.leadsText()));
            actions.add(entry);
        }
        plan.put("actions", actions);
        plan.put("unplaced", tracker.unplaced());
        return plan;
    }
}
