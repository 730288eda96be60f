package org.decisionledger.command.delegation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.decisionledger.kernel.delegation.DelegationId;

/**
 * Reaches the delegations beneath one, for a revocation: first to read what was done under them,
 * then to end them. The Delegation aggregate takes this as a handler parameter because it cannot
 * load its sub-delegations itself.
 */
interface DelegationDescendants {

    /**
     * The latest exercise recorded as within authority on any of {@code subDelegations} or anything
     * beneath them; empty when none was exercised.
     */
    Optional<RecordedExercise> latestExerciseUnder(List<DelegationId> subDelegations);

    /** Ends each of {@code subDelegations}, and everything beneath them, from {@code revokedOn}. */
    void endFrom(List<DelegationId> subDelegations, DelegationId revoked, LocalDate revokedOn, String reason);

    /** The day a delegation was exercised, as recorded on it. */
    record RecordedExercise(DelegationId delegationId, LocalDate exercisedOn) {

        /** The later of two exercises; the earlier-listed one on a tie. */
        static Optional<RecordedExercise> later(Optional<RecordedExercise> a, Optional<RecordedExercise> b) {
            if (a.isEmpty()) {
                return b;
            }
            if (b.isEmpty()) {
                return a;
            }
            return b.get().exercisedOn().isAfter(a.get().exercisedOn()) ? b : a;
        }
    }
}
