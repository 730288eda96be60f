package org.decisionledger.command.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.decisionledger.command.delegation.DelegationTestData.AUTHORITIES;
import static org.decisionledger.command.delegation.DelegationTestData.CALL_OFFS;
import static org.decisionledger.command.delegation.DelegationTestData.CALL_OFFS_FROM;
import static org.decisionledger.command.delegation.DelegationTestData.DECIDED_ON;
import static org.decisionledger.command.delegation.DelegationTestData.DECISIONS;
import static org.decisionledger.command.delegation.DelegationTestData.DIRECTOR;
import static org.decisionledger.command.delegation.DelegationTestData.FRAMEWORK_AWARD;
import static org.decisionledger.command.delegation.DelegationTestData.FRAMEWORK_ENDS;
import static org.decisionledger.command.delegation.DelegationTestData.FRAMEWORK_SCOPE;
import static org.decisionledger.command.delegation.DelegationTestData.FRAMEWORK_TAGS;
import static org.decisionledger.command.delegation.DelegationTestData.PROCUREMENT_CONDITIONS;
import static org.decisionledger.command.delegation.DelegationTestData.SEND_DECISION;
import static org.decisionledger.command.delegation.DelegationTestData.STAFFORDSHIRE;
import static org.decisionledger.command.delegation.DelegationTestData.subDelegateCallOffs;
import static org.decisionledger.kernel.delegation.DelegationRefusalCodes.DELEGATION_NOT_IN_FORCE;
import static org.decisionledger.kernel.delegation.DelegationRefusalCodes.EXERCISED_AFTER_REVOCATION_DATE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.decisionledger.command.decision.DecisionStandings;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.common.CommandRefusedAndRecorded;
import org.decisionledger.kernel.common.RuleRefused;
import org.decisionledger.kernel.delegation.DelegateAuthority;
import org.decisionledger.kernel.delegation.DelegatedAuthorityExercised;
import org.decisionledger.kernel.delegation.DelegationEndedByRevocation;
import org.decisionledger.kernel.delegation.DelegationId;
import org.decisionledger.kernel.delegation.DelegationRevoked;
import org.decisionledger.kernel.delegation.ExerciseDelegatedAuthority;
import org.decisionledger.kernel.delegation.RevokeDelegation;
import org.decisionledger.kernel.delegation.SubDelegateAuthority;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A chain of delegations as real aggregates in one in-memory ledger, because a revocation reaches
 * every delegation beneath the one revoked: (e)(ii) of seed 000 to the Director, the call-off
 * contracts sub-delegated under it, and a buyer below those.
 */
class DelegationChainTest {

    private static final DelegationId BUYER = new DelegationId("call-off-buyer");
    private static final LocalDate REVOKED_ON = LocalDate.of(2025, 4, 1);
    private static final String REASON = "The Framework is re-procured";

    private Configuration ledger;

    /** The tree is looked up when a revocation needs it: the repository itself resolves handler parameters. */
    @BeforeEach
    void ledger() {
        ledger = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(configuration -> Jackson3Serializer.builder().build())
                .configureEmbeddedEventStore(configuration -> new InMemoryEventStorageEngine())
                .configureAggregate(Delegation.class)
                .registerComponent(DecisionStandings.class, configuration -> DECISIONS)
                .registerComponent(DelegationDescendants.class, TreeOfTheLedger::new)
                .registerCommandHandler(configuration -> new DelegationCreationHandler(
                        configuration.repository(Delegation.class), AUTHORITIES, DECISIONS))
                .buildConfiguration();
        ledger.start();
        send(new DelegateAuthority(FRAMEWORK_AWARD, STAFFORDSHIRE, SEND_DECISION, "(e)(ii)", DIRECTOR,
                FRAMEWORK_SCOPE, FRAMEWORK_TAGS, PROCUREMENT_CONDITIONS, DECIDED_ON, FRAMEWORK_ENDS));
        send(subDelegateCallOffs(CALL_OFFS_FROM, null));
        send(new SubDelegateAuthority(CALL_OFFS, BUYER, "Commissioning Manager, SEND", "Call-offs under £50,000",
                List.of(), null, CALL_OFFS_FROM, null));
    }

    /** The tree over the ledger's repository, made when first asked for, once the repository exists. */
    private record TreeOfTheLedger(Configuration configuration) implements DelegationDescendants {

        private DelegationTree tree() {
            return new DelegationTree(configuration.repository(Delegation.class));
        }

        @Override
        public Optional<RecordedExercise> latestExerciseUnder(List<DelegationId> subDelegations) {
            return tree().latestExerciseUnder(subDelegations);
        }

        @Override
        public void endFrom(List<DelegationId> subDelegations, DelegationId revoked, LocalDate revokedOn,
                String reason) {
            tree().endFrom(subDelegations, revoked, revokedOn, reason);
        }
    }

    @AfterEach
    void shutDown() {
        ledger.shutdown();
    }

    private Object send(Object command) {
        return ledger.commandGateway().sendAndWait(command);
    }

    private List<Object> eventsOf(DelegationId delegation) {
        return ledger.eventStore().readEvents(delegation.value()).asStream()
                .map(message -> (Object) message.getPayload()).toList();
    }

    @Test
    void revokingTheTopOfTheChainEndsEveryDelegationBeneathItFromThatDay() {
        assertThat(send(new RevokeDelegation(FRAMEWORK_AWARD, REVOKED_ON, REASON)))
                .isEqualTo(CommandAccepted.of(FRAMEWORK_AWARD.value(), 2));

        assertThat(eventsOf(FRAMEWORK_AWARD)).last().isEqualTo(new DelegationRevoked(FRAMEWORK_AWARD, REVOKED_ON, REASON));
        assertThat(eventsOf(CALL_OFFS)).last()
                .isEqualTo(new DelegationEndedByRevocation(CALL_OFFS, REVOKED_ON, FRAMEWORK_AWARD, REASON));
        assertThat(eventsOf(BUYER)).last()
                .isEqualTo(new DelegationEndedByRevocation(BUYER, REVOKED_ON, FRAMEWORK_AWARD, REASON));
    }

    @Test
    void aDelegationBeneathARevokedOneCanBeUsedUpToTheDayBeforeAndNotFromIt() {
        send(new RevokeDelegation(FRAMEWORK_AWARD, REVOKED_ON, REASON));

        ExerciseDelegatedAuthority before = new ExerciseDelegatedAuthority(BUYER, REVOKED_ON.minusDays(1),
                "Commissioning Manager, SEND", "Call-off for speech and language support", null, "call-off-contracts");
        assertThat(send(before)).isInstanceOf(CommandAccepted.class);
        assertThat(eventsOf(BUYER)).last().isInstanceOf(DelegatedAuthorityExercised.class);

        Object after = send(new ExerciseDelegatedAuthority(BUYER, REVOKED_ON, "Commissioning Manager, SEND",
                "Call-off for occupational therapy", null, "call-off-contracts"));
        assertThat(after).isInstanceOfSatisfying(CommandRefusedAndRecorded.class,
                refusal -> assertThat(refusal.code()).isEqualTo(DELEGATION_NOT_IN_FORCE));
        assertThat(eventsOf(BUYER)).hasSize(4);
    }

    @Test
    void revokingTheMiddleOfTheChainLeavesTheTopInForce() {
        send(new RevokeDelegation(CALL_OFFS, REVOKED_ON, REASON));

        assertThat(eventsOf(FRAMEWORK_AWARD)).noneMatch(DelegationRevoked.class::isInstance);
        assertThat(eventsOf(BUYER)).last()
                .isEqualTo(new DelegationEndedByRevocation(BUYER, REVOKED_ON, CALL_OFFS, REASON));
        assertThat(send(new ExerciseDelegatedAuthority(FRAMEWORK_AWARD, REVOKED_ON, DIRECTOR,
                "Awarded the Framework to eleven providers", null, "framework-award")))
                .isInstanceOf(CommandAccepted.class);
    }

    @Test
    void aDelegationBeneathThatHadAlreadyEndedRecordsNothingMore() {
        LocalDate earlier = REVOKED_ON.minusMonths(6);
        send(new RevokeDelegation(BUYER, earlier, "The buyer post was deleted"));
        int before = eventsOf(BUYER).size();

        send(new RevokeDelegation(FRAMEWORK_AWARD, REVOKED_ON, REASON));

        assertThat(eventsOf(BUYER)).hasSize(before);
        assertThat(eventsOf(CALL_OFFS)).last()
                .isEqualTo(new DelegationEndedByRevocation(CALL_OFFS, REVOKED_ON, FRAMEWORK_AWARD, REASON));
    }

    @Test
    void aRevocationDatedBeforeASubDelegationStartsStillEndsIt() {
        LocalDate beforeTheCallOffs = CALL_OFFS_FROM.minusDays(7);
        send(new RevokeDelegation(FRAMEWORK_AWARD, beforeTheCallOffs, REASON));

        assertThat(eventsOf(CALL_OFFS)).last()
                .isEqualTo(new DelegationEndedByRevocation(CALL_OFFS, beforeTheCallOffs, FRAMEWORK_AWARD, REASON));
        assertThat(send(new ExerciseDelegatedAuthority(CALL_OFFS, CALL_OFFS_FROM, "Procurement officer",
                "Call-off", null, null))).isInstanceOf(CommandRefusedAndRecorded.class);
    }

    private ExerciseDelegatedAuthority buyerExercise(LocalDate on) {
        return new ExerciseDelegatedAuthority(BUYER, on, "Commissioning Manager, SEND",
                "Call-off for speech and language support", null, "call-off-contracts");
    }

    private Throwable refusalOf(Object command) {
        return org.assertj.core.api.Assertions.catchThrowable(() -> send(command));
    }

    @Test
    void revokingTheTopFromBeforeAnExerciseTwoLevelsDownIsRefusedAndRecordsNothing() {
        LocalDate exercisedOn = REVOKED_ON.plusMonths(1);
        assertThat(send(buyerExercise(exercisedOn))).isInstanceOf(CommandAccepted.class);
        int top = eventsOf(FRAMEWORK_AWARD).size();
        int middle = eventsOf(CALL_OFFS).size();
        int bottom = eventsOf(BUYER).size();

        for (LocalDate revokedOn : List.of(REVOKED_ON, exercisedOn)) {
            assertThat(refusalOf(new RevokeDelegation(FRAMEWORK_AWARD, revokedOn, REASON)))
                    .as("revoked from " + revokedOn)
                    .isInstanceOfSatisfying(RuleRefused.class, refusal -> {
                        assertThat(refusal.code()).isEqualTo(EXERCISED_AFTER_REVOCATION_DATE);
                        assertThat(refusal.getMessage()).contains(BUYER.value(), exercisedOn.plusDays(1).toString());
                    });
            assertThat(refusalOf(new RevokeDelegation(CALL_OFFS, revokedOn, REASON)))
                    .isInstanceOfSatisfying(RuleRefused.class,
                            refusal -> assertThat(refusal.code()).isEqualTo(EXERCISED_AFTER_REVOCATION_DATE));
        }
        assertThat(eventsOf(FRAMEWORK_AWARD)).hasSize(top);
        assertThat(eventsOf(CALL_OFFS)).hasSize(middle);
        assertThat(eventsOf(BUYER)).hasSize(bottom);

        send(new RevokeDelegation(FRAMEWORK_AWARD, exercisedOn.plusDays(1), REASON));
        assertThat(eventsOf(BUYER)).last()
                .isEqualTo(new DelegationEndedByRevocation(BUYER, exercisedOn.plusDays(1), FRAMEWORK_AWARD, REASON));
    }

    @Test
    void theLatestExerciseAnywhereBeneathIsTheOneThatCounts() {
        send(new ExerciseDelegatedAuthority(CALL_OFFS, REVOKED_ON, "Procurement officer", "Call-off", null, null));
        send(buyerExercise(REVOKED_ON.plusDays(20)));
        send(new ExerciseDelegatedAuthority(FRAMEWORK_AWARD, REVOKED_ON.plusDays(5), DIRECTOR,
                "Awarded the Framework to eleven providers", null, "framework-award"));

        assertThat(refusalOf(new RevokeDelegation(FRAMEWORK_AWARD, REVOKED_ON.plusDays(10), REASON)))
                .isInstanceOfSatisfying(RuleRefused.class,
                        refusal -> assertThat(refusal.getMessage()).contains(BUYER.value()));
        assertThat(send(new RevokeDelegation(FRAMEWORK_AWARD, REVOKED_ON.plusDays(21), REASON)))
                .isInstanceOf(CommandAccepted.class);
    }

    @Test
    void anExerciseUnderADelegationThatHadAlreadyEndedDoesNotHoldALaterRevocationBack() {
        LocalDate buyerEnds = REVOKED_ON.minusMonths(1);
        send(buyerExercise(buyerEnds.minusDays(1)));
        send(new RevokeDelegation(BUYER, buyerEnds, "The buyer post was deleted"));

        assertThat(send(new RevokeDelegation(FRAMEWORK_AWARD, REVOKED_ON, REASON))).isInstanceOf(CommandAccepted.class);
    }
}
