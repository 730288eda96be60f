package org.decisionledger.kernel.scrutiny;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.decisionledger.kernel.authority.AuthorityId;

/**
 * An item of a scrutiny panel's meeting was put on the record: what the panel heard and found, and
 * what it said must follow. A scrutiny panel reviews and recommends; it takes no executive decision,
 * so this is a record of its own kind and never a decision.
 *
 * @param committee    the panel or committee, as the council names it
 * @param meetingDate  the day of the meeting
 * @param itemNumber   the item's number on the agenda as published, e.g. {@code "325"}; may be null
 * @param summary      the minutes of the item, as published; may be null
 * @param findings     the findings reported to the panel, one per entry, in the minutes' order
 * @param requirements what must follow, each with its due date when there is one
 */
@Revision("1")
public record ScrutinyItemRecorded(
        ScrutinyItemId scrutinyItemId,
        AuthorityId authorityId,
        String committee,
        LocalDate meetingDate,
        String itemNumber,
        String title,
        String summary,
        List<String> findings,
        List<Requirement> requirements) implements ScrutinyItemEvent {

    public ScrutinyItemRecorded {
        findings = findings == null ? List.of() : List.copyOf(findings);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    @Override
    public LocalDate businessDate() {
        return meetingDate;
    }
}
