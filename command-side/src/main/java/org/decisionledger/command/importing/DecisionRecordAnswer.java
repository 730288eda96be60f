package org.decisionledger.command.importing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A record as the import answers it: the contract's fields first (dates as {@code YYYY-MM-DD}, null
 * where the page shows none), then every other field read, the page's raw words for each value that
 * was normalised, and what became of each command.
 */
final class DecisionRecordAnswer {

    private DecisionRecordAnswer() {
    }

    static Map<String, Object> of(String id, ModernGovRecord record, RecordChecks checks, Set<ImportFlag> flags,
            List<ImportStep> steps) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("kind", record.kind());
        answer.put("id", id);
        answer.put("title", record.title());
        answer.put("decisionMaker", record.decisionMaker());
        answer.put("decisionStatus", DecisionOutcome.canonical(record.decisionStatus()));
        answer.put("keyDecision", record.keyDecision());
        answer.put("subjectToCallIn", record.subjectToCallIn());
        answer.put("publicationDate", day(record.publicationDate()));
        answer.put("dateOfDecision", day(record.dateOfDecision()));
        answer.put("effectiveFrom", day(record.effectiveFrom()));
        answer.put("firstPublished", day(record.firstPublished()));
        answer.put("decisionDue", day(record.decisionDue()));
        answer.put("impliedCallInWorkingDays", checks.impliedCallInWorkingDays());
        answer.put("flags", flags.stream().sorted().map(Enum::name).toList());

        answer.put("reference", record.reference());
        answer.put("decisionOutcome", record.outcome().name());
        answer.put("decisionDueMonth", record.decisionDue() != null && record.decisionDue().monthOnly()
                ? record.decisionDue().month().toString() : null);
        answer.put("decisionDueNotBefore", record.decisionDueNotBefore());
        answer.put("decisionDueBy", record.decisionDueBy());
        answer.put("decisionDueReason", record.decisionDueReason());
        answer.put("earliestDecisionDate", text(checks.ruleEarliestDecisionDate()));
        answer.put("ruleEffectiveFrom", text(checks.ruleEffectiveFrom()));
        answer.put("keyDecisionReasons", record.keyDecisionReasons());
        answer.put("wardsAffected", record.wardsAffected());
        answer.put("purpose", record.purpose());
        answer.put("proposedDecision", record.proposedDecision());
        answer.put("statement", record.statement());
        answer.put("resolutions", record.resolutions());
        answer.put("delegations", record.delegations());
        answer.put("reasons", record.reasons());
        answer.put("alternativesRejected", record.alternativesRejected());
        answer.put("conflictsOfInterest", record.conflictsOfInterest());
        answer.put("dispensations", record.dispensations());
        answer.put("reportAuthor", record.reportAuthor());
        answer.put("decidedAt", record.decidedAt());
        answer.put("leadMember", record.leadMember());
        answer.put("leadDirector", record.leadDirector());
        answer.put("leadOfficer", record.leadOfficer());
        answer.put("department", record.department());
        answer.put("contact", record.contact());
        answer.put("implications", record.implications());
        answer.put("otherSections", record.otherSections());
        answer.put("procedureNotes", record.procedureNotes());

        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("decisionStatus", record.decisionStatus());
        raw.put("keyDecision", record.keyDecisionText());
        raw.put("subjectToCallIn", record.subjectToCallInText());
        raw.put("publicationDate", raw(record.publicationDate()));
        raw.put("dateOfDecision", raw(record.dateOfDecision()));
        raw.put("effectiveFrom", raw(record.effectiveFrom()));
        raw.put("firstPublished", raw(record.firstPublished()));
        raw.put("decisionDue", raw(record.decisionDue()));
        raw.put("decisionText", record.decisionText());
        answer.put("raw", raw);
        answer.put("commands", steps);
        return answer;
    }

    private static String day(PublishedDate date) {
        return date == null || date.day() == null ? null : date.day().toString();
    }

    private static String raw(PublishedDate date) {
        return date == null ? null : date.raw();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
