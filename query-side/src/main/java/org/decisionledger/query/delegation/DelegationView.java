package org.decisionledger.query.delegation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A delegation as its own events describe it. Built by {@link DelegationViewFolding}, both live and
 * "as of" an earlier instant; whether it is in force on a day also needs its source decision (see
 * {@link DelegationStatus}).
 */
public record DelegationView(
        String id,
        String authorityId,
        String parentId,
        String sourceDecisionId,
        String resolution,
        String delegate,
        String scope,
        List<String> scopeTags,
        String conditions,
        LocalDate validFrom,
        LocalDate validUntil,
        Revocation revocation,
        List<SubDelegation> subDelegations,
        List<Exercise> exercises,
        List<RefusedExercise> refusedExercises,
        long version,
        Instant grantedAt,
        Instant lastRecordedAt) {

    /**
     * Not in force from {@code revokedOn}: revoked itself ({@code revokedDelegationId} null) or ended by
     * the revocation of the delegation named.
     */
    public record Revocation(LocalDate revokedOn, String reason, String revokedDelegationId) {
    }

    public record SubDelegation(String id, String delegate, LocalDate validFrom, LocalDate validUntil) {
    }

    /** {@code exercisedBy} acted; {@code recordedBy} is the signed-in user who recorded it. */
    public record Exercise(LocalDate exercisedOn, String exercisedBy, String summary, String decisionId,
            String scopeTag, Instant recordedAt, String recordedBy) {
    }

    public record RefusedExercise(LocalDate exercisedOn, String exercisedBy, String summary, String decisionId,
            String scopeTag, String code, String reason, Instant recordedAt, String recordedBy) {
    }
}
