package org.decisionledger.kernel.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * An immutable set of public holidays, each with its name, for a contiguous run of whole years.
 *
 * <p>The holidays are data, not a formula: one-off holidays (VE Day 2020, the Platinum Jubilee and
 * the State Funeral in 2022, the Coronation in 2023) cannot be derived from rules. Asking about a
 * date outside the covered years throws {@link CalendarNotCoveredException} rather than answering
 * "not a holiday".
 *
 * <p>Shipped calendars are read from a resource named {@code <id>.txt} next to this class: one
 * holiday per line as {@code yyyy-MM-dd name}; blank lines and lines starting with {@code #} are
 * ignored. The covered years are the first to the last year that has a line, and every year in
 * between must have at least one.
 */
public final class HolidayCalendar {

    public static final String ENGLAND_AND_WALES = "england-and-wales";

    /** Name given to days added through {@link #withAdditionalDays(Collection)}. */
    public static final String ADDITIONAL_DAY_NAME = "Additional holiday";

    private static final List<String> KNOWN_IDS = List.of(ENGLAND_AND_WALES);

    private static final Map<String, HolidayCalendar> LOADED = new ConcurrentHashMap<>();

    private final String id;
    private final NavigableMap<LocalDate, String> holidays;
    private final LocalDate firstCovered;
    private final LocalDate lastCovered;

    private HolidayCalendar(String id, NavigableMap<LocalDate, String> holidays,
                            LocalDate firstCovered, LocalDate lastCovered) {
        this.id = id;
        this.holidays = Collections.unmodifiableNavigableMap(new TreeMap<>(holidays));
        this.firstCovered = firstCovered;
        this.lastCovered = lastCovered;
    }

    /**
     * The shipped calendar with the given id.
     *
     * @throws IllegalArgumentException if no calendar with that id is shipped
     */
    public static HolidayCalendar named(String id) {
        Objects.requireNonNull(id, "id");
        if (!KNOWN_IDS.contains(id)) {
            throw new IllegalArgumentException(
                    "Unknown holiday calendar '" + id + "'; known calendars: " + String.join(", ", KNOWN_IDS));
        }
        return LOADED.computeIfAbsent(id, HolidayCalendar::load);
    }

    /** Ids accepted by {@link #named(String)}. */
    public static List<String> knownIds() {
        return KNOWN_IDS;
    }

    public static HolidayCalendar englandAndWales() {
        return named(ENGLAND_AND_WALES);
    }

    private static HolidayCalendar load(String id) {
        String resource = id + ".txt";
        try (InputStream in = HolidayCalendar.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Holiday calendar resource " + resource + " is missing from the classpath");
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines().collect(Collectors.toList());
            return parse(id, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read holiday calendar resource " + resource, e);
        }
    }

    /**
     * Builds a calendar from lines in the resource format.
     *
     * @throws IllegalArgumentException if a line is malformed, a date repeats, there are no
     *                                  holidays, or a year inside the covered range has none
     */
    static HolidayCalendar parse(String id, List<String> lines) {
        Objects.requireNonNull(id, "id");
        NavigableMap<LocalDate, String> holidays = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int lineNumber = i + 1;
            String[] parts = line.split("\\s+", 2);
            if (parts.length < 2 || parts[1].isBlank()) {
                throw new IllegalArgumentException(
                        "Holiday calendar '" + id + "' line " + lineNumber + " has no holiday name: " + line);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(parts[0]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "Holiday calendar '" + id + "' line " + lineNumber + " does not start with an ISO date: " + line, e);
            }
            if (holidays.putIfAbsent(date, parts[1].strip()) != null) {
                throw new IllegalArgumentException(
                        "Holiday calendar '" + id + "' line " + lineNumber + " repeats " + date);
            }
        }
        if (holidays.isEmpty()) {
            throw new IllegalArgumentException("Holiday calendar '" + id + "' lists no holidays");
        }
        int firstYear = holidays.firstKey().getYear();
        int lastYear = holidays.lastKey().getYear();
        for (int year = firstYear; year <= lastYear; year++) {
            // A year with no lines is far more likely missing data than a year with no holidays.
            if (holidays.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).isEmpty()) {
                throw new IllegalArgumentException("Holiday calendar '" + id + "' has no holidays for " + year);
            }
        }
        return new HolidayCalendar(id, holidays, LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    public String id() {
        return id;
    }

    /** 1 January of the first year this calendar has data for. */
    public LocalDate firstCovered() {
        return firstCovered;
    }

    /** 31 December of the last year this calendar has data for. */
    public LocalDate lastCovered() {
        return lastCovered;
    }

    public boolean covers(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(firstCovered) && !day.isAfter(lastCovered);
    }

    /**
     * @throws CalendarNotCoveredException if {@code day} is outside the covered years
     */
    public void requireCovered(LocalDate day) {
        if (!covers(day)) {
            throw new CalendarNotCoveredException(id, day, firstCovered, lastCovered);
        }
    }

    /**
     * @throws CalendarNotCoveredException if {@code day} is outside the covered years
     */
    public boolean isHoliday(LocalDate day) {
        requireCovered(day);
        return holidays.containsKey(day);
    }

    /**
     * @throws CalendarNotCoveredException if {@code day} is outside the covered years
     */
    public Optional<String> holidayName(LocalDate day) {
        requireCovered(day);
        return Optional.ofNullable(holidays.get(day));
    }

    /** Every holiday with its name, in date order; unmodifiable. */
    public NavigableMap<LocalDate, String> holidays() {
        return holidays;
    }

    /**
     * This calendar plus the given days, each named {@value #ADDITIONAL_DAY_NAME}.
     *
     * @see #withAdditionalDays(Map)
     */
    public HolidayCalendar withAdditionalDays(Collection<LocalDate> days) {
        Objects.requireNonNull(days, "days");
        Map<LocalDate, String> named = new TreeMap<>();
        for (LocalDate day : days) {
            named.put(Objects.requireNonNull(day, "days must not contain null"), ADDITIONAL_DAY_NAME);
        }
        return withAdditionalDays(named);
    }

    /**
     * This calendar plus the given named days, for a holiday proclaimed after the data was
     * shipped. A day that is already a holiday keeps its existing name. The covered years do not
     * change: a day added outside them is kept, but dates there are still refused until that
     * year's data is present, because one proclaimed day says nothing about the rest of its year.
     */
    public HolidayCalendar withAdditionalDays(Map<LocalDate, String> namedDays) {
        Objects.requireNonNull(namedDays, "namedDays");
        NavigableMap<LocalDate, String> merged = new TreeMap<>(holidays);
        namedDays.forEach((day, name) -> {
            Objects.requireNonNull(day, "additional day must not be null");
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("Additional holiday " + day + " needs a name");
            }
            merged.putIfAbsent(day, name.strip());
        });
        return new HolidayCalendar(id, merged, firstCovered, lastCovered);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof HolidayCalendar other
                && id.equals(other.id)
                && holidays.equals(other.holidays)
                && firstCovered.equals(other.firstCovered)
                && lastCovered.equals(other.lastCovered);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, holidays, firstCovered, lastCovered);
    }

    @Override
    public String toString() {
        return "HolidayCalendar[" + id + ", " + firstCovered.getYear() + "-" + lastCovered.getYear()
                + ", " + holidays.size() + " holidays]";
    }
}
