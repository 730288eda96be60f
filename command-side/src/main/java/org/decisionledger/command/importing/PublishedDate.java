package org.decisionledger.command.importing;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date as a page prints it, with what it means: a day, a month only ("June 2024"), or nothing
 * readable. The raw words are always kept.
 */
public record PublishedDate(String raw, LocalDate day, YearMonth month) {

    public boolean monthOnly() {
        return day == null && month != null;
    }

    public boolean readable() {
        return day != null || month != null;
    }
}
