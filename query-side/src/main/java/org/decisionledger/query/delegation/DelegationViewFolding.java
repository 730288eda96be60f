package org.decisionledger.query.delegation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.decisionledger.kernel.delegation.AuthoritySubDelegated;
import org.decisionledger.kernel.delegation.DelegatedAuthorityExerciseRefused;
import org.decisionledger.kernel.delegation.DelegatedAuthorityExercised;
import org.decisionledger.kernel.delegation.DelegationEndedByRevocation;
import org.decisionledger.kernel.delegation.DelegationEvent;
import org.decisionledger.kernel.delegation.DelegationGranted;
import org.decisionledger.kernel.delegation.DelegationRevoked;
import org.decisionledger.kernel.delegation.SubDelegationGranted;
import org.decisionledger.query.delegation.DelegationView.Exercise;
import org.decisionledger.query.delegation.DelegationView.RefusedExercise;
import org.decisionledger.query.delegation.DelegationView.Revocation;
import org.decisionledger.query.delegation.DelegationView.SubDelegation;

/**
 * The one pure function from a delegation's events to its view. The live projection and the "as of"
 * reconstruction both use it, so they cannot drift apart.
 */
public final class DelegationViewFolding {

    private DelegationViewFolding() {
    }

    /** One recorded event with what the fold needs from its envelope. */
    public record Sequenced(DelegationEvent event, long sequence, Instant recordedAt, String actor) {
    }

    /** Folds a whole stream, oldest first; null for none. */
    public static DelegationView fold(List<Sequenced> events) {
        DelegationView view = null;
        for (Sequenced event : events) {
            view = apply(view, event);
        }
        return view;
    }

    /** Applies one event; {@code current} is null before the first. */
    public static DelegationView apply(DelegationView current, Sequenced recorded) {
        DelegationEvent event = recorded.event();
        long version = recorded.sequence();
        Instant at = recorded.recordedAt();
        if (event instanceof DelegationGranted granted) {
            return new DelegationView(granted.delegationId().value(), granted.authorityId().value(), null,
                    value(granted.sourceDecisionId()), granted.resolution(), granted.delegate(), granted.scope(),
                    granted.scopeTags(), granted.conditions(), granted.validFrom(), granted.validUntil(), null,
                    List.of(), List.of(), List.of(), version, at, at);
        }
        if (event instanceof SubDelegationGranted granted) {
            return new DelegationView(granted.delegationId().value(), granted.authorityId().value(),
                    granted.parentId().value(), value(granted.sourceDecisionId()), null, granted.delegate(),
                    granted.scope(), granted.scopeTags(), granted.conditions(), granted.validFrom(),
                    granted.validUntil(), null, List.of(), List.of(), List.of(), version, at, at);
        }
        if (current == null) {
            throw new IllegalStateException("A delegation's history must start with its grant, not "
                    + event.getClass().getSimpleName());
        }
        Revocation revocation = current.revocation();
        List<SubDelegation> subDelegations = current.subDelegations();
        List<Exercise> exercises = current.exercises();
        List<RefusedExercise> refused = current.refusedExercises();
        if (event instanceof AuthoritySubDelegated passedOn) {
            subDelegations = append(subDelegations, new SubDelegation(passedOn.subDelegationId().value(),
                    passedOn.delegate(), passedOn.validFrom(), passedOn.validUntil()));
        } else if (event instanceof DelegationRevoked revoked) {
            revocation = new Revocation(revoked.revokedOn(), revoked.reason(), null);
        } else if (event instanceof DelegationEndedByRevocation ended) {
            revocation = new Revocation(ended.endedOn(), ended.reason(), ended.revokedDelegationId().value());
        } else if (event instanceof DelegatedAuthorityExercised exercised) {
            exercises = append(exercises, new Exercise(exercised.exercisedOn(), exercised.exercisedBy(),
                    exercised.summary(), value(exercised.decisionId()), exercised.scopeTag(), at, recorded.actor()));
        } else if (event instanceof DelegatedAuthorityExerciseRefused refusal) {
            refused = append(refused, new RefusedExercise(refusal.exercisedOn(), refusal.exercisedBy(),
                    refusal.summary(), value(refusal.decisionId()), refusal.scopeTag(), refusal.code(),
                    refusal.reason(), at, recorded.actor()));
        } else {
            throw new IllegalArgumentException("No view rule for " + event.getClass().getSimpleName());
        }
        return new DelegationView(current.id(), current.authorityId(), current.parentId(),
                current.sourceDecisionId(), current.resolution(), current.delegate(), current.scope(),
                current.scopeTags(), current.conditions(), current.validFrom(), current.validUntil(), revocation,
                subDelegations, exercises, refused, version, current.grantedAt(), at);
    }

    private static String value(Object identifier) {
        return identifier == null ? null : identifier.toString();
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> next = new ArrayList<>(list);
        next.add(item);
        return List.copyOf(next);
    }
}
