package org.decisionledger.command.decision;

import static org.decisionledger.command.decision.DecisionTestData.DECIDED_ON;
import static org.decisionledger.command.decision.DecisionTestData.KENT;
import static org.decisionledger.command.decision.DecisionTestData.KENT_DECISION;
import static org.decisionledger.command.decision.DecisionTestData.KENT_EARLIEST_DECISION;
import static org.decisionledger.command.decision.DecisionTestData.KENT_EARLIEST_UNDER_GENERAL_EXCEPTION;
import static org.decisionledger.command.decision.DecisionTestData.KENT_NOTICE_FIRST_PUBLISHED;
import static org.decisionledger.command.decision.DecisionTestData.approved;
import static org.decisionledger.command.decision.DecisionTestData.kentNotice;
import static org.decisionledger.command.decision.DecisionTestData.kentProposed;
import static org.decisionledger.command.decision.DecisionTestData.proposed;
import static org.decisionledger.command.decision.DecisionTestData.refused;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECISION_ALREADY_DECIDED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.DECISION_CLOSED;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.NOTICE_BEFORE_FIRST_PUBLICATION;
import static org.decisionledger.kernel.decision.DecisionRefusalCodes.NOT_A_KEY_DECISION;

import java.time.LocalDate;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.decision.DecisionWithdrawn;
import org.decisionledger.kernel.decision.GeneralExceptionRecorded;
import org.decisionledger.kernel.decision.KeyDecisionNoticePublished;
import org.decisionledger.kernel.decision.PublishKeyDecisionNotice;
import org.decisionledger.kernel.decision.RecordGeneralException;
import org.decisionledger.kernel.decision.RecordSpecialUrgency;
import org.decisionledger.kernel.decision.SpecialUrgencyRecorded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forward plan: notice of a key decision, the general exception and special urgency. */
class ForwardPlanTest {

    private static final DecisionId NON_KEY = new DecisionId("non-key-decision");
    private static final LocalDate RE_DATED = LocalDate.of(2021, 2, 25);
    private static final String GENERAL_EXCEPTION_REASONS = "The strategy must be in place before the new term";

    private final AggregateTestFixture<Decision> fixture = DecisionTestData.fixture();

    @Test
    void theFirstNoticeFixesTheEarliestDecisionDateUnderTheRuleInForce() {
        fixture.given(kentProposed())
                .when(new PublishKeyDecisionNotice(KENT_DECISION, KENT_NOTICE_FIRST_PUBLISHED))
                .expectEvents(kentNotice())
                .expectResultMessagePayload(new CommandAccepted(KENT_DECISION.value(), 1,
                        Map.of("earliestDecisionDate", "2021-03-05")));
    }

    @Test
    void aReDatedNoticeKeepsItsFirstPublication() {
        fixture.given(kentProposed(), kentNotice())
                .when(new PublishKeyDecisionNotice(KENT_DECISION, RE_DATED))
                .expectEvents(new KeyDecisionNoticePublished(KENT_DECISION, KENT_NOTICE_FIRST_PUBLISHED, RE_DATED, 28,
                        KENT_EARLIEST_DECISION))
                .expectResultMessagePayload(new CommandAccepted(KENT_DECISION.value(), 2,
                        Map.of("earliestDecisionDate", "2021-03-05")));
    }

    @Test
    void theSameNoticeSentAgainRecordsNothing() {
        fixture.given(kentProposed(), kentNotice())
                .when(new PublishKeyDecisionNotice(KENT_DECISION, KENT_NOTICE_FIRST_PUBLISHED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aReDatedNoticeCannotBeEarlierThanTheFirst() {
        fixture.given(kentProposed(), kentNotice())
                .when(new PublishKeyDecisionNotice(KENT_DECISION, KENT_NOTICE_FIRST_PUBLISHED.minusDays(1)))
                .expectNoEvents()
                .expectException(refused(NOTICE_BEFORE_FIRST_PUBLICATION));
    }

    @Test
    void aNonKeyDecisionHasNoForwardPlanNotice() {
        fixture.given(proposed(NON_KEY, KENT, false))
                .when(new PublishKeyDecisionNotice(NON_KEY, KENT_NOTICE_FIRST_PUBLISHED))
                .expectNoEvents()
                .expectException(refused(NOT_A_KEY_DECISION));
    }

    @Test
    void noticeAfterTheDecisionWasTakenIsRefused() {
        fixture.given(proposed(), approved())
                .when(new PublishKeyDecisionNotice(DecisionTestData.DECISION, DECIDED_ON))
                .expectNoEvents()
                .expectException(refused(DECISION_ALREADY_DECIDED));
    }

    @Test
    void noticeOfAWithdrawnItemIsRefused() {
        fixture.given(kentProposed(), new DecisionWithdrawn(KENT_DECISION, RE_DATED, "No longer needed"))
                .when(new PublishKeyDecisionNotice(KENT_DECISION, KENT_NOTICE_FIRST_PUBLISHED))
                .expectNoEvents()
                .expectException(refused(DECISION_CLOSED));
    }

    @Test
    void theGeneralExceptionAllowsTheDecisionSixDaysAfterItsNotice() {
        fixture.given(kentProposed())
                .when(new RecordGeneralException(KENT_DECISION, KENT_NOTICE_FIRST_PUBLISHED,
                        KENT_NOTICE_FIRST_PUBLISHED, GENERAL_EXCEPTION_REASONS))
                .expectEvents(new GeneralExceptionRecorded(KENT_DECISION, KENT_NOTICE_FIRST_PUBLISHED,
                        KENT_NOTICE_FIRST_PUBLISHED, GENERAL_EXCEPTION_REASONS, 5, KENT_EARLIEST_UNDER_GENERAL_EXCEPTION))
                .expectResultMessagePayload(new CommandAccepted(KENT_DECISION.value(), 1,
                        Map.of("earliestDecisionDate", "2021-02-10")));
    }

    /** Reg 10: the five clear days run from the later of the chair being told and the notice (4 Feb 2021). */
    @ParameterizedTest(name = "chair told {0}: earliest {1}")
    @CsvSource({"2021-02-22, 2021-02-28", "2021-02-01, 2021-02-10"})
    void theGeneralExceptionsFiveClearDaysRunFromTheLaterOfTheChairBeingToldAndTheNotice(LocalDate chairTold,
            LocalDate earliest) {
        fixture.given(kentProposed())
                .when(new RecordGeneralException(KENT_DECISION, chairTold, KENT_NOTICE_FIRST_PUBLISHED,
                        GENERAL_EXCEPTION_REASONS))
                .expectEvents(new GeneralExceptionRecorded(KENT_DECISION, chairTold, KENT_NOTICE_FIRST_PUBLISHED,
                        GENERAL_EXCEPTION_REASONS, 5, earliest))
                .expectResultMessagePayload(new CommandAccepted(KENT_DECISION.value(), 1,
                        Map.of("earliestDecisionDate", earliest.toString())));
    }

    @Test
    void theGeneralExceptionForANonKeyDecisionIsRefused() {
        fixture.given(proposed(NON_KEY, KENT, false))
                .when(new RecordGeneralException(NON_KEY, KENT_NOTICE_FIRST_PUBLISHED, KENT_NOTICE_FIRST_PUBLISHED,
                        GENERAL_EXCEPTION_REASONS))
                .expectNoEvents()
                .expectException(refused(NOT_A_KEY_DECISION));
    }

    @Test
    void specialUrgencyRecordsWhoAgreedAndWhen() {
        fixture.given(kentProposed())
                .when(new RecordSpecialUrgency(KENT_DECISION, "Chair of the Scrutiny Committee", RE_DATED,
                        "Funding lapses at the end of the month"))
                .expectEvents(new SpecialUrgencyRecorded(KENT_DECISION, "Chair of the Scrutiny Committee", RE_DATED,
                        "Funding lapses at the end of the month"));
    }

    @Test
    void specialUrgencyAfterTheDecisionWasTakenIsRefused() {
        fixture.given(proposed(), approved())
                .when(new RecordSpecialUrgency(DecisionTestData.DECISION, "Chair of the Scrutiny Committee",
                        DECIDED_ON, "Too late"))
                .expectNoEvents()
                .expectException(refused(DECISION_ALREADY_DECIDED));
    }

    @Test
    void specialUrgencyForANonKeyDecisionIsRefused() {
        fixture.given(proposed(NON_KEY, KENT, false))
                .when(new RecordSpecialUrgency(NON_KEY, "Chair of the Scrutiny Committee", RE_DATED, "Urgent"))
                .expectNoEvents()
                .expectException(refused(NOT_A_KEY_DECISION));
    }
}
