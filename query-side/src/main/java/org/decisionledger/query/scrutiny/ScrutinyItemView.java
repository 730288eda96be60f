package org.decisionledger.query.scrutiny;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.decisionledger.kernel.scrutiny.ScrutinyItemRecorded;

/**
 * A scrutiny item as the register shows it: the panel, the meeting, the item's findings and what it
 * said must follow.
 *
 * @param recordedBy the actor who recorded it
 */
public record ScrutinyItemView(
        String id,
        String authorityId,
        String committee,
        LocalDate meetingDate,
        String itemNumber,
        String title,
        String summary,
        List<String> findings,
        List<RequirementView> requirements,
        long version,
        Instant recordedAt,
        String recordedBy) {

    /** Something the item requires, and the day it is due (null when the minutes set none). */
    public record RequirementView(String text, LocalDate dueBy) {
    }

    public ScrutinyItemView {
        findings = findings == null ? List.of() : List.copyOf(findings);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    static ScrutinyItemView of(ScrutinyItemRecorded recorded, long sequence, Instant recordedAt, String actor) {
        return new ScrutinyItemView(recorded.scrutinyItemId().value(), recorded.authorityId().value(),
                recorded.committee(), recorded.meetingDate(), recorded.itemNumber(), recorded.title(),
                recorded.summary(), recorded.findings(), recorded.requirements().stream()
                        .map(requirement -> new RequirementView(requirement.text(), requirement.dueBy())).toList(),
                sequence, recordedAt, actor);
    }
}
