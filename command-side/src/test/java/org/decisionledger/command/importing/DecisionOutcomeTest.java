package org.decisionledger.command.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A page's status words, denials included: a decision "not made" is not a decision approved. */
class DecisionOutcomeTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "Recommendations Approved   | APPROVED",
            "Decision made              | APPROVED",
            "Decided                    | APPROVED",
            "Not approved               | REJECTED",
            "Rejected                   | REJECTED",
            "Deferred                   | DEFERRED",
            "Withdrawn                  | WITHDRAWN",
            "For determination          | PENDING",
            "Not decided                | PENDING",
            "Decision not made          | PENDING",
            "Decision has not been made | PENDING",
            "Not yet decided            | PENDING",
            "Undecided                  | PENDING",
            "No decision                | PENDING",
            "Not taken                  | PENDING",
            "See minutes                | UNKNOWN"
    })
    void statusWordsReadAsAnOutcome(String words, DecisionOutcome outcome) {
        assertThat(DecisionOutcome.of(words)).isEqualTo(outcome);
    }

    @Test
    void noWordsAreUnknown() {
        assertThat(DecisionOutcome.of(" ")).isEqualTo(DecisionOutcome.UNKNOWN);
        assertThat(DecisionOutcome.of(null)).isEqualTo(DecisionOutcome.UNKNOWN);
    }
}
