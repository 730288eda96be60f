package org.decisionledger.query.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.decision.DecisionProposed;
import org.decisionledger.kernel.decision.DecisionTookEffect;
import org.decisionledger.kernel.decision.EffectRoute;
import org.decisionledger.kernel.delegation.AuthoritySubDelegated;
import org.decisionledger.kernel.delegation.DelegatedAuthorityExerciseRefused;
import org.decisionledger.kernel.delegation.DelegatedAuthorityExercised;
import org.decisionledger.kernel.delegation.DelegationEndedByRevocation;
import org.decisionledger.kernel.delegation.DelegationGranted;
import org.decisionledger.kernel.delegation.DelegationId;
import org.decisionledger.kernel.delegation.DelegationRevoked;
import org.decisionledger.kernel.delegation.SubDelegationGranted;
import org.junit.jupiter.api.Test;

/** The pure folds behind the live register and the "as of" views. */
class DelegationViewFoldingTest {

    private static final DelegationId FRAMEWORK = new DelegationId("framework-award");
    private static final DelegationId CALL_OFFS = new DelegationId("call-off-contracts");
    private static final DecisionId DECISION = new DecisionId("send-app");
    private static final Instant RECORDED = Instant.parse("2023-09-28T10:00:00Z");
    private static final LocalDate FROM = LocalDate.of(2023, 9, 20);

    private static DelegationViewFolding.Sequenced at(long sequence, Object event) {
        return new DelegationViewFolding.Sequenced((org.decisionledger.kernel.delegation.DelegationEvent) event,
                sequence, RECORDED.plusSeconds(sequence), "officer");
    }

    @Test
    void aDelegationsViewHoldsWhatWasPassedOnHowItEndedAndWhatWasDoneWithIt() {
        DelegationView view = DelegationViewFolding.fold(List.of(
                at(0, new DelegationGranted(FRAMEWORK, new AuthorityId("staffordshire"), DECISION, "(e)(ii)",
                        "Director for Children and Families", "Award of the Framework", List.of("framework-award"),
                        "In line with the Procurement Regulations", FROM, null)),
                at(1, new AuthoritySubDelegated(FRAMEWORK, CALL_OFFS, "Procurement officers", FROM, null)),
                at(2, new DelegatedAuthorityExercised(FRAMEWORK, LocalDate.of(2024, 2, 1),
                        "Director for Children and Families", "Awarded the Framework", null, "framework-award")),
                at(3, new DelegatedAuthorityExerciseRefused(FRAMEWORK, LocalDate.of(2023, 9, 22), "Director",
                        "Too early", null, null, "DELEGATION_NOT_IN_FORCE", "Not yet in effect")),
                at(4, new DelegationRevoked(FRAMEWORK, LocalDate.of(2025, 4, 1), "Re-procured"))));

        assertThat(view.sourceDecisionId()).isEqualTo("send-app");
        assertThat(view.resolution()).isEqualTo("(e)(ii)");
        assertThat(view.subDelegations()).extracting(DelegationView.SubDelegation::id).containsExactly("call-off-contracts");
        assertThat(view.exercises()).singleElement().satisfies(exercise -> {
            assertThat(exercise.summary()).isEqualTo("Awarded the Framework");
            assertThat(exercise.recordedBy()).isEqualTo("officer");
        });
        assertThat(view.refusedExercises()).extracting(DelegationView.RefusedExercise::code)
                .containsExactly("DELEGATION_NOT_IN_FORCE");
        assertThat(view.revocation()).isEqualTo(new DelegationView.Revocation(LocalDate.of(2025, 4, 1), "Re-procured",
                null));
        assertThat(view.version()).isEqualTo(4);
        assertThat(view.grantedAt()).isEqualTo(RECORDED);
        assertThat(view.lastRecordedAt()).isEqualTo(RECORDED.plusSeconds(4));
    }

    @Test
    void aSubDelegationsViewNamesItsParentAndTheRevocationThatEndedIt() {
        DelegationView view = DelegationViewFolding.fold(List.of(
                at(0, new SubDelegationGranted(CALL_OFFS, FRAMEWORK, new AuthorityId("staffordshire"), DECISION,
                        "Procurement officers", "Call-offs", List.of(), null, FROM, null)),
                at(1, new DelegationEndedByRevocation(CALL_OFFS, LocalDate.of(2025, 4, 1), FRAMEWORK, "Re-procured"))));

        assertThat(view.parentId()).isEqualTo("framework-award");
        assertThat(view.revocation().revokedDelegationId()).isEqualTo("framework-award");
    }

    @Test
    void aSourceDecisionHasEffectFromTheDayItTookEffect() {
        SourceDecision proposed = SourceDecision.apply(null, new DecisionProposed(DECISION,
                new AuthorityId("staffordshire"), null, "SEND Accelerated Progress Plan", "Cabinet", true, List.of(),
                List.of(), null, null, null, null, null, null, FROM), 0);
        assertThat(proposed.status()).isEqualTo(SourceDecision.NOT_YET_EFFECTIVE);

        SourceDecision effective = SourceDecision.apply(proposed,
                new DecisionTookEffect(DECISION, LocalDate.of(2023, 9, 27), EffectRoute.CALL_IN_WINDOW_CLOSED_WITHOUT_CALL_IN),
                4);
        assertThat(effective.status()).isEqualTo(SourceDecision.EFFECTIVE);
        assertThat(effective.effectiveFrom()).isEqualTo(LocalDate.of(2023, 9, 27));
        assertThat(effective.version()).isEqualTo(4);
    }
}
