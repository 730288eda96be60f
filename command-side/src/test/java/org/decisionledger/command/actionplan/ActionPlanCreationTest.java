package org.decisionledger.command.actionplan;

import static org.decisionledger.command.actionplan.ActionPlanTestData.APP_DECISION;
import static org.decisionledger.command.actionplan.ActionPlanTestData.CREATED_ON;
import static org.decisionledger.command.actionplan.ActionPlanTestData.KENT;
import static org.decisionledger.command.actionplan.ActionPlanTestData.KENT_DECISION;
import static org.decisionledger.command.actionplan.ActionPlanTestData.KENT_SCRUTINY_ITEM;
import static org.decisionledger.command.actionplan.ActionPlanTestData.PLAN;
import static org.decisionledger.command.actionplan.ActionPlanTestData.STAFFORDSHIRE;
import static org.decisionledger.command.actionplan.ActionPlanTestData.create;
import static org.decisionledger.command.actionplan.ActionPlanTestData.created;
import static org.decisionledger.command.actionplan.ActionPlanTestData.invalid;
import static org.decisionledger.command.actionplan.ActionPlanTestData.notFound;
import static org.decisionledger.command.actionplan.ActionPlanTestData.refused;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.kernel.actionplan.ActionPlanCreated;
import org.decisionledger.kernel.actionplan.ActionPlanKind;
import org.decisionledger.kernel.actionplan.CreateActionPlan;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.scrutiny.ScrutinyItemId;
import org.junit.jupiter.api.Test;

class ActionPlanCreationTest {

    private final AggregateTestFixture<ActionPlan> fixture = ActionPlanTestData.fixture();

    @Test
    void aCouncilsPlanIsCreatedAtVersionZero() {
        fixture.givenNoPriorActivity()
                .when(create())
                .expectEvents(created())
                .expectResultMessagePayload(CommandAccepted.of(PLAN.value(), 0));
    }

    @Test
    void anAcceleratedProgressPlanNamesTheDecisionThatEndorsedIt() {
        CreateActionPlan app = new CreateActionPlan(PLAN, STAFFORDSHIRE, "SEND Accelerated Progress Plan",
                ActionPlanKind.ACCELERATED_PROGRESS_PLAN, APP_DECISION, null, null, null, null, CREATED_ON);

        fixture.givenNoPriorActivity()
                .when(app)
                .expectEvents(new ActionPlanCreated(PLAN, STAFFORDSHIRE, "SEND Accelerated Progress Plan",
                        ActionPlanKind.ACCELERATED_PROGRESS_PLAN, APP_DECISION, null, null, null, null, CREATED_ON));
    }

    @Test
    void aPlanAnsweringAnInspectionRecordsWhenItWasDue() {
        LocalDate findingsPublished = LocalDate.of(2018, 5, 16);
        LocalDate dueBy = LocalDate.of(2018, 7, 25);
        CreateActionPlan wsoa = new CreateActionPlan(PLAN, new AuthorityId("kent"), "Written Statement of Action",
                ActionPlanKind.WRITTEN_STATEMENT_OF_ACTION, null, null, "Joint local area SEND inspection",
                findingsPublished, dueBy, CREATED_ON);

        fixture.givenNoPriorActivity()
                .when(wsoa)
                .expectEvents(new ActionPlanCreated(PLAN, new AuthorityId("kent"), "Written Statement of Action",
                        ActionPlanKind.WRITTEN_STATEMENT_OF_ACTION, null, null, "Joint local area SEND inspection",
                        findingsPublished, dueBy, CREATED_ON));
    }

    @Test
    void aPlanCannotHaveBeenDueBeforeTheInspectionWasPublished() {
        fixture.givenNoPriorActivity()
                .when(new CreateActionPlan(PLAN, STAFFORDSHIRE, "WSOA", ActionPlanKind.WRITTEN_STATEMENT_OF_ACTION,
                        null, null, "Inspection", LocalDate.of(2018, 5, 16), LocalDate.of(2018, 5, 1), CREATED_ON))
                .expectNoEvents()
                .expectException(invalid("submissionDueBy"));
    }

    @Test
    void aPlanOfAnUnknownCouncilIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateActionPlan(PLAN, new AuthorityId("narnia"), "Plan", ActionPlanKind.IMPROVEMENT_PLAN,
                        null, null, null, null, null, CREATED_ON))
                .expectNoEvents()
                .expectException(notFound("UNKNOWN_AUTHORITY"));
    }

    @Test
    void aSourceDecisionThatIsNotInTheLedgerIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateActionPlan(PLAN, STAFFORDSHIRE, "Plan", ActionPlanKind.ACCELERATED_PROGRESS_PLAN,
                        new DecisionId("no-such-decision"), null, null, null, null, CREATED_ON))
                .expectNoEvents()
                .expectException(notFound("UNKNOWN_DECISION"));
    }

    @Test
    void anotherCouncilsDecisionCannotBeThePlansSource() {
        fixture.givenNoPriorActivity()
                .when(new CreateActionPlan(PLAN, STAFFORDSHIRE, "Plan", ActionPlanKind.ACCELERATED_PROGRESS_PLAN,
                        KENT_DECISION, null, null, null, null, CREATED_ON))
                .expectNoEvents()
                .expectException(refused("DECISION_OF_ANOTHER_AUTHORITY"));
    }

    @Test
    void aPlanNeedsATitleAndAKind() {
        fixture.givenNoPriorActivity()
                .when(new CreateActionPlan(PLAN, STAFFORDSHIRE, " ", ActionPlanKind.IMPROVEMENT_PLAN, null, null, null,
                        null, null, CREATED_ON))
                .expectNoEvents()
                .expectException(invalid("title"));
        fixture.givenNoPriorActivity()
                .when(new CreateActionPlan(PLAN, STAFFORDSHIRE, "Plan", null, null, null, null, null, null, CREATED_ON))
                .expectNoEvents()
                .expectException(invalid("kind"));
    }

    @Test
    void aPlanNamesTheScrutinyItemThatCalledForIt() {
        LocalDate findingsPublished = LocalDate.of(2018, 5, 16);
        CreateActionPlan wsoa = new CreateActionPlan(PLAN, KENT, "Written Statement of Action",
                ActionPlanKind.WRITTEN_STATEMENT_OF_ACTION, null, KENT_SCRUTINY_ITEM, "Joint local area SEND inspection",
                findingsPublished, findingsPublished.plusDays(70), CREATED_ON);

        fixture.givenNoPriorActivity()
                .when(wsoa)
                .expectEvents(new ActionPlanCreated(PLAN, KENT, "Written Statement of Action",
                        ActionPlanKind.WRITTEN_STATEMENT_OF_ACTION, null, KENT_SCRUTINY_ITEM,
                        "Joint local area SEND inspection", findingsPublished, findingsPublished.plusDays(70),
                        CREATED_ON));
    }

    @Test
    void aSourceScrutinyItemThatIsNotInTheLedgerIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateActionPlan(PLAN, KENT, "Plan", ActionPlanKind.WRITTEN_STATEMENT_OF_ACTION, null,
                        new ScrutinyItemId("no-such-item"), null, null, null, CREATED_ON))
                .expectNoEvents()
                .expectException(notFound("UNKNOWN_SCRUTINY_ITEM"));
    }

    @Test
    void anotherCouncilsScrutinyItemCannotBeThePlansSource() {
        fixture.givenNoPriorActivity()
                .when(new CreateActionPlan(PLAN, STAFFORDSHIRE, "Plan", ActionPlanKind.WRITTEN_STATEMENT_OF_ACTION, null,
                        KENT_SCRUTINY_ITEM, null, null, null, CREATED_ON))
                .expectNoEvents()
                .expectException(refused("SCRUTINY_ITEM_OF_ANOTHER_AUTHORITY"));
    }
}
