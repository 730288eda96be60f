package org.decisionledger.command.delegation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.decisionledger.kernel.delegation.DelegationRefusalCodes.DELEGATION_ALREADY_REVOKED;
import static org.decisionledger.kernel.delegation.DelegationRefusalCodes.EXERCISED_AFTER_REVOCATION_DATE;
import static org.decisionledger.kernel.delegation.DelegationRefusalCodes.DELEGATION_EXPIRED;
import static org.decisionledger.kernel.delegation.DelegationRefusalCodes.DELEGATION_NOT_IN_FORCE;
import static org.decisionledger.kernel.delegation.DelegationRefusalCodes.OUTSIDE_DELEGATED_SCOPE;
import static org.decisionledger.kernel.delegation.DelegationRefusalCodes.SOURCE_DECISION_NOT_TAKEN;
import static org.decisionledger.kernel.delegation.DelegationRefusalCodes.SOURCE_DECISION_VOID;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.decisionledger.command.common.AggregateCaches;
import org.decisionledger.command.decision.DecisionStanding;
import org.decisionledger.command.decision.DecisionStandings;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.common.CommandRefusedAndRecorded;
import org.decisionledger.kernel.common.InvalidCommand;
import org.decisionledger.kernel.common.RuleRefused;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.delegation.AuthoritySubDelegated;
import org.decisionledger.kernel.delegation.DelegateAuthority;
import org.decisionledger.kernel.delegation.DelegatedAuthorityExerciseRefused;
import org.decisionledger.kernel.delegation.DelegatedAuthorityExercised;
import org.decisionledger.kernel.delegation.DelegationEndedByRevocation;
import org.decisionledger.kernel.delegation.DelegationGranted;
import org.decisionledger.kernel.delegation.DelegationId;
import org.decisionledger.kernel.delegation.DelegationRevoked;
import org.decisionledger.kernel.delegation.ExerciseDelegatedAuthority;
import org.decisionledger.kernel.delegation.RevokeDelegation;
import org.decisionledger.kernel.delegation.SubDelegateAuthority;
import org.decisionledger.kernel.delegation.SubDelegationGranted;

/**
 * Authority delegated to an officer post for a scope and a period, and everything done with it:
 * passed on to sub-delegates, revoked, exercised.
 *
 * <p>A delegation is in force on a day when the day lies in its period, it was not revoked (or ended
 * by the revocation of an ancestor) on or before that day, and the decision at the root of its
 * chain, if any, had taken effect by then. Expiry is that rule applied to {@code validUntil}, not an
 * event. Whether the source decision has taken effect is read from the decision's own events when
 * it matters (see ADR 0009), so nothing has to be recorded here when it does.
 */
@Aggregate(cache = AggregateCaches.DELEGATIONS)
class Delegation {

    @AggregateIdentifier
    private DelegationId delegationId;
    private AuthorityId authorityId;
    private DecisionId sourceDecisionId;
    private List<String> scopeTags;
    private LocalDate validFrom;
    private LocalDate validUntil;
    /** The first day the delegation is no longer in force because of a revocation; null while none. */
    private LocalDate endedOn;
    private boolean revokedDirectly;
    /** The day of the latest exercise recorded as within this delegation's authority; null while none. */
    private LocalDate lastExercisedOn;
    private final List<DelegationId> subDelegations = new ArrayList<>();

    Delegation() {
        // required by Axon to rebuild the aggregate from its events
    }

    /** A delegation granted by a decision ({@code source}, null for a standing one) or a scheme of delegation. */
    Delegation(DelegateAuthority command, DecisionStanding source) {
        requirePeriod(command.validFrom(), command.validUntil());
        if (source != null) {
            requireSourceOfTheSameAuthority(source, command.authorityId());
            requireSourceTaken(source);
            requireNotBeforeTheDecision(source, command.validFrom());
        }
        apply(new DelegationGranted(command.delegationId(), command.authorityId(), command.sourceDecisionId(),
                command.resolution(), command.delegate(), command.scope(), command.scopeTags(), command.conditions(),
                command.validFrom(), command.validUntil()));
    }

    private Delegation(SubDelegationGranted granted) {
        apply(granted);
    }

    // ---------------------------------------------------------------- sub-delegation

    /**
     * Passes part of this authority on. The sub-delegation's period lies within this one's as it
     * stands (a revocation shortens it); with no end date it ends with this one; with no scope tags
     * it keeps these.
     */
    @CommandHandler
    CommandAccepted handle(SubDelegateAuthority command, DecisionStandings decisions) throws Exception {
        if (sourceDecisionId != null) {
            // The chain delegates what its decision delegated: nothing, once that came to nothing.
            requireSourceNotVoid(decisions.of(sourceDecisionId));
        }
        requirePeriod(command.validFrom(), command.validUntil());
        requireNotBeforeParent(command.validFrom());
        LocalDate lastDay = lastDayInForce();
        requireParentInForceFrom(command.validFrom(), lastDay);
        LocalDate until = command.validUntil() == null ? lastDay : command.validUntil();
        requireNotOutlivingParent(until, lastDay);
        List<String> tags = command.scopeTags().isEmpty() ? scopeTags : command.scopeTags();
        requireWithinScopeTags(tags);

        apply(new AuthoritySubDelegated(delegationId, command.subDelegationId(), command.delegate(),
                command.validFrom(), until));
        SubDelegationGranted granted = new SubDelegationGranted(command.subDelegationId(), delegationId,
                authorityId, sourceDecisionId, command.delegate(), command.scope(), tags, command.conditions(),
                command.validFrom(), until);
        AggregateLifecycle.createNew(Delegation.class, () -> new Delegation(granted));
        return CommandAccepted.of(command.subDelegationId().value(), 0);
    }

    // ---------------------------------------------------------------- revocation

    /** Revokes this delegation from {@code revokedOn} and ends every sub-delegation beneath it from that day. */
    @CommandHandler
    CommandAccepted handle(RevokeDelegation command, DelegationDescendants descendants) {
        requireText("reason", command.reason());
        requireNotRevokedAlready(command.revokedOn());
        requireNotExpiredBefore(command.revokedOn());
        requireNoExerciseFrom(command.revokedOn(), descendants);
        apply(new DelegationRevoked(delegationId, command.revokedOn(), command.reason()));
        descendants.endFrom(List.copyOf(subDelegations), delegationId, command.revokedOn(), command.reason());
        return CommandAccepted.of(delegationId.value(), AggregateLifecycle.getVersion());
    }

    /**
     * The latest exercise recorded as within authority on this delegation or anything beneath it.
     * A delegation that had already ended before a revocation's day cannot hold an exercise from
     * that day, so the whole sub-tree can be read without asking which parts the revocation ends.
     */
    Optional<DelegationDescendants.RecordedExercise> latestExerciseFromHereDown(DelegationDescendants descendants) {
        Optional<DelegationDescendants.RecordedExercise> own = Optional.ofNullable(lastExercisedOn)
                .map(day -> new DelegationDescendants.RecordedExercise(delegationId, day));
        return DelegationDescendants.RecordedExercise.later(own,
                descendants.latestExerciseUnder(List.copyOf(subDelegations)));
    }

    /**
     * The revocation of an ancestor reaches this delegation. Nothing is recorded when it had already
     * ended by then (expired or revoked no later); its own sub-delegations are reached either way.
     */
    void endByRevocationOf(DelegationId revoked, LocalDate revokedOn, String reason,
            DelegationDescendants descendants) {
        boolean alreadyEnded = (endedOn != null && !endedOn.isAfter(revokedOn))
                || (validUntil != null && validUntil.isBefore(revokedOn));
        if (!alreadyEnded) {
            apply(new DelegationEndedByRevocation(delegationId, revokedOn, revoked, reason));
        }
        descendants.endFrom(List.copyOf(subDelegations), revoked, revokedOn, reason);
    }

    // ---------------------------------------------------------------- exercise

    /**
     * Records a use of the authority, or records the refusal when the delegation was not in force on
     * the day or the exercise names a matter outside its scope tags.
     */
    @CommandHandler
    Object handle(ExerciseDelegatedAuthority command, DecisionStandings decisions) {
        requireText("exercisedBy", command.exercisedBy());
        requireText("summary", command.summary());
        if (command.decisionId() != null) {
            decisions.of(command.decisionId());
        }
        LocalDate day = command.exercisedOn();
        String notInForce = notInForceReason(day, decisions);
        if (notInForce != null) {
            return refuseExercise(command, DELEGATION_NOT_IN_FORCE, notInForce);
        }
        if (command.scopeTag() != null && !scopeTags.isEmpty() && !scopeTags.contains(command.scopeTag())) {
            return refuseExercise(command, OUTSIDE_DELEGATED_SCOPE, "Delegation " + delegationId + " covers "
                    + String.join(", ", scopeTags) + "; the exercise was for " + command.scopeTag());
        }
        apply(new DelegatedAuthorityExercised(delegationId, day, command.exercisedBy(), command.summary(),
                command.decisionId(), command.scopeTag()));
        return CommandAccepted.of(delegationId.value(), AggregateLifecycle.getVersion());
    }

    /** Why the delegation was not in force on {@code day}, or null when it was. */
    private String notInForceReason(LocalDate day, DecisionStandings decisions) {
        if (day.isBefore(validFrom)) {
            return "Delegation " + delegationId + " is valid from " + validFrom + ", not on " + day;
        }
        if (validUntil != null && day.isAfter(validUntil)) {
            return "Delegation " + delegationId + " expired after " + validUntil + ", before " + day;
        }
        if (endedOn != null && !day.isBefore(endedOn)) {
            return "Delegation " + delegationId + " was " + (revokedDirectly ? "revoked" : "ended by a revocation")
                    + " from " + endedOn + ", on or before " + day;
        }
        if (sourceDecisionId != null) {
            DecisionStanding source = decisions.of(sourceDecisionId);
            if (source.cameToNothing()) {
                return "Decision " + sourceDecisionId + ", which grants delegation " + delegationId
                        + ", was rejected, withdrawn or revoked, so it never took force";
            }
            if (!source.effectiveOn(day)) {
                return "Decision " + sourceDecisionId + ", which grants delegation " + delegationId
                        + (source.effectiveFrom() == null ? ", has not taken effect"
                                : ", took effect only from " + source.effectiveFrom())
                        + ", so the delegation was not in force on " + day;
            }
        }
        return null;
    }

    private CommandRefusedAndRecorded refuseExercise(ExerciseDelegatedAuthority command, String code, String reason) {
        apply(new DelegatedAuthorityExerciseRefused(delegationId, command.exercisedOn(), command.exercisedBy(),
                command.summary(), command.decisionId(), command.scopeTag(), code, reason));
        return new CommandRefusedAndRecorded(delegationId.value(), AggregateLifecycle.getVersion(), code, reason);
    }

    // ---------------------------------------------------------------- rules

    private static void requirePeriod(LocalDate from, LocalDate until) {
        if (from == null) {
            throw new InvalidCommand("validFrom", "A delegation needs the day it is valid from");
        }
        if (until != null && until.isBefore(from)) {
            throw new InvalidCommand("validUntil", "validUntil (" + until + ") is before validFrom (" + from + ")");
        }
    }

    private static void requireSourceOfTheSameAuthority(DecisionStanding source, AuthorityId authority) {
        if (!source.authorityId().equals(authority)) {
            throw new InvalidCommand("sourceDecisionId", "Decision " + source.decisionId() + " is a decision of "
                    + source.authorityId() + ", not of " + authority);
        }
    }

    private static void requireSourceTaken(DecisionStanding source) {
        requireSourceNotVoid(source);
        if (!source.taken()) {
            throw new RuleRefused(SOURCE_DECISION_NOT_TAKEN, "Decision " + source.decisionId()
                    + " has not been taken, so it has delegated nothing yet");
        }
    }

    private static void requireSourceNotVoid(DecisionStanding source) {
        if (source.cameToNothing()) {
            throw new RuleRefused(SOURCE_DECISION_VOID, "Decision " + source.decisionId()
                    + " was rejected, withdrawn or revoked, so it delegates nothing");
        }
    }

    private static void requireNotBeforeTheDecision(DecisionStanding source, LocalDate from) {
        if (from.isBefore(source.decidedOn())) {
            throw new InvalidCommand("validFrom", "A delegation by decision " + source.decisionId()
                    + " cannot be valid from " + from + ", before the decision was taken on " + source.decidedOn());
        }
    }

    private void requireNotBeforeParent(LocalDate from) {
        if (from.isBefore(validFrom)) {
            throw new InvalidCommand("validFrom", "A sub-delegation cannot predate its parent: delegation "
                    + delegationId + " is valid from " + validFrom + ", not " + from);
        }
    }

    private void requireParentInForceFrom(LocalDate from, LocalDate lastDay) {
        if (lastDay != null && from.isAfter(lastDay)) {
            throw new RuleRefused(DELEGATION_NOT_IN_FORCE, "Delegation " + delegationId + " is not in force after "
                    + lastDay + ", so nothing can be sub-delegated from " + from);
        }
    }

    private void requireNotOutlivingParent(LocalDate until, LocalDate lastDay) {
        if (lastDay != null && until.isAfter(lastDay)) {
            throw new InvalidCommand("validUntil", "A sub-delegation cannot outlive its parent: delegation "
                    + delegationId + " is in force until " + lastDay + ", not " + until);
        }
    }

    private void requireWithinScopeTags(List<String> tags) {
        if (scopeTags.isEmpty()) {
            return;
        }
        for (String tag : tags) {
            if (!scopeTags.contains(tag)) {
                throw new RuleRefused(OUTSIDE_DELEGATED_SCOPE, "Delegation " + delegationId + " covers "
                        + String.join(", ", scopeTags) + "; it cannot pass on " + tag);
            }
        }
    }

    private void requireNotRevokedAlready(LocalDate revokedOn) {
        if (revokedDirectly) {
            throw new RuleRefused(DELEGATION_ALREADY_REVOKED, "Delegation " + delegationId + " was already revoked from "
                    + endedOn);
        }
        if (endedOn != null && !revokedOn.isBefore(endedOn)) {
            throw new RuleRefused(DELEGATION_ALREADY_REVOKED, "Delegation " + delegationId
                    + " already ended from " + endedOn + " by the revocation of a delegation above it");
        }
    }

    /**
     * Backdating a revocation over an exercise already recorded as within authority would turn that
     * recorded fact into its opposite without saying so: the revocation must start after it. That
     * holds for the exercises of every delegation the revocation ends, however far beneath this one.
     */
    private void requireNoExerciseFrom(LocalDate revokedOn, DelegationDescendants descendants) {
        latestExerciseFromHereDown(descendants)
                .filter(exercise -> !revokedOn.isAfter(exercise.exercisedOn()))
                .ifPresent(exercise -> {
                    String where = exercise.delegationId().equals(delegationId) ? ""
                            : " through delegation " + exercise.delegationId() + ", beneath it";
                    throw new RuleRefused(EXERCISED_AFTER_REVOCATION_DATE, "Delegation " + delegationId
                            + " was exercised" + where + " on " + exercise.exercisedOn() + ", within its authority"
                            + " as recorded; a revocation from " + revokedOn + " would reach back over that exercise."
                            + " Revoke it from " + exercise.exercisedOn().plusDays(1) + " or later");
                });
    }

    private void requireNotExpiredBefore(LocalDate revokedOn) {
        if (validUntil != null && revokedOn.isAfter(validUntil)) {
            throw new RuleRefused(DELEGATION_EXPIRED, "Delegation " + delegationId + " expired after " + validUntil
                    + "; there is nothing left to revoke from " + revokedOn);
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommand(field, field + " must not be blank");
        }
    }

    /** The last day this delegation can be in force as it stands now; null when it has no end. */
    private LocalDate lastDayInForce() {
        LocalDate beforeRevocation = endedOn == null ? null : endedOn.minusDays(1);
        if (validUntil == null) {
            return beforeRevocation;
        }
        return beforeRevocation == null || validUntil.isBefore(beforeRevocation) ? validUntil : beforeRevocation;
    }

    // ---------------------------------------------------------------- state

    @EventSourcingHandler
    void on(DelegationGranted event) {
        delegationId = event.delegationId();
        authorityId = event.authorityId();
        sourceDecisionId = event.sourceDecisionId();
        scopeTags = event.scopeTags();
        validFrom = event.validFrom();
        validUntil = event.validUntil();
    }

    @EventSourcingHandler
    void on(SubDelegationGranted event) {
        delegationId = event.delegationId();
        authorityId = event.authorityId();
        sourceDecisionId = event.sourceDecisionId();
        scopeTags = event.scopeTags();
        validFrom = event.validFrom();
        validUntil = event.validUntil();
    }

    @EventSourcingHandler
    void on(AuthoritySubDelegated event) {
        subDelegations.add(event.subDelegationId());
    }

    @EventSourcingHandler
    void on(DelegationRevoked event) {
        endedOn = event.revokedOn();
        revokedDirectly = true;
    }

    @EventSourcingHandler
    void on(DelegatedAuthorityExercised event) {
        if (lastExercisedOn == null || event.exercisedOn().isAfter(lastExercisedOn)) {
            lastExercisedOn = event.exercisedOn();
        }
    }

    @EventSourcingHandler
    void on(DelegationEndedByRevocation event) {
        endedOn = event.endedOn();
    }
}
