package org.decisionledger.command.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/** Today in the councils' own time zone, from the injected clock: the business date of an administrative act. */
@Component
public class BusinessDay {

    public static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    private final Clock clock;

    public BusinessDay(Clock clock) {
        this.clock = clock;
    }

    /** The present instant, for facts about when something is recorded (never inside an aggregate). */
    public java.time.Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return clock.instant().atZone(COUNCIL_ZONE).toLocalDate();
    }
}
