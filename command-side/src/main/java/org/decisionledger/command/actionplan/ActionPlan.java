package org.decisionledger.command.actionplan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.decisionledger.kernel.actionplan.ActionPlanRefusalCodes.DUPLICATE_ACTION_REF;
import static org.decisionledger.kernel.actionplan.ActionPlanRefusalCodes.DUPLICATE_PRIORITY_REF;
import static org.decisionledger.kernel.actionplan.ActionPlanRefusalCodes.EVIDENCE_ALREADY_CITED;
import static org.decisionledger.kernel.actionplan.ActionPlanRefusalCodes.SUB_GROUP_UPDATE_ALREADY_RECORDED;
import static org.decisionledger.kernel.actionplan.ActionPlanRefusalCodes.REVIEW_POINT_PASSED;
import static org.decisionledger.kernel.actionplan.ActionPlanRefusalCodes.STATUS_ALREADY_CORRECTED;
import static org.decisionledger.kernel.actionplan.ActionPlanRefusalCodes.STATUS_ALREADY_RECORDED;
import static org.decisionledger.kernel.actionplan.ActionPlanRefusalCodes.UNKNOWN_ACTION;
import static org.decisionledger.kernel.actionplan.ActionPlanRefusalCodes.UNKNOWN_PRIORITY;
import static org.decisionledger.kernel.actionplan.ActionPlanRefusalCodes.UNKNOWN_STATUS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.decisionledger.command.common.AggregateCaches;
import org.decisionledger.command.common.BusinessDay;
import org.decisionledger.kernel.actionplan.ActionAdded;
import org.decisionledger.kernel.actionplan.ActionPlanCreated;
import org.decisionledger.kernel.actionplan.ActionPlanId;
import org.decisionledger.kernel.actionplan.ActionRef;
import org.decisionledger.kernel.actionplan.ActionStatus;
import org.decisionledger.kernel.actionplan.ActionStatusCorrected;
import org.decisionledger.kernel.actionplan.ActionStatusRecorded;
import org.decisionledger.kernel.actionplan.AddAction;
import org.decisionledger.kernel.actionplan.AddPriority;
import org.decisionledger.kernel.actionplan.CiteEvidence;
import org.decisionledger.kernel.actionplan.CreateActionPlan;
import org.decisionledger.kernel.actionplan.EvidenceCited;
import org.decisionledger.kernel.actionplan.NormalisedStatus;
import org.decisionledger.kernel.actionplan.PriorityAdded;
import org.decisionledger.kernel.actionplan.PriorityRef;
import org.decisionledger.kernel.actionplan.Rag;
import org.decisionledger.kernel.actionplan.RecordSubGroupUpdate;
import org.decisionledger.kernel.actionplan.ReportingDate;
import org.decisionledger.kernel.common.RecordDates;
import org.decisionledger.kernel.actionplan.ReviewPointPassed;
import org.decisionledger.kernel.actionplan.ReviewsScheduled;
import org.decisionledger.kernel.actionplan.ScheduleReviews;
import org.decisionledger.kernel.actionplan.StatusVocabulary;
import org.decisionledger.kernel.actionplan.SubGroupUpdateRecorded;
import org.decisionledger.kernel.actionplan.UpdateActionStatus;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.common.InvalidCommand;
import org.decisionledger.kernel.common.RuleRefused;
import org.decisionledger.kernel.common.UnknownResource;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

/**
 * A council's action plan (a WSOA, an APP, a priority action plan or an improvement plan), with its
 * priorities and its actions as entities inside it. One aggregate holds the whole plan so the rules
 * that span actions (unique refs, which actions missed a review point) are checked against one
 * consistent state; ADR 7 weighs this against an aggregate per action.
 *
 * <p>A long-lived plan gathers hundreds of events, so it is snapshotted. Its snapshot is this object
 * written by the Jackson serializer: the state is deliberately plain (ids, strings, lists, maps and
 * the immutable records {@link PlannedAction} and {@link ReportedStatus}) and every field is visible
 * to the serializer without getters. A change to the shape of that state bumps {@link Revision}, so
 * older snapshots are ignored and the plan is rebuilt from its events instead.
 */
@Aggregate(snapshotTriggerDefinition = ActionPlanSnapshots.TRIGGER, cache = AggregateCaches.ACTION_PLANS)
@Revision("2")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
class ActionPlan {

    private static final int LONGEST_REVIEW_INTERVAL_MONTHS = 24;

    @AggregateIdentifier
    private ActionPlanId planId;
    private List<String> priorityRefs = new ArrayList<>();
    private Map<String, PlannedAction> actions = new LinkedHashMap<>();
    private int reviewEveryMonths;
    private String nextReviewPoint;
    private String reviewScheduleId;
    /** Each sub-group update recorded, by action, date and words: the same report is recorded once. */
    private Set<String> subGroupUpdates = new LinkedHashSet<>();

    ActionPlan() {
        // required by Axon to rebuild the aggregate from its events, and by the serializer to read a snapshot
    }

    ActionPlan(CreateActionPlan command) {
        requireText("title", command.title(), "A plan needs a title");
        if (command.kind() == null) {
            throw new InvalidCommand("kind", "A plan needs a kind");
        }
        if (command.inspectionPublishedOn() != null && command.submissionDueBy() != null
                && command.submissionDueBy().isBefore(command.inspectionPublishedOn())) {
            throw new InvalidCommand("submissionDueBy", "The plan cannot have been due (" + command.submissionDueBy()
                    + ") before the inspection it answers was published (" + command.inspectionPublishedOn() + ")");
        }
        apply(new ActionPlanCreated(command.planId(), command.authorityId(), command.title(), command.kind(),
                command.sourceDecisionId(), command.sourceScrutinyItemId(), command.inspectionReference(),
                command.inspectionPublishedOn(),
                command.submissionDueBy(), command.createdOn()));
    }

    // ---------------------------------------------------------------- the plan's shape

    @CommandHandler
    CommandAccepted handle(AddPriority command) {
        requireText("title", command.title(), "A priority needs a title");
        requireNewPriority(command.ref());
        if (command.parentRef() != null) {
            if (command.parentRef().equals(command.ref())) {
                throw new InvalidCommand("parentRef", "A priority cannot be a sub-area of itself");
            }
            requirePriority(command.parentRef());
        }
        apply(new PriorityAdded(planId, command.ref(), command.parentRef(), command.title(), command.vision(),
                command.addedOn()));
        return accepted(Map.of("ref", command.ref().value()));
    }

    @CommandHandler
    CommandAccepted handle(AddAction command) {
        requireText("description", command.description(), "An action needs a description");
        requireLeads(command.leads());
        requireNewAction(command.ref());
        requirePriority(command.priorityRef());
        apply(new ActionAdded(planId, command.ref(), command.priorityRef(), command.description(), command.leads(),
                command.evidenceOfImpact(), command.dueBy(), command.addedOn()));
        return accepted(Map.of("ref", command.ref().value()));
    }

    // ---------------------------------------------------------------- progress

    @CommandHandler
    CommandAccepted handle(UpdateActionStatus command) {
        PlannedAction action = requireAction(command.actionRef());
        requireText("status", command.status(), "A status needs the words the council used, such as \"Complete\"");
        ReportingDate reviewPoint = reportingDate("reviewPoint", command.reviewPoint());
        NormalisedStatus read = StatusVocabulary.normalise(command.status());
        Rag rag = command.rag() != null ? command.rag() : read.rag();
        int number = action.nextStatusNumber();
        if (command.corrects() == null) {
            requireNoStatusYet(action, reviewPoint.value());
            apply(new ActionStatusRecorded(planId, command.actionRef(), number, reviewPoint.value(), command.status(),
                    read.status(), rag, command.rag() != null, command.narrative(), command.evidence(),
                    command.recordedOn()));
        } else {
            ReportedStatus corrected = requireCorrectable(action, command.corrects());
            requireText("correctionReason", command.correctionReason(), "A correction must say why the earlier "
                    + "status was wrong");
            requireNoOtherStatus(action, reviewPoint.value(), corrected.number());
            apply(new ActionStatusCorrected(planId, command.actionRef(), number, corrected.number(),
                    corrected.reviewPoint(), corrected.rawStatus(), reviewPoint.value(), command.status(),
                    read.status(), rag, command.rag() != null, command.narrative(), command.evidence(),
                    command.correctionReason(), command.recordedOn()));
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("statusNumber", number);
        facts.put("status", read.status().name());
        if (rag != null) {
            facts.put("rag", rag.name());
        }
        return accepted(facts);
    }

    @CommandHandler
    CommandAccepted handle(RecordSubGroupUpdate command) {
        requireAction(command.actionRef());
        ReportingDate date = reportingDate("date", command.date());
        requireText("body", command.body(), "A sub-group update needs what the sub-group reported");
        if (subGroupUpdates.contains(updateKey(command.actionRef().value(), date.value(), command.body()))) {
            throw new RuleRefused(SUB_GROUP_UPDATE_ALREADY_RECORDED, "Action " + command.actionRef()
                    + " already has this sub-group update dated " + date.value());
        }
        apply(new SubGroupUpdateRecorded(planId, command.actionRef(), date.value(), command.body(), command.by(),
                command.recordedOn()));
        return accepted(Map.of());
    }

    @CommandHandler
    CommandAccepted handle(CiteEvidence command) {
        PlannedAction action = requireAction(command.actionRef());
        requireText("name", command.name(), "Evidence needs the document's name");
        if (action.cites(command.name())) {
            throw new RuleRefused(EVIDENCE_ALREADY_CITED, "Action " + command.actionRef() + " already cites \""
                    + command.name().strip() + "\"");
        }
        apply(new EvidenceCited(planId, command.actionRef(), command.name(), command.location(), command.citedOn()));
        return accepted(Map.of());
    }

    // ---------------------------------------------------------------- the review schedule

    @CommandHandler
    CommandAccepted handle(ScheduleReviews command, DeadlineManager deadlines) {
        ReportingDate first = reportingDate("firstReviewPoint", command.firstReviewPoint());
        if (command.everyMonths() < 1 || command.everyMonths() > LONGEST_REVIEW_INTERVAL_MONTHS) {
            throw new InvalidCommand("everyMonths", "Reviews are between 1 and " + LONGEST_REVIEW_INTERVAL_MONTHS
                    + " months apart");
        }
        if (first.lastDay().isBefore(command.scheduledOn())) {
            throw new RuleRefused(REVIEW_POINT_PASSED, "The review point " + first + " was over before "
                    + command.scheduledOn() + "; a schedule starts at a review point still to come");
        }
        String cancelled = reviewScheduleId;
        if (cancelled != null) {
            deadlines.cancelSchedule(ReviewPointDue.DEADLINE, cancelled);
        }
        String scheduleId = deadlines.schedule(endOf(first), ReviewPointDue.DEADLINE,
                new ReviewPointDue(planId, first.value()));
        apply(new ReviewsScheduled(planId, first.value(), command.everyMonths(), scheduleId, cancelled,
                command.scheduledOn()));
        return accepted(Map.of("nextReviewPoint", first.value()));
    }

    /**
     * Idempotent: a deadline for a review point the schedule has moved past (replaced, or already
     * handled) changes nothing.
     */
    @DeadlineHandler(deadlineName = ReviewPointDue.DEADLINE)
    void on(ReviewPointDue due, DeadlineManager deadlines) {
        if (!due.reviewPoint().equals(nextReviewPoint)) {
            return;
        }
        ReportingDate reviewPoint = ReportingDate.parse(due.reviewPoint());
        List<ActionRef> notUpdated = actions.values().stream()
                .filter(action -> !action.reportedFor(reviewPoint) && action.latestStatus() != ActionStatus.COMPLETE)
                .map(action -> new ActionRef(action.ref()))
                .toList();
        ReportingDate next = reviewPoint.plusMonths(reviewEveryMonths);
        String scheduleId = deadlines.schedule(endOf(next), ReviewPointDue.DEADLINE,
                new ReviewPointDue(planId, next.value()));
        apply(new ReviewPointPassed(planId, reviewPoint.value(), reviewPoint.lastDay().plusDays(1), notUpdated,
                next.value(), scheduleId));
    }

    /** A review point is over at the start of the next day, council time. */
    private static Instant endOf(ReportingDate reviewPoint) {
        return reviewPoint.lastDay().plusDays(1).atStartOfDay(BusinessDay.COUNCIL_ZONE).toInstant();
    }

    // ---------------------------------------------------------------- rules

    private void requireNewPriority(PriorityRef ref) {
        if (priorityRefs.contains(ref.value())) {
            throw new RuleRefused(DUPLICATE_PRIORITY_REF, "Plan " + planId + " already has a priority " + ref);
        }
    }

    private void requirePriority(PriorityRef ref) {
        if (!priorityRefs.contains(ref.value())) {
            throw new UnknownResource(UNKNOWN_PRIORITY, "Plan " + planId + " has no priority " + ref);
        }
    }

    private void requireNewAction(ActionRef ref) {
        if (actions.containsKey(ref.value())) {
            throw new RuleRefused(DUPLICATE_ACTION_REF, "Plan " + planId + " already has an action " + ref);
        }
    }

    private PlannedAction requireAction(ActionRef ref) {
        PlannedAction action = actions.get(ref.value());
        if (action == null) {
            throw new UnknownResource(UNKNOWN_ACTION, "Plan " + planId + " has no action " + ref);
        }
        return action;
    }

    private static void requireLeads(List<String> leads) {
        if (leads.isEmpty()) {
            throw new InvalidCommand("leads", "An action needs at least one lead");
        }
        if (leads.stream().anyMatch(ActionPlan::isBlank)) {
            throw new InvalidCommand("leads", "A lead's name must not be blank");
        }
    }

    private void requireNoStatusYet(PlannedAction action, String reviewPoint) {
        action.statusAt(reviewPoint).ifPresent(existing -> {
            throw new RuleRefused(STATUS_ALREADY_RECORDED, "Action " + action.ref() + " already has status "
                    + existing.number() + " (\"" + existing.rawStatus() + "\") for " + reviewPoint
                    + "; to change it, send a correction with corrects: " + existing.number() + " and a reason");
        });
    }

    private static ReportedStatus requireCorrectable(PlannedAction action, int number) {
        ReportedStatus corrected = action.status(number).orElseThrow(() -> new UnknownResource(UNKNOWN_STATUS,
                "Action " + action.ref() + " has no status " + number));
        if (corrected.superseded()) {
            throw new RuleRefused(STATUS_ALREADY_CORRECTED, "Status " + number + " of action " + action.ref()
                    + " was already corrected; correct the status that replaced it");
        }
        return corrected;
    }

    /** A correction may move a status to another review point, but not onto one that has its own status. */
    private static void requireNoOtherStatus(PlannedAction action, String reviewPoint, int corrected) {
        action.statusAt(reviewPoint).filter(existing -> existing.number() != corrected).ifPresent(existing -> {
            throw new RuleRefused(STATUS_ALREADY_RECORDED, "Action " + action.ref() + " already has status "
                    + existing.number() + " for " + reviewPoint + "; correct that one instead");
        });
    }

    private static ReportingDate reportingDate(String field, String text) {
        ReportingDate date;
        try {
            date = ReportingDate.parse(text);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidCommand(field, field + " " + invalid.getMessage());
        }
        if (!RecordDates.within(date.firstDay()) || !RecordDates.within(date.lastDay())) {
            throw new InvalidCommand(field, field + " must lie " + RecordDates.range() + ", not " + date.value());
        }
        return date;
    }

    private static void requireText(String field, String value, String message) {
        if (isBlank(value)) {
            throw new InvalidCommand(field, message);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private CommandAccepted accepted(Map<String, Object> facts) {
        return new CommandAccepted(planId.value(), AggregateLifecycle.getVersion(), facts);
    }

    // ---------------------------------------------------------------- state

    @EventSourcingHandler
    void on(ActionPlanCreated event) {
        planId = event.planId();
    }

    @EventSourcingHandler
    void on(PriorityAdded event) {
        priorityRefs.add(event.ref().value());
    }

    @EventSourcingHandler
    void on(ActionAdded event) {
        actions.put(event.ref().value(), PlannedAction.added(event.ref().value()));
    }

    @EventSourcingHandler
    void on(ActionStatusRecorded event) {
        actions.computeIfPresent(event.actionRef().value(), (ref, action) -> action.reported(new ReportedStatus(
                event.statusNumber(), event.reviewPoint(), event.rawStatus(), event.status(), false)));
    }

    @EventSourcingHandler
    void on(ActionStatusCorrected event) {
        actions.computeIfPresent(event.actionRef().value(), (ref, action) -> action.corrected(event.corrects(),
                new ReportedStatus(event.statusNumber(), event.reviewPoint(), event.rawStatus(), event.status(),
                        false)));
    }

    @EventSourcingHandler
    void on(SubGroupUpdateRecorded event) {
        subGroupUpdates.add(updateKey(event.actionRef().value(), event.date(), event.body()));
    }

    private static String updateKey(String actionRef, String date, String body) {
        return actionRef + "\n" + date + "\n" + body.strip();
    }

    @EventSourcingHandler
    void on(EvidenceCited event) {
        actions.computeIfPresent(event.actionRef().value(), (ref, action) -> action.citing(event.name()));
    }

    @EventSourcingHandler
    void on(ReviewsScheduled event) {
        reviewEveryMonths = event.everyMonths();
        nextReviewPoint = event.firstReviewPoint();
        reviewScheduleId = event.deadlineScheduleId();
    }

    @EventSourcingHandler
    void on(ReviewPointPassed event) {
        nextReviewPoint = event.nextReviewPoint();
        reviewScheduleId = event.deadlineScheduleId();
    }
}
