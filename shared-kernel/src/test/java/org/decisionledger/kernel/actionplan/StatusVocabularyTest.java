package org.decisionledger.kernel.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusVocabularyTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // seed 002, Staffordshire's tracker, exactly as published
            "Complete              | COMPLETE    | -",
            "complete              | COMPLETE    | -",
            "In progress           | IN_PROGRESS | -",
            // other councils' words
            "COMPLETED             | COMPLETE    | -",
            "Achieved              | COMPLETE    | -",
            "In-Progress           | IN_PROGRESS | -",
            "On track              | IN_PROGRESS | -",
            "Ongoing               | IN_PROGRESS | -",
            "Underway              | IN_PROGRESS | -",
            "Not started           | NOT_STARTED | -",
            "Not yet started       | NOT_STARTED | -",
            "Delayed               | DELAYED     | -",
            "Off track             | DELAYED     | -",
            "Partially complete    | IN_PROGRESS | -",
            "Not complete - delayed| DELAYED     | -",
            "Completed (delayed)   | COMPLETE    | -",
            "Not achieved          | IN_PROGRESS | -",
            "Not yet achieved      | IN_PROGRESS | -",
            "Not delivered         | IN_PROGRESS | -",
            "Not done              | IN_PROGRESS | -",
            "Not fully met         | IN_PROGRESS | -",
            "Unfinished            | IN_PROGRESS | -",
            "Not achieved - delayed| DELAYED     | -",
            "Not on track          | DELAYED     | -",
            "Not closed (Red)      | IN_PROGRESS | RED",
            // ratings alone, and ratings beside words
            "Green                 | IN_PROGRESS | GREEN",
            "Amber                 | IN_PROGRESS | AMBER",
            "RED                   | DELAYED     | RED",
            "Amber - in progress   | IN_PROGRESS | AMBER",
            "Complete (Green)      | COMPLETE    | GREEN",
            "Red: not started      | NOT_STARTED | RED",
            "Amber/Green           | IN_PROGRESS | AMBER",
            // words that say nothing the ledger can count
            "See narrative         | UNKNOWN     | -",
            "TBC                   | UNKNOWN     | -"
    })
    void councilsWordsReadAsOneVocabulary(String raw, ActionStatus status, Rag rag) {
        assertThat(StatusVocabulary.normalise(raw)).isEqualTo(new NormalisedStatus(status, rag));
    }

    @Test
    void wordsThatOnlyContainARatingAreNotARating() {
        assertThat(StatusVocabulary.normalise("Greenhouse works in progress").rag()).isNull();
        assertThat(StatusVocabulary.normalise("Credited").status()).isEqualTo(ActionStatus.UNKNOWN);
    }

    @Test
    void nothingReadsAsUnknown() {
        assertThat(StatusVocabulary.normalise(null)).isEqualTo(new NormalisedStatus(ActionStatus.UNKNOWN, null));
        assertThat(StatusVocabulary.normalise("  ")).isEqualTo(new NormalisedStatus(ActionStatus.UNKNOWN, null));
    }
}
