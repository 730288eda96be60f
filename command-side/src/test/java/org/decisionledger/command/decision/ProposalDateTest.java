package org.decisionledger.command.decision;

import static org.decisionledger.command.decision.DecisionTestData.DECISION;
import static org.decisionledger.command.decision.DecisionTestData.KENT;
import static org.decisionledger.command.decision.DecisionTestData.KENT_DECISION;
import static org.decisionledger.command.decision.DecisionTestData.KENT_EARLIEST_DECISION;
import static org.decisionledger.command.decision.DecisionTestData.KENT_NOTICE_FIRST_PUBLISHED;
import static org.decisionledger.command.decision.DecisionTestData.KENT_PROPOSED_ON;
import static org.decisionledger.command.decision.DecisionTestData.STAFFORDSHIRE;
import static org.decisionledger.command.decision.DecisionTestData.URGENT;
import static org.decisionledger.command.decision.DecisionTestData.approve;
import static org.decisionledger.command.decision.DecisionTestData.approved;
import static org.decisionledger.command.decision.DecisionTestData.kentNotice;
import static org.decisionledger.command.decision.DecisionTestData.kentProposed;
import static org.decisionledger.command.decision.DecisionTestData.proposed;
import static org.decisionledger.command.decision.DecisionTestData.refused;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DATED_BEFORE_PROPOSAL;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.kernel.decision.DecisionDeferred;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.decision.DecisionProcedure;
import org.decisionledger.kernel.decision.DecisionRejected;
import org.decisionledger.kernel.decision.DecisionWithdrawn;
import org.decisionledger.kernel.decision.DeferDecision;
import org.decisionledger.kernel.decision.KeyDecisionNoticePublished;
import org.decisionledger.kernel.decision.PublishDecision;
import org.decisionledger.kernel.decision.PublishKeyDecisionNotice;
import org.decisionledger.kernel.decision.RecordGeneralException;
import org.decisionledger.kernel.decision.RecordSpecialUrgency;
import org.decisionledger.kernel.decision.RejectDecision;
import org.decisionledger.kernel.decision.SpecialUrgencyRecorded;
import org.decisionledger.kernel.decision.WithdrawDecision;
import org.junit.jupiter.api.Test;

/**
 * Nothing happens to a decision before it was proposed: every dated step up to the decision itself
 * is refused before the proposal's day and records nothing, and the proposal's own day is allowed.
 */
class ProposalDateTest {

    private static final String REASONS = "Awaiting the DfE's response";
    /** Kent proposed on 20 January 2021; a day before it. */
    private static final LocalDate THE_DAY_BEFORE = KENT_PROPOSED_ON.minusDays(1);
    private static final DecisionId NON_KEY = new DecisionId("kent-non-key");

    private final AggregateTestFixture<Decision> fixture = DecisionTestData.fixture();

    @Test
    void aNoticeDatedBeforeTheProposalIsRefused() {
        fixture.given(kentProposed())
                .when(new PublishKeyDecisionNotice(KENT_DECISION, THE_DAY_BEFORE))
                .expectNoEvents()
                .expectException(refused(DATED_BEFORE_PROPOSAL));
    }

    @Test
    void aNoticeOnTheDayOfTheProposalIsAccepted() {
        fixture.given(kentProposed())
                .when(new PublishKeyDecisionNotice(KENT_DECISION, KENT_PROPOSED_ON))
                .expectEvents(new KeyDecisionNoticePublished(KENT_DECISION, KENT_PROPOSED_ON, null, 28,
                        KENT_PROPOSED_ON.plusDays(29)));
    }

    @Test
    void aGeneralExceptionWithEitherDateBeforeTheProposalIsRefused() {
        fixture.given(kentProposed())
                .when(new RecordGeneralException(KENT_DECISION, THE_DAY_BEFORE, KENT_NOTICE_FIRST_PUBLISHED, REASONS))
                .expectNoEvents()
                .expectException(refused(DATED_BEFORE_PROPOSAL));
        fixture.given(kentProposed())
                .when(new RecordGeneralException(KENT_DECISION, KENT_NOTICE_FIRST_PUBLISHED, THE_DAY_BEFORE, REASONS))
                .expectNoEvents()
                .expectException(refused(DATED_BEFORE_PROPOSAL));
    }

    @Test
    void specialUrgencyAgreedBeforeTheProposalIsRefused() {
        fixture.given(kentProposed())
                .when(new RecordSpecialUrgency(KENT_DECISION, "Chair of Scrutiny", THE_DAY_BEFORE, REASONS))
                .expectNoEvents()
                .expectException(refused(DATED_BEFORE_PROPOSAL));
        fixture.given(kentProposed())
                .when(new RecordSpecialUrgency(KENT_DECISION, "Chair of Scrutiny", KENT_PROPOSED_ON, REASONS))
                .expectEvents(new SpecialUrgencyRecorded(KENT_DECISION, "Chair of Scrutiny", KENT_PROPOSED_ON,
                        REASONS));
    }

    @Test
    void anApprovalDatedBeforeTheProposalIsRefusedAndNotRecordedAsAnEarlyDecision() {
        fixture.given(kentProposed(), kentNotice())
                .when(approve(KENT_DECISION, THE_DAY_BEFORE))
                .expectNoEvents()
                .expectException(refused(DATED_BEFORE_PROPOSAL));
    }

    @Test
    void aDecisionThatIsNotKeyMayBeTakenOnTheDayItWasProposed() {
        fixture.given(proposed(NON_KEY, KENT, false, KENT_PROPOSED_ON))
                .when(approve(NON_KEY, KENT_PROPOSED_ON))
                .expectEvents(approved(NON_KEY, KENT_PROPOSED_ON, DecisionProcedure.NOT_A_KEY_DECISION));
        fixture.given(proposed(NON_KEY, KENT, false, KENT_PROPOSED_ON))
                .when(approve(NON_KEY, THE_DAY_BEFORE))
                .expectNoEvents()
                .expectException(refused(DATED_BEFORE_PROPOSAL));
    }

    @Test
    void aRejectionDeferralOrWithdrawalDatedBeforeTheProposalIsRefused() {
        for (Object command : new Object[] {new RejectDecision(KENT_DECISION, THE_DAY_BEFORE, REASONS),
                new DeferDecision(KENT_DECISION, THE_DAY_BEFORE, REASONS),
                new WithdrawDecision(KENT_DECISION, THE_DAY_BEFORE, REASONS)}) {
            fixture.given(kentProposed())
                    .when(command)
                    .expectNoEvents()
                    .expectException(refused(DATED_BEFORE_PROPOSAL));
        }
    }

    @Test
    void aRejectionDeferralOrWithdrawalOnTheDayOfTheProposalIsAccepted() {
        fixture.given(kentProposed())
                .when(new RejectDecision(KENT_DECISION, KENT_PROPOSED_ON, REASONS))
                .expectEvents(new DecisionRejected(KENT_DECISION, KENT_PROPOSED_ON, REASONS));
        fixture.given(kentProposed())
                .when(new DeferDecision(KENT_DECISION, KENT_PROPOSED_ON, REASONS))
                .expectEvents(new DecisionDeferred(KENT_DECISION, KENT_PROPOSED_ON, REASONS));
        fixture.given(kentProposed())
                .when(new WithdrawDecision(KENT_DECISION, KENT_PROPOSED_ON, REASONS))
                .expectEvents(new DecisionWithdrawn(KENT_DECISION, KENT_PROPOSED_ON, REASONS));
    }

    /**
     * Publication follows the decision, which follows the proposal. A decision recorded as taken
     * before its proposal (entered before proposals could be dated) is still published after it.
     */
    @Test
    void aPublicationIsHeldByItsDecisionNotComparedWithTheProposalAgain() {
        LocalDate proposedOn = LocalDate.of(2023, 9, 25);
        LocalDate decidedOn = LocalDate.of(2023, 9, 20);
        fixture.given(proposed(DECISION, STAFFORDSHIRE, false, proposedOn),
                        approved(DECISION, decidedOn, DecisionProcedure.NOT_A_KEY_DECISION))
                .when(new PublishDecision(DECISION, decidedOn.plusDays(1), false, URGENT, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aKeyDecisionAfterItsNoticeAndProposalIsTaken() {
        fixture.given(kentProposed(), kentNotice())
                .when(approve(KENT_DECISION, KENT_EARLIEST_DECISION))
                .expectEvents(approved(KENT_DECISION, KENT_EARLIEST_DECISION, DecisionProcedure.KEY_DECISION_NOTICE));
    }
}
