package org.decisionledger.kernel.common;

import java.time.LocalDate;

/**
 * Every stored event. The event's timestamp says when it was recorded; {@link #businessDate()} says
 * which day of the council's business it concerns (a decision date, a publication date, ...).
 * Who caused it travels as metadata set from the signed-in principal, never in the payload.
 */
public interface LedgerEvent {

    LocalDate businessDate();
}
