package org.decisionledger.kernel.decision;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * The forward-plan notice of a key decision was published. A re-dated item is published again with
 * {@code republishedOn} set, and keeps its {@code firstPublished}, clear days and earliest decision
 * date: re-dating never restarts the notice period.
 *
 * @param noticeClearDays      the council's notice period in force when the notice was first published
 * @param earliestDecisionDate {@code firstPublished} + {@code noticeClearDays} + 1
 */
@Revision("1")
public record KeyDecisionNoticePublished(
        DecisionId decisionId,
        LocalDate firstPublished,
        LocalDate republishedOn,
        int noticeClearDays,
        LocalDate earliestDecisionDate) implements DecisionEvent {

    @Override
    public LocalDate businessDate() {
        return republishedOn == null ? firstPublished : republishedOn;
    }
}
