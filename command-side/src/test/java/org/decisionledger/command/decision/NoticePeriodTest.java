package org.decisionledger.command.decision;

import static org.decisionledger.command.decision.DecisionTestData.KENT;
import static org.decisionledger.command.decision.DecisionTestData.KENT_DECISION;
import static org.decisionledger.command.decision.DecisionTestData.KENT_EARLIEST_DECISION;
import static org.decisionledger.command.decision.DecisionTestData.KENT_EARLIEST_UNDER_GENERAL_EXCEPTION;
import static org.decisionledger.command.decision.DecisionTestData.KENT_EARLY_DECISION;
import static org.decisionledger.command.decision.DecisionTestData.KENT_PROPOSED_ON;
import static org.decisionledger.command.decision.DecisionTestData.KENT_NOTICE_FIRST_PUBLISHED;
import static org.decisionledger.command.decision.DecisionTestData.approve;
import static org.decisionledger.command.decision.DecisionTestData.approved;
import static org.decisionledger.command.decision.DecisionTestData.kentNotice;
import static org.decisionledger.command.decision.DecisionTestData.kentProposed;
import static org.decisionledger.command.decision.DecisionTestData.proposed;
import static org.decisionledger.command.decision.DecisionTestData.refusalRecorded;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.NOTICE_PERIOD_NOT_MET;

import java.time.LocalDate;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.decision.ApproveRecommendations;
import org.decisionledger.kernel.decision.DecisionDeferred;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.decision.DecisionProcedure;
import org.decisionledger.kernel.decision.EarlyKeyDecisionRefused;
import org.decisionledger.kernel.decision.GeneralExceptionRecorded;
import org.decisionledger.kernel.decision.RecordGeneralException;
import org.decisionledger.kernel.decision.SpecialUrgencyRecorded;
import org.junit.jupiter.api.Test;

/**
 * The notice period of a key decision (regs 9 to 11), on seed 004: Kent's SEND Strategy 2021-2024,
 * notice first published 4 February 2021, "not before 5th Mar 2021".
 */
class NoticePeriodTest {

    private static final String CHAIR = "Chair of the Children's, Young People and Education Cabinet Committee";

    private final AggregateTestFixture<Decision> fixture = DecisionTestData.fixture();

    @Test
    void kentMayDecideOnTheFifthOfMarchWhenTheNoticePeriodHasRun() {
        fixture.given(kentProposed(), kentNotice())
                .when(approve(KENT_DECISION, KENT_EARLIEST_DECISION))
                .expectEvents(approved(KENT_DECISION, KENT_EARLIEST_DECISION, DecisionProcedure.KEY_DECISION_NOTICE))
                .expectResultMessagePayload(new CommandAccepted(KENT_DECISION.value(), 2,
                        Map.of("procedure", "KEY_DECISION_NOTICE")));
    }

    @Test
    void kentDecidingOnTheFirstOfMarchIsRefusedAndRecorded() {
        fixture.given(kentProposed(), kentNotice())
                .when(approve(KENT_DECISION, KENT_EARLY_DECISION))
                .expectEvents(new EarlyKeyDecisionRefused(KENT_DECISION, KENT_EARLY_DECISION,
                        KENT_NOTICE_FIRST_PUBLISHED, KENT_EARLIEST_DECISION, NOTICE_PERIOD_NOT_MET, null))
                .expectResultMessagePayloadMatching(refusalRecorded(KENT_DECISION, 2, NOTICE_PERIOD_NOT_MET));
    }

    @Test
    void aKeyDecisionWithNoNoticeAtAllIsRefusedAndRecorded() {
        fixture.given(kentProposed())
                .when(approve(KENT_DECISION, KENT_EARLIEST_DECISION))
                .expectEvents(new EarlyKeyDecisionRefused(KENT_DECISION, KENT_EARLIEST_DECISION, null, null,
                        NOTICE_PERIOD_NOT_MET, null))
                .expectResultMessagePayloadMatching(refusalRecorded(KENT_DECISION, 1, NOTICE_PERIOD_NOT_MET));
    }

    @Test
    void aPublishedRecordThatShowsNoNoticeIsEnteredAsSuchAndNotRefused() {
        fixture.given(kentProposed())
                .when(fromPublishedRecord(approve(KENT_DECISION, KENT_EARLY_DECISION)))
                .expectEvents(approved(KENT_DECISION, KENT_EARLY_DECISION,
                        DecisionProcedure.NOT_SHOWN_IN_PUBLISHED_RECORD))
                .expectResultMessagePayload(new CommandAccepted(KENT_DECISION.value(), 1,
                        Map.of("procedure", "NOT_SHOWN_IN_PUBLISHED_RECORD")));
    }

    @Test
    void aPublishedRecordIsStillHeldToANoticePeriodTheLedgerKnows() {
        fixture.given(kentProposed(), kentNotice())
                .when(fromPublishedRecord(approve(KENT_DECISION, KENT_EARLY_DECISION)))
                .expectEvents(new EarlyKeyDecisionRefused(KENT_DECISION, KENT_EARLY_DECISION,
                        KENT_NOTICE_FIRST_PUBLISHED, KENT_EARLIEST_DECISION, NOTICE_PERIOD_NOT_MET, null))
                .expectResultMessagePayloadMatching(refusalRecorded(KENT_DECISION, 2, NOTICE_PERIOD_NOT_MET));
    }

    @Test
    void theGeneralExceptionAllowsKentToDecideOnTheFirstOfMarch() {
        fixture.given(kentProposed(), kentNotice(), generalException(KENT_NOTICE_FIRST_PUBLISHED))
                .when(approve(KENT_DECISION, KENT_EARLY_DECISION))
                .expectEvents(approved(KENT_DECISION, KENT_EARLY_DECISION, DecisionProcedure.GENERAL_EXCEPTION));
    }

    @Test
    void aGeneralExceptionWhosePeriodHasNotRunIsRefusedAndRecorded() {
        LocalDate lateNotice = LocalDate.of(2021, 2, 26);
        fixture.given(kentProposed(), kentNotice(), generalException(lateNotice))
                .when(approve(KENT_DECISION, KENT_EARLY_DECISION))
                .expectEvents(new EarlyKeyDecisionRefused(KENT_DECISION, KENT_EARLY_DECISION,
                        KENT_NOTICE_FIRST_PUBLISHED, KENT_EARLIEST_DECISION, NOTICE_PERIOD_NOT_MET, null))
                .expectResultMessagePayloadMatching(refusalRecorded(KENT_DECISION, 3, NOTICE_PERIOD_NOT_MET));
    }

    /** Kent's proposal with a general exception whose chair was told after its notice of 4 February. */
    private org.axonframework.test.aggregate.TestExecutor<Decision> generalExceptionWithTheChairTold(LocalDate chairTold) {
        return fixture.given(kentProposed())
                .andGivenCommands(new RecordGeneralException(KENT_DECISION, chairTold, KENT_NOTICE_FIRST_PUBLISHED,
                        "The strategy must be in place before the new term"));
    }

    @Test
    void aDecisionBeforeFiveClearDaysAfterTheChairWasToldIsRefusedAndRecorded() {
        LocalDate chairTold = LocalDate.of(2021, 2, 22);
        generalExceptionWithTheChairTold(chairTold)
                .when(approve(KENT_DECISION, chairTold.plusDays(5)))
                .expectEvents(new EarlyKeyDecisionRefused(KENT_DECISION, chairTold.plusDays(5), null, null,
                        NOTICE_PERIOD_NOT_MET, null))
                .expectResultMessagePayloadMatching(refusalRecorded(KENT_DECISION, 2, NOTICE_PERIOD_NOT_MET));
    }

    @Test
    void aDecisionFiveClearDaysAfterTheChairWasToldIsTakenUnderTheGeneralException() {
        LocalDate chairTold = LocalDate.of(2021, 2, 22);
        generalExceptionWithTheChairTold(chairTold)
                .when(approve(KENT_DECISION, chairTold.plusDays(6)))
                .expectEvents(approved(KENT_DECISION, chairTold.plusDays(6), DecisionProcedure.GENERAL_EXCEPTION));
    }

    @Test
    void specialUrgencyAllowsKentToDecideOnTheFirstOfMarch() {
        fixture.given(kentProposed(), kentNotice(), specialUrgency(LocalDate.of(2021, 2, 26)))
                .when(approve(KENT_DECISION, KENT_EARLY_DECISION))
                .expectEvents(approved(KENT_DECISION, KENT_EARLY_DECISION, DecisionProcedure.SPECIAL_URGENCY));
    }

    @Test
    void specialUrgencyAgreedAfterTheDecisionDayDoesNotAllowItAndTheRefusalIsRecorded() {
        fixture.given(kentProposed(), kentNotice(), specialUrgency(KENT_EARLY_DECISION.plusDays(1)))
                .when(approve(KENT_DECISION, KENT_EARLY_DECISION))
                .expectEvents(new EarlyKeyDecisionRefused(KENT_DECISION, KENT_EARLY_DECISION,
                        KENT_NOTICE_FIRST_PUBLISHED, KENT_EARLIEST_DECISION, NOTICE_PERIOD_NOT_MET, null))
                .expectResultMessagePayloadMatching(refusalRecorded(KENT_DECISION, 3, NOTICE_PERIOD_NOT_MET));
    }

    @Test
    void aDecisionThatIsNotKeyNeedsNoNotice() {
        DecisionId nonKey = new DecisionId("kent-non-key");
        fixture.given(proposed(nonKey, KENT, false, KENT_PROPOSED_ON))
                .when(approve(nonKey, KENT_EARLY_DECISION))
                .expectEvents(approved(nonKey, KENT_EARLY_DECISION, DecisionProcedure.NOT_A_KEY_DECISION));
    }

    @Test
    void aRefusedEarlyDecisionCanBeTakenOnceTheNoticePeriodHasRun() {
        fixture.given(kentProposed(), kentNotice(),
                        new EarlyKeyDecisionRefused(KENT_DECISION, KENT_EARLY_DECISION, KENT_NOTICE_FIRST_PUBLISHED,
                                KENT_EARLIEST_DECISION, NOTICE_PERIOD_NOT_MET, "refused"))
                .when(approve(KENT_DECISION, KENT_EARLIEST_DECISION))
                .expectEvents(approved(KENT_DECISION, KENT_EARLIEST_DECISION, DecisionProcedure.KEY_DECISION_NOTICE));
    }

    @Test
    void aDeferredKeyDecisionIsStillHeldToItsNoticePeriod() {
        fixture.given(kentProposed(), kentNotice(), new DecisionDeferred(KENT_DECISION, LocalDate.of(2021, 2, 20),
                        "Awaiting the consultation report"))
                .when(approve(KENT_DECISION, KENT_EARLY_DECISION))
                .expectEvents(new EarlyKeyDecisionRefused(KENT_DECISION, KENT_EARLY_DECISION,
                        KENT_NOTICE_FIRST_PUBLISHED, KENT_EARLIEST_DECISION, NOTICE_PERIOD_NOT_MET, null))
                .expectResultMessagePayloadMatching(refusalRecorded(KENT_DECISION, 3, NOTICE_PERIOD_NOT_MET));
    }

    private static ApproveRecommendations fromPublishedRecord(ApproveRecommendations approval) {
        return new ApproveRecommendations(approval.decisionId(), approval.decidedOn(), approval.decidedAt(),
                approval.resolutions(), approval.reasons(), approval.alternativesRejected(),
                approval.conflictsOfInterest(), approval.dispensations(), true);
    }

    private static GeneralExceptionRecorded generalException(LocalDate noticeDay) {
        LocalDate earliest = noticeDay.equals(KENT_NOTICE_FIRST_PUBLISHED)
                ? KENT_EARLIEST_UNDER_GENERAL_EXCEPTION
                : noticeDay.plusDays(6);
        return new GeneralExceptionRecorded(KENT_DECISION, noticeDay, noticeDay,
                "The strategy must be in place before the new term", 5, earliest);
    }

    private static SpecialUrgencyRecorded specialUrgency(LocalDate agreedOn) {
        return new SpecialUrgencyRecorded(KENT_DECISION, CHAIR, agreedOn, "Funding lapses at the end of the month");
    }
}
