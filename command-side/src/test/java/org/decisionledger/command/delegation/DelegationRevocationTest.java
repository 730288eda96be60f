package org.decisionledger.command.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.decisionledger.command.delegation.DelegationTestData.CALL_OFFS;
import static org.decisionledger.command.delegation.DelegationTestData.CALL_OFFS_FROM;
import static org.decisionledger.command.delegation.DelegationTestData.FRAMEWORK_AWARD;
import static org.decisionledger.command.delegation.DelegationTestData.FRAMEWORK_ENDS;
import static org.decisionledger.command.delegation.DelegationTestData.SEDIS_FUNDING;
import static org.decisionledger.command.delegation.DelegationTestData.callOffsGranted;
import static org.decisionledger.command.delegation.DelegationTestData.callOffsSubDelegated;
import static org.decisionledger.command.delegation.DelegationTestData.frameworkAwardGranted;
import static org.decisionledger.command.delegation.DelegationTestData.invalid;
import static org.decisionledger.command.delegation.DelegationTestData.refused;
import static org.decisionledger.command.delegation.DelegationTestData.sedisFundingGranted;
import static org.decisionledger.kernel.delegation.DelegationRefusalCodes.DELEGATION_ALREADY_REVOKED;
import static org.decisionledger.kernel.delegation.DelegationRefusalCodes.DELEGATION_EXPIRED;
import static org.decisionledger.kernel.delegation.DelegationRefusalCodes.EXERCISED_AFTER_REVOCATION_DATE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.command.delegation.DelegationDescendants.RecordedExercise;
import org.decisionledger.command.delegation.DelegationTestData.RecordedDescendants.Ending;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.delegation.DelegationEndedByRevocation;
import org.decisionledger.kernel.delegation.DelegationRevoked;
import org.decisionledger.kernel.delegation.RevokeDelegation;
import org.junit.jupiter.api.Test;

/** Revoking a delegation: it ends from the day given, and so does everything sub-delegated beneath it. */
class DelegationRevocationTest {

    private static final LocalDate REVOKED_ON = LocalDate.of(2025, 4, 1);
    private static final String REASON = "The SEDIS model is brought in-house";

    private final DelegationTestData.RecordedDescendants descendants = new DelegationTestData.RecordedDescendants();
    private final AggregateTestFixture<Delegation> fixture = DelegationTestData.fixture(descendants);

    @Test
    void aRevokedDelegationEndsFromTheDayOfRevocation() {
        fixture.given(sedisFundingGranted())
                .when(new RevokeDelegation(SEDIS_FUNDING, REVOKED_ON, REASON))
                .expectEvents(new DelegationRevoked(SEDIS_FUNDING, REVOKED_ON, REASON))
                .expectResultMessagePayload(CommandAccepted.of(SEDIS_FUNDING.value(), 1));
        assertThat(descendants.endings).containsExactly(new Ending(List.of(), SEDIS_FUNDING, REVOKED_ON, REASON));
    }

    @Test
    void revokingAParentCarriesTheRevocationToItsSubDelegations() {
        fixture.given(frameworkAwardGranted(), callOffsSubDelegated(CALL_OFFS_FROM, FRAMEWORK_ENDS))
                .when(new RevokeDelegation(FRAMEWORK_AWARD, REVOKED_ON, REASON))
                .expectEvents(new DelegationRevoked(FRAMEWORK_AWARD, REVOKED_ON, REASON));
        assertThat(descendants.endings)
                .containsExactly(new Ending(List.of(CALL_OFFS), FRAMEWORK_AWARD, REVOKED_ON, REASON));
    }

    @Test
    void revokingAParentFromOnOrBeforeAnExerciseBeneathItIsRefusedAndRecordsNothing() {
        LocalDate exercisedOn = LocalDate.of(2025, 3, 3);
        descendants.latestExerciseBeneath = Optional.of(new RecordedExercise(CALL_OFFS, exercisedOn));
        for (LocalDate revokedOn : List.of(exercisedOn.minusMonths(1), exercisedOn)) {
            fixture.given(frameworkAwardGranted(), callOffsSubDelegated(CALL_OFFS_FROM, FRAMEWORK_ENDS))
                    .when(new RevokeDelegation(FRAMEWORK_AWARD, revokedOn, REASON))
                    .expectNoEvents()
                    .expectException(refused(EXERCISED_AFTER_REVOCATION_DATE));
        }
        assertThat(descendants.endings).isEmpty();
    }

    @Test
    void revokingAParentFromTheDayAfterTheLastExerciseBeneathItIsAccepted() {
        LocalDate exercisedOn = LocalDate.of(2025, 3, 3);
        descendants.latestExerciseBeneath = Optional.of(new RecordedExercise(CALL_OFFS, exercisedOn));
        fixture.given(frameworkAwardGranted(), callOffsSubDelegated(CALL_OFFS_FROM, FRAMEWORK_ENDS))
                .when(new RevokeDelegation(FRAMEWORK_AWARD, exercisedOn.plusDays(1), REASON))
                .expectEvents(new DelegationRevoked(FRAMEWORK_AWARD, exercisedOn.plusDays(1), REASON));
        assertThat(descendants.endings).hasSize(1);
    }

    @Test
    void aDelegationCanBeRevokedBeforeItStarts() {
        LocalDate before = LocalDate.of(2023, 9, 1);
        fixture.given(sedisFundingGranted())
                .when(new RevokeDelegation(SEDIS_FUNDING, before, REASON))
                .expectEvents(new DelegationRevoked(SEDIS_FUNDING, before, REASON));
    }

    @Test
    void revokingTwiceIsRefused() {
        fixture.given(sedisFundingGranted(), new DelegationRevoked(SEDIS_FUNDING, REVOKED_ON, REASON))
                .when(new RevokeDelegation(SEDIS_FUNDING, REVOKED_ON.minusDays(10), REASON))
                .expectNoEvents()
                .expectException(refused(DELEGATION_ALREADY_REVOKED));
        assertThat(descendants.endings).isEmpty();
    }

    @Test
    void revokingAfterTheDelegationExpiredIsRefused() {
        fixture.given(frameworkAwardGranted())
                .when(new RevokeDelegation(FRAMEWORK_AWARD, FRAMEWORK_ENDS.plusDays(1), REASON))
                .expectNoEvents()
                .expectException(refused(DELEGATION_EXPIRED));
    }

    @Test
    void revokingOnTheLastDayOfThePeriodIsAccepted() {
        fixture.given(frameworkAwardGranted())
                .when(new RevokeDelegation(FRAMEWORK_AWARD, FRAMEWORK_ENDS, REASON))
                .expectEvents(new DelegationRevoked(FRAMEWORK_AWARD, FRAMEWORK_ENDS, REASON));
    }

    @Test
    void aSubDelegationEndedByItsParentCanBeRevokedFromAnEarlierDay() {
        fixture.given(callOffsGranted(CALL_OFFS_FROM, FRAMEWORK_ENDS),
                        new DelegationEndedByRevocation(CALL_OFFS, REVOKED_ON, FRAMEWORK_AWARD, REASON))
                .when(new RevokeDelegation(CALL_OFFS, REVOKED_ON.minusMonths(1), "Officer left the council"))
                .expectEvents(new DelegationRevoked(CALL_OFFS, REVOKED_ON.minusMonths(1), "Officer left the council"));
    }

    @Test
    void aSubDelegationEndedByItsParentCannotBeRevokedFromALaterDay() {
        fixture.given(callOffsGranted(CALL_OFFS_FROM, FRAMEWORK_ENDS),
                        new DelegationEndedByRevocation(CALL_OFFS, REVOKED_ON, FRAMEWORK_AWARD, REASON))
                .when(new RevokeDelegation(CALL_OFFS, REVOKED_ON.plusDays(1), "Officer left the council"))
                .expectNoEvents()
                .expectException(refused(DELEGATION_ALREADY_REVOKED));
    }

    @Test
    void aRevocationNeedsAReason() {
        fixture.given(sedisFundingGranted())
                .when(new RevokeDelegation(SEDIS_FUNDING, REVOKED_ON, " "))
                .expectNoEvents()
                .expectException(invalid("reason"));
    }
}
