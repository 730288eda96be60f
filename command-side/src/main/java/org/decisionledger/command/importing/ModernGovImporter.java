package org.decisionledger.command.importing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.decisionledger.command.common.BusinessDay;
import org.decisionledger.command.common.CommandDispatcher;
import org.decisionledger.command.common.FieldValues;
import org.decisionledger.command.common.IdentifierSource;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.decision.ApproveRecommendations;
import org.decisionledger.kernel.decision.CallInExemption;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.decision.DeferDecision;
import org.decisionledger.kernel.decision.ProposeDecision;
import org.decisionledger.kernel.decision.PublishDecision;
import org.decisionledger.kernel.decision.PublishKeyDecisionNotice;
import org.decisionledger.kernel.decision.RejectDecision;
import org.decisionledger.kernel.decision.Resolution;
import org.decisionledger.kernel.decision.WithdrawDecision;
import org.decisionledger.kernel.delegation.DelegateAuthority;
import org.decisionledger.kernel.delegation.DelegationId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns ModernGov pages into the commands an officer would send: propose, notice, approve (or
 * reject, defer, withdraw), publish, and the delegations the resolutions name. Facts the ledger
 * already holds are not sent again. The page's anomalies are flagged and its values imported as
 * they are; where the ledger's rules refuse a value (publication before the decision, a decision
 * taken before its notice period ran) the refusal is reported, never worked around.
 */
@Component
public class ModernGovImporter {

    public static final String KIND = "moderngov";
    /** Shown as the consent to a call-in exemption when the page records none: the ledger needs words there. */
    static final String CONSENT_NOT_SHOWN = "Not shown on the published record";

    private final CommandDispatcher commands;
    private final AuthorityRulesReader rules;
    private final RecordedFacts facts;
    private final ImportLog log;
    private final BusinessDay businessDay;
    private final IdentifierSource identifiers;
    private final Duration lateEntryGrace;

    ModernGovImporter(CommandDispatcher commands, AuthorityRulesReader rules, RecordedFacts facts, ImportLog log,
            BusinessDay businessDay, IdentifierSource identifiers, @Value("${decision-ledger.decisions.late-entry-grace:PT1H}") Duration lateEntryGrace) {
        this.commands = commands;
        this.rules = rules;
        this.facts = facts;
        this.log = log;
        this.businessDay = businessDay;
        this.identifiers = identifiers;
        this.lateEntryGrace = lateEntryGrace;
    }

    public Map<String, Object> importPage(String authority, PageText page, boolean dryRun, ImportOrigin origin) {
        AuthorityId authorityId = FieldValues.typed("authority", authority, AuthorityId::new);
        rules.requireKnown(authorityId);
        List<ModernGovRecord> records = ModernGovParser.parse(page);
        String importId = identifiers.newIdentifier();
        ImportSession session = new ImportSession(commands, dryRun, metadata(importId, page, origin));
        List<Map<String, Object>> answers = new ArrayList<>();
        try (ImportLog.Claim claim = log.claim(authorityId.value(), dryRun)) {
            try {
                for (ModernGovRecord record : records) {
                    answers.add(importRecord(authorityId, record, session));
                }
            } catch (RuntimeException failure) {
                if (!dryRun) {
                    log.recordFailure(importId, KIND, authorityId.value(), origin, page.sha256(), businessDay.now(),
                            answer(importId, authorityId, page, session, answers), failure);
                }
                throw failure;
            }
            Map<String, Object> answer = answer(importId, authorityId, page, session, answers);
            if (!dryRun) {
                log.record(importId, KIND, authorityId.value(), origin, page.sha256(), businessDay.now(), answer);
            }
            return answer;
        }
    }

    private static Map<String, Object> answer(String importId, AuthorityId authorityId, PageText page,
            ImportSession session, List<Map<String, Object>> answers) {
        Map<String, Object> answer = session.answerHead(importId, authorityId.value(), page);
        answer.put("records", List.copyOf(answers));
        return answer;
    }

    static Map<String, String> metadata(String importId, PageText page, ImportOrigin origin) {
        Map<String, String> metadata = new LinkedHashMap<>(origin.actorMetadata());
        metadata.put(ImportMetadata.IMPORT_ID, importId);
        metadata.put(ImportMetadata.SOURCE_HASH, page.sha256());
        return metadata;
    }

    private Map<String, Object> importRecord(AuthorityId authorityId, ModernGovRecord record, ImportSession session) {
        LocalDate published = day(record.publicationDate());
        RecordChecks checks = RecordChecks.of(record, rules.rulesOn(authorityId, published),
                rules.rulesOn(authorityId, day(record.firstPublished())));
        Set<ImportFlag> flags = EnumSet.noneOf(ImportFlag.class);
        flags.addAll(record.flags());
        flags.addAll(checks.flags());
        String decisionId = ImportIds.decision(authorityId.value(), record);
        int from = session.steps().size();
        send(authorityId, decisionId, record, session);
        return DecisionRecordAnswer.of(decisionId, record, checks, flags,
                List.copyOf(session.steps().subList(from, session.steps().size())));
    }

    private void send(AuthorityId authorityId, String id, ModernGovRecord record, ImportSession session) {
        if (record.decisionMaker() == null || record.title() == null) {
            session.steps().add(new ImportStep("ProposeDecision", id, ImportStep.REFUSED,
                    record.title() == null ? "TITLE_NOT_SHOWN" : "DECISION_MAKER_NOT_SHOWN",
                    "The page does not show the " + (record.title() == null ? "title" : "decision maker")
                            + ", so the record is not entered"));
            return;
        }
        DecisionId decisionId = new DecisionId(id);
        RecordedFacts.Decision held = facts.decision(id);
        if (record.keyDecision() == null && !held.proposed) {
            // Whether the notice rules apply turns on this; recording "not key" would be a guess.
            session.steps().add(new ImportStep("ProposeDecision", id, ImportStep.REFUSED, "KEY_DECISION_NOT_SHOWN",
                    "The page does not say whether this is a key decision, and the notice rules depend on it, "
                            + "so the record is not entered; propose it with the council's answer"));
            return;
        }
        if (held.proposed) {
            session.alreadyRecorded("ProposeDecision", id);
        } else if (!session.send(proposal(authorityId, decisionId, record), id)) {
            return;
        }
        LocalDate firstPublished = day(record.firstPublished());
        if (firstPublished != null && Boolean.TRUE.equals(record.keyDecision())) {
            if (held.noticeFirstPublished != null) {
                session.alreadyRecorded("PublishKeyDecisionNotice", id);
            } else {
                session.send(new PublishKeyDecisionNotice(decisionId, firstPublished), id);
            }
        }
        LocalDate decidedOn = day(record.dateOfDecision());
        if (decidedOn == null || !taken(decisionId, decidedOn, record, held, session)) {
            return;
        }
        if (record.outcome() != DecisionOutcome.APPROVED && record.outcome() != DecisionOutcome.REJECTED) {
            return;
        }
        publish(decisionId, record, held, session);
        if (record.outcome() == DecisionOutcome.APPROVED) {
            for (RecognisedDelegation delegation : record.delegations()) {
                String delegationId = ImportIds.delegation(id, delegation.resolution());
                if (facts.exists(delegationId)) {
                    session.alreadyRecorded("DelegateAuthority", delegationId);
                } else {
                    session.send(new DelegateAuthority(new DelegationId(delegationId), authorityId, decisionId,
                            delegation.resolution(), delegation.delegate(), delegation.scope(), List.of(),
                            delegation.conditions(), decidedOn, null), delegationId);
                }
            }
        }
    }

    private ProposeDecision proposal(AuthorityId authorityId, DecisionId decisionId, ModernGovRecord record) {
        String leadOfficer = record.leadOfficer() != null ? record.leadOfficer()
                : record.leadDirector() != null ? record.leadDirector() : record.reportAuthor();
        return new ProposeDecision(decisionId, authorityId, record.reference(), record.title(), record.decisionMaker(),
                Boolean.TRUE.equals(record.keyDecision()), record.keyDecisionReasons(), record.wardsAffected(),
                record.leadMember(), leadOfficer, record.department(), record.contact(),
                record.proposedDecision() != null ? record.proposedDecision() : record.purpose(),
                day(record.decisionDue()), proposedOn(record), businessDay.today());
    }

    /**
     * A page gives no date of proposal. The proposal is dated by the earliest date the page does give
     * (the notice, the decision, the publication), which it cannot have come after; only a page with
     * none of them is dated on the day of the import.
     */
    private LocalDate proposedOn(ModernGovRecord record) {
        return java.util.stream.Stream.of(day(record.firstPublished()), day(record.dateOfDecision()),
                        day(record.publicationDate()))
                .filter(java.util.Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElseGet(businessDay::today);
    }

    /** Sends the decision the status names; true when the ledger holds it as taken (approved or rejected). */
    private boolean taken(DecisionId decisionId, LocalDate decidedOn, ModernGovRecord record,
            RecordedFacts.Decision held, ImportSession session) {
        String id = decisionId.value();
        String reasons = record.reasons() != null ? record.reasons()
                : record.decisionText() != null ? record.decisionText() : "Decision status: " + record.decisionStatus();
        return switch (record.outcome()) {
            case APPROVED -> {
                if (held.taken) {
                    session.alreadyRecorded("ApproveRecommendations", id);
                    yield true;
                }
                if (held.earlyApprovalRefusedOn.contains(decidedOn)) {
                    session.alreadyRecorded("ApproveRecommendations", id);
                    yield false;
                }
                yield session.send(new ApproveRecommendations(decisionId, decidedOn, record.decidedAt(),
                        resolutions(record), record.reasons(), record.alternativesRejected(),
                        record.conflictsOfInterest(), record.dispensations(), true), id);
            }
            case REJECTED -> {
                if (held.taken) {
                    session.alreadyRecorded("RejectDecision", id);
                    yield true;
                }
                yield session.send(new RejectDecision(decisionId, decidedOn, reasons), id);
            }
            case DEFERRED -> {
                if (held.taken || held.deferredOn.contains(decidedOn)) {
                    session.alreadyRecorded("DeferDecision", id);
                } else {
                    session.send(new DeferDecision(decisionId, decidedOn, reasons), id);
                }
                yield false;
            }
            case WITHDRAWN -> {
                if (held.taken) {
                    session.alreadyRecorded("WithdrawDecision", id);
                } else {
                    session.send(new WithdrawDecision(decisionId, decidedOn, reasons), id);
                }
                yield false;
            }
            default -> false;
        };
    }

    private void publish(DecisionId decisionId, ModernGovRecord record, RecordedFacts.Decision held,
            ImportSession session) {
        LocalDate published = day(record.publicationDate());
        if (published == null || record.subjectToCallIn() == null) {
            return;
        }
        if (held.published) {
            session.alreadyRecorded("PublishDecision", decisionId.value());
            return;
        }
        boolean subject = record.subjectToCallIn();
        CallInExemption exemption = subject ? null : new CallInExemption(
                record.procedureNotes().isEmpty() ? "Published as not subject to call-in"
                        : String.join("\n", record.procedureNotes()), CONSENT_NOT_SHOWN);
        Instant effectNotBefore = record.effectiveFrom() != null && record.effectiveFrom().day() != null
                ? null : businessDay.now().plus(lateEntryGrace);
        session.send(new PublishDecision(decisionId, published, subject, exemption, effectNotBefore),
                decisionId.value());
    }

    private static List<Resolution> resolutions(ModernGovRecord record) {
        if (!record.resolutions().isEmpty()) {
            return record.resolutions();
        }
        return record.decisionText() == null ? List.of() : List.of(new Resolution(null, record.decisionText(), List.of()));
    }

    private static LocalDate day(PublishedDate date) {
        return date == null ? null : date.day();
    }
}
