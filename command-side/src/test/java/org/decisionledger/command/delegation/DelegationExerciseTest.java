package org.decisionledger.command.delegation;

import static org.decisionledger.command.delegation.DelegationTestData.ALLOCATION;
import static org.decisionledger.command.delegation.DelegationTestData.CALLED_IN_DECISION;
import static org.decisionledger.command.delegation.DelegationTestData.DECIDED_ON;
import static org.decisionledger.command.delegation.DelegationTestData.DIRECTOR;
import static org.decisionledger.command.delegation.DelegationTestData.EFFECTIVE_FROM;
import static org.decisionledger.command.delegation.DelegationTestData.FRAMEWORK_AWARD;
import static org.decisionledger.command.delegation.DelegationTestData.OFFICER_DECISION;
import static org.decisionledger.command.delegation.DelegationTestData.REVOKED_DECISION;
import static org.decisionledger.command.delegation.DelegationTestData.SEDIS_FUNDING;
import static org.decisionledger.command.delegation.DelegationTestData.UNKNOWN_DECISION;
import static org.decisionledger.command.delegation.DelegationTestData.exercise;
import static org.decisionledger.command.delegation.DelegationTestData.exerciseRefused;
import static org.decisionledger.command.delegation.DelegationTestData.exercised;
import static org.decisionledger.command.delegation.DelegationTestData.granted;
import static org.decisionledger.command.delegation.DelegationTestData.invalid;
import static org.decisionledger.command.delegation.DelegationTestData.notFound;
import static org.decisionledger.command.delegation.DelegationTestData.refusalRecorded;
import static org.decisionledger.command.delegation.DelegationTestData.sedisFundingGranted;
import static org.decisionledger.kernel.delegation.DelegationRefusalCodes.DELEGATION_NOT_IN_FORCE;
import static org.decisionledger.kernel.delegation.DelegationRefusalCodes.OUTSIDE_DELEGATED_SCOPE;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.delegation.DelegatedAuthorityExerciseRefused;
import org.decisionledger.kernel.delegation.DelegatedAuthorityExercised;
import org.decisionledger.kernel.delegation.DelegationEndedByRevocation;
import org.decisionledger.kernel.delegation.DelegationGranted;
import org.decisionledger.kernel.delegation.DelegationId;
import org.decisionledger.kernel.delegation.DelegationRevoked;
import org.decisionledger.kernel.delegation.ExerciseDelegatedAuthority;
import org.junit.jupiter.api.Test;

/**
 * Using delegated authority: the Director allocates the SEDIS funding under resolution (c) of the
 * decision of 20 September 2023, which took effect on 27 September 2023.
 */
class DelegationExerciseTest {

    private static final LocalDate ALLOCATED_ON = LocalDate.of(2023, 10, 2);
    private static final LocalDate ENDS = LocalDate.of(2024, 3, 31);

    private final AggregateTestFixture<Delegation> fixture =
            DelegationTestData.fixture(new DelegationTestData.RecordedDescendants());

    @Test
    void anExerciseWhileTheDelegationIsInForceIsRecorded() {
        fixture.given(sedisFundingGranted())
                .when(exercise(ALLOCATED_ON))
                .expectEvents(exercised(ALLOCATED_ON))
                .expectResultMessagePayload(CommandAccepted.of(SEDIS_FUNDING.value(), 1));
    }

    @Test
    void anExerciseOnTheDayTheDecisionTookEffectIsRecorded() {
        fixture.given(sedisFundingGranted())
                .when(exercise(EFFECTIVE_FROM))
                .expectEvents(exercised(EFFECTIVE_FROM));
    }

    @Test
    void anExerciseBeforeTheDecisionTookEffectIsRefusedAndRecorded() {
        LocalDate duringTheCallInWindow = LocalDate.of(2023, 9, 25);
        fixture.given(sedisFundingGranted())
                .when(exercise(duringTheCallInWindow))
                .expectEvents(exerciseRefused(duringTheCallInWindow, DELEGATION_NOT_IN_FORCE))
                .expectResultMessagePayloadMatching(refusalRecorded(SEDIS_FUNDING, 1, DELEGATION_NOT_IN_FORCE));
    }

    @Test
    void anExerciseOfADelegationWhoseDecisionIsCalledInIsRefusedAndRecorded() {
        fixture.given(granted(SEDIS_FUNDING, CALLED_IN_DECISION, DECIDED_ON, null))
                .when(exercise(ALLOCATED_ON))
                .expectEvents(exerciseRefused(ALLOCATED_ON, DELEGATION_NOT_IN_FORCE));
    }

    @Test
    void anExerciseOfADelegationWhoseDecisionWasRevokedIsRefusedAndRecorded() {
        fixture.given(granted(SEDIS_FUNDING, REVOKED_DECISION, DECIDED_ON, null))
                .when(exercise(ALLOCATED_ON))
                .expectEvents(exerciseRefused(ALLOCATED_ON, DELEGATION_NOT_IN_FORCE));
    }

    @Test
    void anExerciseBeforeTheDelegationsPeriodIsRefusedAndRecorded() {
        LocalDate from = LocalDate.of(2024, 4, 1);
        fixture.given(granted(SEDIS_FUNDING, null, from, null))
                .when(exercise(from.minusDays(1)))
                .expectEvents(exerciseRefused(from.minusDays(1), DELEGATION_NOT_IN_FORCE));
    }

    @Test
    void anExerciseOnTheFirstDayOfAStandingDelegationIsRecorded() {
        LocalDate from = LocalDate.of(2024, 4, 1);
        fixture.given(granted(SEDIS_FUNDING, null, from, null))
                .when(exercise(from))
                .expectEvents(exercised(from));
    }

    @Test
    void anExerciseOnTheLastDayOfThePeriodIsRecorded() {
        fixture.given(granted(SEDIS_FUNDING, DelegationTestData.SEND_DECISION, DECIDED_ON, ENDS))
                .when(exercise(ENDS))
                .expectEvents(exercised(ENDS));
    }

    @Test
    void anExerciseAfterTheDelegationExpiredIsRefusedAndRecorded() {
        fixture.given(granted(SEDIS_FUNDING, DelegationTestData.SEND_DECISION, DECIDED_ON, ENDS))
                .when(exercise(ENDS.plusDays(1)))
                .expectEvents(exerciseRefused(ENDS.plusDays(1), DELEGATION_NOT_IN_FORCE));
    }

    @Test
    void anExerciseOnTheDayOfRevocationIsRefusedAndRecorded() {
        LocalDate revokedOn = LocalDate.of(2024, 1, 15);
        fixture.given(sedisFundingGranted(), new DelegationRevoked(SEDIS_FUNDING, revokedOn, "Brought in-house"))
                .when(exercise(revokedOn))
                .expectEvents(exerciseRefused(revokedOn, DELEGATION_NOT_IN_FORCE))
                .expectResultMessagePayloadMatching(refusalRecorded(SEDIS_FUNDING, 2, DELEGATION_NOT_IN_FORCE));
    }

    @Test
    void anExerciseTheDayBeforeRevocationIsRecorded() {
        LocalDate revokedOn = LocalDate.of(2024, 1, 15);
        fixture.given(sedisFundingGranted(), new DelegationRevoked(SEDIS_FUNDING, revokedOn, "Brought in-house"))
                .when(exercise(revokedOn.minusDays(1)))
                .expectEvents(exercised(revokedOn.minusDays(1)));
    }

    @Test
    void aRevocationBackdatedOverARecordedExerciseIsRefusedAndRecordsNothing() {
        fixture.given(sedisFundingGranted(), exercised(ALLOCATED_ON))
                .when(new org.decisionledger.kernel.delegation.RevokeDelegation(SEDIS_FUNDING, ALLOCATED_ON,
                        "Brought in-house"))
                .expectException(DelegationTestData.refused("EXERCISED_AFTER_REVOCATION_DATE"))
                .expectNoEvents();
        fixture.given(sedisFundingGranted(), exercised(ALLOCATED_ON))
                .when(new org.decisionledger.kernel.delegation.RevokeDelegation(SEDIS_FUNDING, ALLOCATED_ON.plusDays(1),
                        "Brought in-house"))
                .expectEvents(new DelegationRevoked(SEDIS_FUNDING, ALLOCATED_ON.plusDays(1), "Brought in-house"));
    }

    @Test
    void anExerciseAfterAnAncestorWasRevokedIsRefusedAndRecorded() {
        LocalDate endedOn = LocalDate.of(2024, 1, 15);
        fixture.given(sedisFundingGranted(),
                        new DelegationEndedByRevocation(SEDIS_FUNDING, endedOn, FRAMEWORK_AWARD, "Re-procured"))
                .when(exercise(endedOn.plusDays(3)))
                .expectEvents(exerciseRefused(endedOn.plusDays(3), DELEGATION_NOT_IN_FORCE));
    }

    @Test
    void anExerciseUnderOneOfTheScopeTagsIsRecorded() {
        fixture.given(sedisFundingGranted())
                .when(new ExerciseDelegatedAuthority(SEDIS_FUNDING, ALLOCATED_ON, DIRECTOR, ALLOCATION, OFFICER_DECISION,
                        "sedis-funding"))
                .expectEvents(new DelegatedAuthorityExercised(SEDIS_FUNDING, ALLOCATED_ON, DIRECTOR, ALLOCATION,
                        OFFICER_DECISION, "sedis-funding"));
    }

    @Test
    void anExerciseClaimingAnotherMatterIsRefusedAndRecorded() {
        fixture.given(sedisFundingGranted())
                .when(new ExerciseDelegatedAuthority(SEDIS_FUNDING, ALLOCATED_ON, DIRECTOR, "Awarded a school contract",
                        null, "school-contracts"))
                .expectEvents(new DelegatedAuthorityExerciseRefused(SEDIS_FUNDING, ALLOCATED_ON, DIRECTOR,
                        "Awarded a school contract", null, "school-contracts", OUTSIDE_DELEGATED_SCOPE, null))
                .expectResultMessagePayloadMatching(refusalRecorded(SEDIS_FUNDING, 1, OUTSIDE_DELEGATED_SCOPE));
    }

    @Test
    void anExerciseNamingAMatterOfADelegationWithoutScopeTagsIsRecorded() {
        DelegationGranted wordsOnly = new DelegationGranted(SEDIS_FUNDING, DelegationTestData.STAFFORDSHIRE, null, null,
                DIRECTOR, DelegationTestData.SEDIS_SCOPE, List.of(), null, DECIDED_ON, null);
        fixture.given(wordsOnly)
                .when(new ExerciseDelegatedAuthority(SEDIS_FUNDING, ALLOCATED_ON, DIRECTOR, ALLOCATION, null, "anything"))
                .expectEvents(new DelegatedAuthorityExercised(SEDIS_FUNDING, ALLOCATED_ON, DIRECTOR, ALLOCATION, null,
                        "anything"));
    }

    @Test
    void anExerciseNamingADecisionNotInTheLedgerIsRefused() {
        fixture.given(sedisFundingGranted())
                .when(new ExerciseDelegatedAuthority(SEDIS_FUNDING, ALLOCATED_ON, DIRECTOR, ALLOCATION, UNKNOWN_DECISION,
                        null))
                .expectNoEvents()
                .expectException(notFound("UNKNOWN_DECISION"));
    }

    @Test
    void anExerciseNeedsWhoActed() {
        fixture.given(sedisFundingGranted())
                .when(new ExerciseDelegatedAuthority(SEDIS_FUNDING, ALLOCATED_ON, "", ALLOCATION, null, null))
                .expectNoEvents()
                .expectException(invalid("exercisedBy"));
    }

    @Test
    void anExerciseOfAnUnknownDelegationFindsNothing() {
        fixture.givenNoPriorActivity()
                .when(new ExerciseDelegatedAuthority(new DelegationId("no-such-delegation"), ALLOCATED_ON, DIRECTOR,
                        ALLOCATION, null, null))
                .expectNoEvents()
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }
}
