package org.decisionledger.query.delegation;

import java.time.LocalDate;

/**
 * Whether a delegation is in force on a day: the day lies in its period, it was not revoked (or ended
 * by the revocation of an ancestor) on or before the day, and its source decision, if any, had taken
 * effect by then. Expiry is this rule applied to {@code validUntil}. The register's "in force on a
 * day" query ({@link DelegationRegister#inForceOn}) applies the same rule in SQL.
 */
public final class DelegationStatus {

    public static final String IN_FORCE = "IN_FORCE";
    public static final String NOT_YET_IN_FORCE = "NOT_YET_IN_FORCE";
    /** Granted by a decision that has not taken effect (for example, one that was called in). */
    public static final String AWAITING_DECISION = "AWAITING_DECISION";
    /** Its source decision was rejected, withdrawn or revoked: it never takes force. */
    public static final String LAPSED = "LAPSED";
    public static final String EXPIRED = "EXPIRED";
    public static final String REVOKED = "REVOKED";
    public static final String ENDED_BY_REVOCATION = "ENDED_BY_REVOCATION";

    private DelegationStatus() {
    }

    /** The status on {@code day}; {@code source} is null for a standing delegation. */
    public static String on(DelegationView view, SourceDecision source, LocalDate day) {
        if (source != null && source.cameToNothing()) {
            return LAPSED;
        }
        if (view.revocation() != null && !day.isBefore(view.revocation().revokedOn())) {
            return view.revocation().revokedDelegationId() == null ? REVOKED : ENDED_BY_REVOCATION;
        }
        if (view.validUntil() != null && day.isAfter(view.validUntil())) {
            return EXPIRED;
        }
        LocalDate from = inForceFrom(view, source);
        if (from == null) {
            return AWAITING_DECISION;
        }
        return day.isBefore(from) ? NOT_YET_IN_FORCE : IN_FORCE;
    }

    /** The first day it is (or would be) in force: the later of validFrom and its decision's effect; null until known. */
    public static LocalDate inForceFrom(DelegationView view, SourceDecision source) {
        if (source == null) {
            return view.validFrom();
        }
        if (source.cameToNothing() || source.effectiveFrom() == null) {
            return null;
        }
        return source.effectiveFrom().isAfter(view.validFrom()) ? source.effectiveFrom() : view.validFrom();
    }

    /** The last day it can be in force: the earlier of validUntil and the day before a revocation; null for none. */
    public static LocalDate inForceUntil(DelegationView view) {
        LocalDate beforeRevocation = view.revocation() == null ? null : view.revocation().revokedOn().minusDays(1);
        if (view.validUntil() == null) {
            return beforeRevocation;
        }
        return beforeRevocation == null || view.validUntil().isBefore(beforeRevocation) ? view.validUntil()
                : beforeRevocation;
    }
}
