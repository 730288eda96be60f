package org.decisionledger.kernel.scrutiny;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.decisionledger.kernel.authority.AuthorityId;

/** Puts an item of a scrutiny panel's meeting on the record; see {@link ScrutinyItemRecorded} for the fields. */
public record RecordScrutinyItem(
        @TargetAggregateIdentifier ScrutinyItemId scrutinyItemId,
        AuthorityId authorityId,
        String committee,
        LocalDate meetingDate,
        String itemNumber,
        String title,
        String summary,
        List<String> findings,
        List<Requirement> requirements) {

    public RecordScrutinyItem {
        findings = findings == null ? List.of() : List.copyOf(findings);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }
}
