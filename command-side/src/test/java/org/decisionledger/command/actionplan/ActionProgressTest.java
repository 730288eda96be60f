package org.decisionledger.command.actionplan;

import static org.decisionledger.command.actionplan.ActionPlanTestData.ACTION_1_1_A;
import static org.decisionledger.command.actionplan.ActionPlanTestData.PLAN;
import static org.decisionledger.command.actionplan.ActionPlanTestData.TODAY;
import static org.decisionledger.command.actionplan.ActionPlanTestData.invalid;
import static org.decisionledger.command.actionplan.ActionPlanTestData.notFound;
import static org.decisionledger.command.actionplan.ActionPlanTestData.planWithActions;
import static org.decisionledger.command.actionplan.ActionPlanTestData.refused;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.kernel.actionplan.ActionRef;
import org.decisionledger.kernel.actionplan.CiteEvidence;
import org.decisionledger.kernel.actionplan.EvidenceCited;
import org.decisionledger.kernel.actionplan.RecordSubGroupUpdate;
import org.decisionledger.kernel.actionplan.SubGroupUpdateRecorded;
import org.junit.jupiter.api.Test;

/** Dated sub-group updates and named evidence on an action. */
class ActionProgressTest {

    private static final String FEBRUARY_2021_UPDATE = "Several sub groups, inc Joint Comm and EHCP, have reviewed "
            + "their ToR inc membership, and delivery plans";

    private final AggregateTestFixture<ActionPlan> fixture = ActionPlanTestData.fixture();

    @Test
    void aSubGroupUpdateIsRecordedWithTheMonthItIsDated() {
        fixture.given(planWithActions())
                .when(new RecordSubGroupUpdate(PLAN, ACTION_1_1_A, "2021-02", FEBRUARY_2021_UPDATE, null, TODAY))
                .expectEvents(new SubGroupUpdateRecorded(PLAN, ACTION_1_1_A, "2021-02", FEBRUARY_2021_UPDATE, null,
                        TODAY));
    }

    @Test
    void aSubGroupUpdateMayNameWhoReportedIt() {
        fixture.given(planWithActions())
                .when(new RecordSubGroupUpdate(PLAN, ACTION_1_1_A, "2021-04-14", "Sub group chairs to attend the IPG",
                        "Management Group", TODAY))
                .expectEvents(new SubGroupUpdateRecorded(PLAN, ACTION_1_1_A, "2021-04-14",
                        "Sub group chairs to attend the IPG", "Management Group", TODAY));
    }

    @Test
    void aSubGroupUpdateOnAnUnknownActionIsRefused() {
        fixture.given(planWithActions())
                .when(new RecordSubGroupUpdate(PLAN, new ActionRef("1.1.z"), "2021-02", "Anything", null, TODAY))
                .expectNoEvents()
                .expectException(notFound("UNKNOWN_ACTION"));
    }

    @Test
    void aSubGroupUpdateNeedsWordsAndADate() {
        fixture.given(planWithActions())
                .when(new RecordSubGroupUpdate(PLAN, ACTION_1_1_A, "2021-02", " ", null, TODAY))
                .expectNoEvents()
                .expectException(invalid("body"));
        fixture.given(planWithActions())
                .when(new RecordSubGroupUpdate(PLAN, ACTION_1_1_A, "February 2021", "Anything", null, TODAY))
                .expectNoEvents()
                .expectException(invalid("date"));
    }

    @Test
    void evidenceIsCitedByName() {
        fixture.given(planWithActions())
                .when(new CiteEvidence(PLAN, ACTION_1_1_A, "SEND Governance structure", null, TODAY))
                .expectEvents(new EvidenceCited(PLAN, ACTION_1_1_A, "SEND Governance structure", null, TODAY));
    }

    @Test
    void theSameSubGroupUpdateIsRecordedOnce() {
        fixture.given(planWithActions())
                .andGiven(new SubGroupUpdateRecorded(PLAN, ACTION_1_1_A, "2021-02", FEBRUARY_2021_UPDATE, null, TODAY))
                .when(new RecordSubGroupUpdate(PLAN, ACTION_1_1_A, "2021-02", FEBRUARY_2021_UPDATE + " ", null, TODAY))
                .expectNoEvents()
                .expectException(refused("SUB_GROUP_UPDATE_ALREADY_RECORDED"));
        fixture.given(planWithActions())
                .andGiven(new SubGroupUpdateRecorded(PLAN, ACTION_1_1_A, "2021-02", FEBRUARY_2021_UPDATE, null, TODAY))
                .when(new RecordSubGroupUpdate(PLAN, ACTION_1_1_A, "2021-03", FEBRUARY_2021_UPDATE, null, TODAY))
                .expectEvents(new SubGroupUpdateRecorded(PLAN, ACTION_1_1_A, "2021-03", FEBRUARY_2021_UPDATE, null,
                        TODAY));
    }

    @Test
    void theSameDocumentIsCitedOnce() {
        fixture.given(planWithActions())
                .andGiven(new EvidenceCited(PLAN, ACTION_1_1_A, "SEND Governance structure", null, TODAY))
                .when(new CiteEvidence(PLAN, ACTION_1_1_A, "send governance  structure", null, TODAY))
                .expectNoEvents()
                .expectException(refused("EVIDENCE_ALREADY_CITED"));
    }

    @Test
    void theSameDocumentMayBeCitedByAnotherAction() {
        fixture.given(planWithActions())
                .andGiven(new EvidenceCited(PLAN, ACTION_1_1_A, "WSoA Positive Practice examples", null, TODAY))
                .when(new CiteEvidence(PLAN, new ActionRef("1.1.e"), "WSoA Positive Practice examples", null, TODAY))
                .expectEvents(new EvidenceCited(PLAN, new ActionRef("1.1.e"), "WSoA Positive Practice examples", null,
                        TODAY));
    }

    @Test
    void evidenceForAnUnknownActionIsRefused() {
        fixture.given(planWithActions())
                .when(new CiteEvidence(PLAN, new ActionRef("1.1.z"), "Minutes", null, TODAY))
                .expectNoEvents()
                .expectException(notFound("UNKNOWN_ACTION"));
    }

    @Test
    void evidenceNeedsAName() {
        fixture.given(planWithActions())
                .when(new CiteEvidence(PLAN, ACTION_1_1_A, "", null, TODAY))
                .expectNoEvents()
                .expectException(invalid("name"));
    }
}
