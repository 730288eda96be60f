package org.decisionledger.kernel.scrutiny;

import java.time.LocalDate;

/**
 * Something a scrutiny item requires of the council or its partners, in the minutes' words, and the
 * day it is due when the minutes give or imply one.
 *
 * @param dueBy null when the minutes set no date
 */
public record Requirement(String text, LocalDate dueBy) {
}
