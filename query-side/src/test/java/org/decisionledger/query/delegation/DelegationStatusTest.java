package org.decisionledger.query.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.decisionledger.query.delegation.DelegationView.Revocation;
import org.junit.jupiter.api.Test;

/**
 * In force on a day, for seed 000's SEDIS delegation: valid from the decision day, 20 September 2023;
 * the decision took effect on 27 September 2023.
 */
class DelegationStatusTest {

    private static final LocalDate DECIDED_ON = LocalDate.of(2023, 9, 20);
    private static final LocalDate EFFECTIVE_FROM = LocalDate.of(2023, 9, 27);
    private static final LocalDate REVOKED_ON = LocalDate.of(2024, 4, 1);
    private static final LocalDate VALID_UNTIL = LocalDate.of(2025, 3, 31);

    private static DelegationView sedis(LocalDate until, Revocation revocation) {
        return new DelegationView("sedis-funding", "staffordshire", null, "send-app", "(c)",
                "Director for Children and Families", "Allocating funding for the 8 SEDIS teams", List.of(), null,
                DECIDED_ON, until, revocation, List.of(), List.of(), List.of(), 0, Instant.EPOCH, Instant.EPOCH);
    }

    private static SourceDecision decision(String status, LocalDate effectiveFrom) {
        return new SourceDecision("send-app", "SEND Accelerated Progress Plan", status, effectiveFrom, 5);
    }

    private static final SourceDecision EFFECTIVE = decision(SourceDecision.EFFECTIVE, EFFECTIVE_FROM);

    @Test
    void aDelegationByADecisionIsInForceFromTheDayTheDecisionTookEffect() {
        DelegationView view = sedis(null, null);
        assertThat(DelegationStatus.inForceFrom(view, EFFECTIVE)).isEqualTo(EFFECTIVE_FROM);
        assertThat(DelegationStatus.on(view, EFFECTIVE, EFFECTIVE_FROM.minusDays(1)))
                .isEqualTo(DelegationStatus.NOT_YET_IN_FORCE);
        assertThat(DelegationStatus.on(view, EFFECTIVE, EFFECTIVE_FROM)).isEqualTo(DelegationStatus.IN_FORCE);
    }

    @Test
    void aDelegationValidAfterItsDecisionTookEffectIsInForceFromItsOwnFirstDay() {
        DelegationView later = new DelegationView("d", "a", null, "send-app", null, "Director", "Scope", List.of(),
                null, LocalDate.of(2024, 1, 1), null, null, List.of(), List.of(), List.of(), 0, Instant.EPOCH,
                Instant.EPOCH);
        assertThat(DelegationStatus.inForceFrom(later, EFFECTIVE)).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void aDelegationByADecisionNotYetInEffectAwaitsIt() {
        SourceDecision calledIn = decision(SourceDecision.NOT_YET_EFFECTIVE, null);
        assertThat(DelegationStatus.on(sedis(null, null), calledIn, LocalDate.of(2023, 10, 2)))
                .isEqualTo(DelegationStatus.AWAITING_DECISION);
        assertThat(DelegationStatus.inForceFrom(sedis(null, null), calledIn)).isNull();
    }

    @Test
    void aDelegationByARevokedDecisionLapses() {
        assertThat(DelegationStatus.on(sedis(null, null), decision(SourceDecision.REVOKED, null),
                LocalDate.of(2023, 10, 2))).isEqualTo(DelegationStatus.LAPSED);
    }

    @Test
    void aStandingDelegationIsInForceFromItsFirstDay() {
        assertThat(DelegationStatus.on(sedis(null, null), null, DECIDED_ON)).isEqualTo(DelegationStatus.IN_FORCE);
        assertThat(DelegationStatus.on(sedis(null, null), null, DECIDED_ON.minusDays(1)))
                .isEqualTo(DelegationStatus.NOT_YET_IN_FORCE);
    }

    @Test
    void aDelegationExpiresAfterItsLastDay() {
        DelegationView view = sedis(VALID_UNTIL, null);
        assertThat(DelegationStatus.on(view, EFFECTIVE, VALID_UNTIL)).isEqualTo(DelegationStatus.IN_FORCE);
        assertThat(DelegationStatus.on(view, EFFECTIVE, VALID_UNTIL.plusDays(1))).isEqualTo(DelegationStatus.EXPIRED);
        assertThat(DelegationStatus.inForceUntil(view)).isEqualTo(VALID_UNTIL);
    }

    @Test
    void aRevokedDelegationIsNotInForceFromTheDayOfRevocation() {
        DelegationView view = sedis(VALID_UNTIL, new Revocation(REVOKED_ON, "In-house", null));
        assertThat(DelegationStatus.on(view, EFFECTIVE, REVOKED_ON.minusDays(1))).isEqualTo(DelegationStatus.IN_FORCE);
        assertThat(DelegationStatus.on(view, EFFECTIVE, REVOKED_ON)).isEqualTo(DelegationStatus.REVOKED);
        assertThat(DelegationStatus.inForceUntil(view)).isEqualTo(REVOKED_ON.minusDays(1));
    }

    @Test
    void aDelegationEndedByTheRevocationOfItsParentSaysSo() {
        DelegationView view = sedis(null, new Revocation(REVOKED_ON, "Re-procured", "framework-award"));
        assertThat(DelegationStatus.on(view, EFFECTIVE, REVOKED_ON)).isEqualTo(DelegationStatus.ENDED_BY_REVOCATION);
    }
}
