package org.decisionledger.command.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates councils print: {@code 21/09/2023}, {@code 5 Mar 2021}, {@code 5th March 2021},
 * {@code 2023-09-21}, and a month alone ({@code June 2024}). The patterns have bounded repetitions
 * and no nested ones, so a long line costs time in proportion to its length.
 */
final class DateText {

    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern WORDS = Pattern.compile(
            "(?<![\\dA-Za-z])(\\d{1,2})(?:st|nd|rd|th)?\\s{0,3}(?:of\\s{1,3})?([A-Za-z]{3,9})\\.?,?\\s{1,3}(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile("(?<![A-Za-z\\d])([A-Za-z]{3,9})\\.?,?\\s{1,3}(\\d{4})(?!\\d)");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private DateText() {
    }

    /** The first date in the text; a day wins over a month alone. Null text gives null. */
    static PublishedDate read(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String raw = text.strip();
        Found day = earliest(numeric(raw), iso(raw), words(raw));
        if (day != null) {
            return new PublishedDate(raw, day.day(), null);
        }
        Found month = month(raw);
        if (month != null) {
            return new PublishedDate(raw, null, month.month());
        }
        return new PublishedDate(raw, null, null);
    }

    /** A month and year alone, as trackers write review points ("December 2019"); null otherwise. */
    static YearMonth monthOnly(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = MONTH.matcher(text.strip());
        if (!matcher.matches()) {
            return null;
        }
        Integer month = MONTHS.get(matcher.group(1).toLowerCase(Locale.ROOT));
        return month == null ? null : YearMonth.of(Integer.parseInt(matcher.group(2)), month);
    }

    static Integer monthNumber(String name) {
        return name == null ? null : MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    private record Found(int at, LocalDate day, YearMonth month) {
    }

    private static Found earliest(Found... candidates) {
        Found best = null;
        for (Found candidate : candidates) {
            if (candidate != null && (best == null || candidate.at() < best.at())) {
                best = candidate;
            }
        }
        return best;
    }

    private static Found numeric(String text) {
        Matcher matcher = NUMERIC.matcher(text);
        while (matcher.find()) {
            LocalDate day = day(matcher.group(3), matcher.group(2), matcher.group(1));
            if (day != null) {
                return new Found(matcher.start(), day, null);
            }
        }
        return null;
    }

    private static Found iso(String text) {
        Matcher matcher = ISO.matcher(text);
        while (matcher.find()) {
            LocalDate day = day(matcher.group(1), matcher.group(2), matcher.group(3));
            if (day != null) {
                return new Found(matcher.start(), day, null);
            }
        }
        return null;
    }

    private static Found words(String text) {
        Matcher matcher = WORDS.matcher(text);
        while (matcher.find()) {
            Integer month = monthNumber(matcher.group(2));
            if (month != null) {
                LocalDate day = day(matcher.group(3), month.toString(), matcher.group(1));
                if (day != null) {
                    return new Found(matcher.start(), day, null);
                }
            }
        }
        return null;
    }

    private static Found month(String text) {
        Matcher matcher = MONTH.matcher(text);
        while (matcher.find()) {
            Integer month = monthNumber(matcher.group(1));
            if (month != null) {
                int year = Integer.parseInt(matcher.group(2));
                if (year >= 1900 && year <= 2199) {
                    return new Found(matcher.start(), null, YearMonth.of(year, month));
                }
            }
        }
        return null;
    }

    private static LocalDate day(String year, String month, String dayOfMonth) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2199) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(dayOfMonth));
        } catch (DateTimeException | NumberFormatException impossible) {
            return null;
        }
    }
}
