package org.decisionledger.command.decision;

import static org.decisionledger.command.decision.DecisionTestData.DECIDED_ON;
import static org.decisionledger.command.decision.DecisionTestData.DECISION;
import static org.decisionledger.command.decision.DecisionTestData.NOTICE_EARLIEST_DECISION;
import static org.decisionledger.command.decision.DecisionTestData.STAFFORDSHIRE_RESOLUTIONS;
import static org.decisionledger.command.decision.DecisionTestData.approve;
import static org.decisionledger.command.decision.DecisionTestData.approved;
import static org.decisionledger.command.decision.DecisionTestData.noticePublished;
import static org.decisionledger.command.decision.DecisionTestData.proposed;
import static org.decisionledger.command.decision.DecisionTestData.published;
import static org.decisionledger.command.decision.DecisionTestData.refused;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECIDED_BEFORE_DEFERRAL;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECISION_ALREADY_DECIDED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECISION_CLOSED;

import java.time.LocalDate;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.decision.DecisionDeferred;
import org.decisionledger.kernel.decision.DecisionProcedure;
import org.decisionledger.kernel.decision.DecisionRejected;
import org.decisionledger.kernel.decision.DecisionWithdrawn;
import org.decisionledger.kernel.decision.DeferDecision;
import org.decisionledger.kernel.decision.RecommendationsApproved;
import org.decisionledger.kernel.decision.RejectDecision;
import org.decisionledger.kernel.decision.WithdrawDecision;
import org.junit.jupiter.api.Test;

/** Taking the decision: approval, rejection, deferral and withdrawal, each only once and only while open. */
class DecisionTakingTest {

    private static final LocalDate DEFERRED_ON = LocalDate.of(2023, 9, 6);
    private static final String REASONS = "The consultation report is not yet available";

    private final AggregateTestFixture<Decision> fixture = DecisionTestData.fixture();

    @Test
    void approvalRecordsTheResolutionsWithTheirSubItems() {
        fixture.given(proposed(), noticePublished())
                .when(approve())
                .expectEvents(new RecommendationsApproved(DECISION, DECIDED_ON, "20/09/2023 - Cabinet",
                        STAFFORDSHIRE_RESOLUTIONS, "To deliver outcomes related to the SEND Accelerated Progress Plan",
                        null, "None declared", null, DecisionProcedure.KEY_DECISION_NOTICE))
                .expectResultMessagePayload(new CommandAccepted(DECISION.value(), 2,
                        Map.of("procedure", "KEY_DECISION_NOTICE")));
    }

    @Test
    void approvingTwiceIsRefused() {
        fixture.given(proposed(), noticePublished(), approved())
                .when(approve())
                .expectNoEvents()
                .expectException(refused(DECISION_ALREADY_DECIDED));
    }

    @Test
    void approvingAfterPublicationIsRefused() {
        fixture.given(proposed(), noticePublished(), approved(), published())
                .when(approve())
                .expectNoEvents()
                .expectException(refused(DECISION_ALREADY_DECIDED));
    }

    @Test
    void aRejectionIsRecordedWithItsReasons() {
        fixture.given(proposed())
                .when(new RejectDecision(DECISION, DECIDED_ON, REASONS))
                .expectEvents(new DecisionRejected(DECISION, DECIDED_ON, REASONS));
    }

    @Test
    void rejectingAnApprovedDecisionIsRefused() {
        fixture.given(proposed(), noticePublished(), approved())
                .when(new RejectDecision(DECISION, DECIDED_ON, REASONS))
                .expectNoEvents()
                .expectException(refused(DECISION_ALREADY_DECIDED));
    }

    @Test
    void aDeferredDecisionCanStillBeTaken() {
        fixture.given(proposed(), noticePublished(), new DecisionDeferred(DECISION, DEFERRED_ON, REASONS))
                .when(approve())
                .expectEvents(approved());
    }

    @Test
    void anApprovalDatedBeforeTheDeferralIsRefused() {
        fixture.given(proposed(), noticePublished(), new DecisionDeferred(DECISION, DECIDED_ON, REASONS))
                .when(approve(DECISION, DECIDED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(refused(DECIDED_BEFORE_DEFERRAL));
    }

    @Test
    void anApprovalOnTheDayOfTheDeferralIsTaken() {
        fixture.given(proposed(), noticePublished(), new DecisionDeferred(DECISION, DECIDED_ON, REASONS))
                .when(approve())
                .expectEvents(approved());
    }

    @Test
    void aRejectionDatedBeforeTheDeferralIsRefused() {
        fixture.given(proposed(), new DecisionDeferred(DECISION, DECIDED_ON, REASONS))
                .when(new RejectDecision(DECISION, DEFERRED_ON, REASONS))
                .expectNoEvents()
                .expectException(refused(DECIDED_BEFORE_DEFERRAL));
    }

    @Test
    void aDeferralDatedBeforeTheLatestDeferralIsRefused() {
        fixture.given(proposed(), new DecisionDeferred(DECISION, DEFERRED_ON, REASONS),
                        new DecisionDeferred(DECISION, DECIDED_ON, REASONS))
                .when(new DeferDecision(DECISION, DEFERRED_ON.plusDays(1), REASONS))
                .expectNoEvents()
                .expectException(refused(DECIDED_BEFORE_DEFERRAL));
    }

    @Test
    void aWithdrawalDatedBeforeTheDeferralIsRefused() {
        fixture.given(proposed(), new DecisionDeferred(DECISION, DECIDED_ON, REASONS))
                .when(new WithdrawDecision(DECISION, DEFERRED_ON, "Superseded by the new strategy"))
                .expectNoEvents()
                .expectException(refused(DECIDED_BEFORE_DEFERRAL));
    }

    @Test
    void aKeyDecisionDatedBeforeItsDeferralIsRefusedWithoutRecordingAnEarlyDecision() {
        fixture.given(proposed(), noticePublished(), new DecisionDeferred(DECISION, DECIDED_ON, REASONS))
                .when(approve(DECISION, NOTICE_EARLIEST_DECISION.minusDays(1)))
                .expectNoEvents()
                .expectException(refused(DECIDED_BEFORE_DEFERRAL));
    }

    @Test
    void aDeferralIsRecordedWithItsReasons() {
        fixture.given(proposed())
                .when(new DeferDecision(DECISION, DEFERRED_ON, REASONS))
                .expectEvents(new DecisionDeferred(DECISION, DEFERRED_ON, REASONS));
    }

    @Test
    void deferringAnApprovedDecisionIsRefused() {
        fixture.given(proposed(), noticePublished(), approved())
                .when(new DeferDecision(DECISION, DEFERRED_ON, REASONS))
                .expectNoEvents()
                .expectException(refused(DECISION_ALREADY_DECIDED));
    }

    @Test
    void aDeferredItemCanBeWithdrawn() {
        fixture.given(proposed(), new DecisionDeferred(DECISION, DEFERRED_ON, REASONS))
                .when(new WithdrawDecision(DECISION, DECIDED_ON, "Superseded by the new strategy"))
                .expectEvents(new DecisionWithdrawn(DECISION, DECIDED_ON, "Superseded by the new strategy"));
    }

    @Test
    void withdrawingAnApprovedDecisionIsRefused() {
        fixture.given(proposed(), noticePublished(), approved())
                .when(new WithdrawDecision(DECISION, DECIDED_ON, "Too late"))
                .expectNoEvents()
                .expectException(refused(DECISION_ALREADY_DECIDED));
    }

    @Test
    void nothingCanBeDecidedOnAWithdrawnItem() {
        fixture.given(proposed(), noticePublished(), new DecisionWithdrawn(DECISION, DEFERRED_ON, REASONS))
                .when(approve())
                .expectNoEvents()
                .expectException(refused(DECISION_CLOSED));
    }
}
