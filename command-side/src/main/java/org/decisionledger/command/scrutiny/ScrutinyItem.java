package org.decisionledger.command.scrutiny;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.decisionledger.kernel.common.InvalidCommand;
import org.decisionledger.kernel.common.RecordDates;
import org.decisionledger.kernel.scrutiny.RecordScrutinyItem;
import org.decisionledger.kernel.scrutiny.Requirement;
import org.decisionledger.kernel.scrutiny.ScrutinyItemId;
import org.decisionledger.kernel.scrutiny.ScrutinyItemRecorded;

/**
 * An item of a scrutiny panel's meeting: what the panel heard, its findings and what it said must
 * follow. A panel decides nothing the council must then do, so nothing here has a clock or a status:
 * the item is recorded once, and plans that answer it name it ({@code sourceScrutinyItemId}).
 */
@Aggregate
class ScrutinyItem {

    @AggregateIdentifier
    private ScrutinyItemId scrutinyItemId;

    ScrutinyItem() {
        // required by Axon to rebuild the aggregate from its events
    }

    ScrutinyItem(RecordScrutinyItem command) {
        requireText("committee", command.committee(), "A scrutiny item needs the panel or committee that heard it");
        requireText("title", command.title(), "A scrutiny item needs a title");
        requireRecordDate("meetingDate", command.meetingDate(), "A scrutiny item needs the day of its meeting");
        requireFindings(command.findings());
        requireRequirements(command.requirements());
        apply(new ScrutinyItemRecorded(command.scrutinyItemId(), command.authorityId(), command.committee(),
                command.meetingDate(), command.itemNumber(), command.title(), command.summary(), command.findings(),
                command.requirements()));
    }

    private static void requireText(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommand(field, message);
        }
    }

    private static void requireRecordDate(String field, LocalDate day, String missing) {
        if (day == null) {
            throw new InvalidCommand(field, missing);
        }
        if (!RecordDates.within(day)) {
            throw new InvalidCommand(field, "must be a date " + RecordDates.range());
        }
    }

    private static void requireFindings(List<String> findings) {
        for (int i = 0; i < findings.size(); i++) {
            requireText("findings[" + i + "]", findings.get(i), "A finding needs its text");
        }
    }

    private static void requireRequirements(List<Requirement> requirements) {
        for (int i = 0; i < requirements.size(); i++) {
            Requirement requirement = requirements.get(i);
            if (requirement == null) {
                throw new InvalidCommand("requirements[" + i + "]", "A requirement needs its text");
            }
            requireText("requirements[" + i + "].text", requirement.text(), "A requirement needs its text");
            if (requirement.dueBy() != null && !RecordDates.within(requirement.dueBy())) {
                throw new InvalidCommand("requirements[" + i + "].dueBy", "must be a date " + RecordDates.range());
            }
        }
    }

    @EventSourcingHandler
    void on(ScrutinyItemRecorded event) {
        scrutinyItemId = event.scrutinyItemId();
    }
}
