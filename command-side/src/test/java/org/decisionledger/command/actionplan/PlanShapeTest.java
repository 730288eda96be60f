package org.decisionledger.command.actionplan;

import static org.decisionledger.command.actionplan.ActionPlanTestData.ACTION_1_1_A;
import static org.decisionledger.command.actionplan.ActionPlanTestData.AREA_1_1;
import static org.decisionledger.command.actionplan.ActionPlanTestData.CREATED_ON;
import static org.decisionledger.command.actionplan.ActionPlanTestData.MOSS_AND_TOLLEY;
import static org.decisionledger.command.actionplan.ActionPlanTestData.PLAN;
import static org.decisionledger.command.actionplan.ActionPlanTestData.PRIORITY_1;
import static org.decisionledger.command.actionplan.ActionPlanTestData.action11a;
import static org.decisionledger.command.actionplan.ActionPlanTestData.addAction11a;
import static org.decisionledger.command.actionplan.ActionPlanTestData.area11;
import static org.decisionledger.command.actionplan.ActionPlanTestData.created;
import static org.decisionledger.command.actionplan.ActionPlanTestData.invalid;
import static org.decisionledger.command.actionplan.ActionPlanTestData.notFound;
import static org.decisionledger.command.actionplan.ActionPlanTestData.priority1;
import static org.decisionledger.command.actionplan.ActionPlanTestData.refused;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.kernel.actionplan.ActionAdded;
import org.decisionledger.kernel.actionplan.ActionRef;
import org.decisionledger.kernel.actionplan.AddAction;
import org.decisionledger.kernel.actionplan.AddPriority;
import org.decisionledger.kernel.actionplan.PriorityAdded;
import org.decisionledger.kernel.actionplan.PriorityRef;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.common.CommandAccepted;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.decision.DecisionProposed;
import org.junit.jupiter.api.Test;

/** Priorities, their sub-areas and the actions under them. */
class PlanShapeTest {

    private final AggregateTestFixture<ActionPlan> fixture = ActionPlanTestData.fixture();

    @Test
    void aPriorityIsAddedWithItsVision() {
        PriorityAdded added = priority1();

        fixture.given(created())
                .when(new AddPriority(PLAN, PRIORITY_1, null, added.title(), added.vision(), CREATED_ON))
                .expectEvents(added)
                .expectResultMessagePayload(new CommandAccepted(PLAN.value(), 1, Map.of("ref", "1")));
    }

    @Test
    void aSubAreaIsAddedUnderItsPriority() {
        fixture.given(created(), priority1())
                .when(new AddPriority(PLAN, AREA_1_1, PRIORITY_1, area11().title(), null, CREATED_ON))
                .expectEvents(area11());
    }

    @Test
    void aPriorityRefIsUsedOnce() {
        fixture.given(created(), priority1())
                .when(new AddPriority(PLAN, PRIORITY_1, null, "Another first priority", null, CREATED_ON))
                .expectNoEvents()
                .expectException(refused("DUPLICATE_PRIORITY_REF"));
    }

    @Test
    void aSubAreaOfAnUnknownPriorityIsRefused() {
        fixture.given(created())
                .when(new AddPriority(PLAN, AREA_1_1, PRIORITY_1, "Roles", null, CREATED_ON))
                .expectNoEvents()
                .expectException(notFound("UNKNOWN_PRIORITY"));
    }

    @Test
    void aPriorityIsNotASubAreaOfItself() {
        fixture.given(created())
                .when(new AddPriority(PLAN, PRIORITY_1, PRIORITY_1, "Leaders", null, CREATED_ON))
                .expectNoEvents()
                .expectException(invalid("parentRef"));
    }

    @Test
    void aPriorityNeedsATitle() {
        fixture.given(created())
                .when(new AddPriority(PLAN, PRIORITY_1, null, "  ", null, CREATED_ON))
                .expectNoEvents()
                .expectException(invalid("title"));
    }

    @Test
    void anActionIsAddedWithItsLeadsAndTheEvidenceOfImpactSought() {
        fixture.given(created(), priority1(), area11())
                .when(addAction11a())
                .expectEvents(action11a())
                .expectResultMessagePayload(new CommandAccepted(PLAN.value(), 3, Map.of("ref", "1.1.a")));
    }

    @Test
    void anActionMayHaveADueDate() {
        LocalDate dueBy = LocalDate.of(2020, 3, 31);
        fixture.given(created(), priority1())
                .when(new AddAction(PLAN, new ActionRef("1.b"), PRIORITY_1, "Publish the performance framework",
                        List.of("Lynsey Bissell"), null, dueBy, CREATED_ON))
                .expectEvents(new ActionAdded(PLAN, new ActionRef("1.b"), PRIORITY_1,
                        "Publish the performance framework", List.of("Lynsey Bissell"), null, dueBy, CREATED_ON));
    }

    @Test
    void anActionRefIsUsedOnceInAPlan() {
        fixture.given(created(), priority1(), area11(), action11a())
                .when(new AddAction(PLAN, ACTION_1_1_A, PRIORITY_1, "Something else", MOSS_AND_TOLLEY, null, null,
                        CREATED_ON))
                .expectNoEvents()
                .expectException(refused("DUPLICATE_ACTION_REF"));
    }

    @Test
    void anActionUnderAnUnknownPriorityIsRefused() {
        fixture.given(created(), priority1())
                .when(addAction11a())
                .expectNoEvents()
                .expectException(notFound("UNKNOWN_PRIORITY"));
    }

    @Test
    void anActionNeedsALead() {
        fixture.given(created(), priority1(), area11())
                .when(new AddAction(PLAN, ACTION_1_1_A, AREA_1_1, "Co-produce descriptors", List.of(), null, null,
                        CREATED_ON))
                .expectNoEvents()
                .expectException(invalid("leads"));
        fixture.given(created(), priority1(), area11())
                .when(new AddAction(PLAN, ACTION_1_1_A, AREA_1_1, "Co-produce descriptors", List.of("Tim Moss", " "),
                        null, null, CREATED_ON))
                .expectNoEvents()
                .expectException(invalid("leads"));
    }

    @Test
    void anActionNeedsADescription() {
        fixture.given(created(), priority1(), area11())
                .when(new AddAction(PLAN, ACTION_1_1_A, AREA_1_1, "", MOSS_AND_TOLLEY, null, null, CREATED_ON))
                .expectNoEvents()
                .expectException(invalid("description"));
    }

    /** Plan and decision ids share one event table; the edge answers this with 404 UNKNOWN_ACTION_PLAN. */
    @Test
    void anIdOfAnotherKindOfRecordIsNotLoadedAsAPlan() {
        fixture.given(new DecisionProposed(new DecisionId(PLAN.value()), new AuthorityId("staffordshire"), null,
                        "A decision", "Cabinet", false, List.of(), List.of(), null, null, null, null, null, null,
                        CREATED_ON))
                .when(new AddPriority(PLAN, new PriorityRef("1"), null, "Leaders", null, CREATED_ON))
                .expectNoEvents()
                .expectException(IncompatibleAggregateException.class);
    }
}
