package org.decisionledger.command.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.decisionledger.command.authority.AuthorityDirectory;
import org.decisionledger.command.common.BusinessDay;
import org.decisionledger.command.common.Refusals;
import org.decisionledger.kernel.actionplan.ActionAdded;
import org.decisionledger.kernel.actionplan.ActionPlanCreated;
import org.decisionledger.kernel.actionplan.ActionPlanId;
import org.decisionledger.kernel.actionplan.ActionPlanKind;
import org.decisionledger.kernel.actionplan.ActionRef;
import org.decisionledger.kernel.actionplan.ActionStatus;
import org.decisionledger.kernel.actionplan.ActionStatusRecorded;
import org.decisionledger.kernel.actionplan.AddAction;
import org.decisionledger.kernel.actionplan.CreateActionPlan;
import org.decisionledger.kernel.actionplan.PriorityAdded;
import org.decisionledger.kernel.actionplan.PriorityRef;
import org.decisionledger.kernel.actionplan.ReviewPointPassed;
import org.decisionledger.kernel.actionplan.ReviewsScheduled;
import org.decisionledger.kernel.actionplan.UpdateActionStatus;
import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.common.InvalidCommand;
import org.decisionledger.kernel.common.RuleRefused;
import org.decisionledger.kernel.common.UnknownResource;
import org.decisionledger.kernel.decision.DecisionId;
import org.decisionledger.kernel.scrutiny.ScrutinyItemId;
import org.hamcrest.Matcher;

/**
 * The plan the ActionPlan tests share: seed 002, Staffordshire's Written Statement of Action, priority 1
 * (sub-areas 1.1 and 1.2), its actions and their statuses at the four review points of the tracker.
 */
final class ActionPlanTestData {

    private ActionPlanTestData() {
    }

    static final AuthorityId STAFFORDSHIRE = new AuthorityId("staffordshire");
    static final AuthorityId KENT = new AuthorityId("kent");
    /** Seed 000: the Cabinet decision of 20 September 2023 that endorsed the Accelerated Progress Plan. */
    static final DecisionId APP_DECISION = new DecisionId("staffordshire-send-app-2023");
    static final DecisionId KENT_DECISION = new DecisionId("kent-21-00019");
    /** A Kent scrutiny panel's item that called for a plan. */
    static final ScrutinyItemId KENT_SCRUTINY_ITEM = new ScrutinyItemId("kent-scrutiny-item");

    static final ActionPlanId PLAN = new ActionPlanId("staffordshire-wsoa");
    static final String TITLE = "Staffordshire Local Area Written Statement of Action";
    static final LocalDate CREATED_ON = LocalDate.of(2019, 9, 2);
    static final LocalDate TODAY = LocalDate.of(2022, 1, 10);

    static final PriorityRef PRIORITY_1 = new PriorityRef("1");
    static final PriorityRef AREA_1_1 = new PriorityRef("1.1");
    static final PriorityRef AREA_1_2 = new PriorityRef("1.2");
    static final ActionRef ACTION_1_1_A = new ActionRef("1.1.a");
    static final ActionRef ACTION_1_1_E = new ActionRef("1.1.e");
    static final ActionRef ACTION_1_2_A = new ActionRef("1.2.a");
    static final List<String> MOSS_AND_TOLLEY = List.of("Tim Moss", "Lynn Tolley");

    static final String DECEMBER_2019 = "2019-12";
    static final String JANUARY_2020 = "2020-01";
    static final String APRIL_2021 = "2021-04";
    static final String DECEMBER_2021 = "2021-12";

    /** A fixture whose creation handler knows Staffordshire and Kent and the two decisions of seeds 000 and 004. */
    static AggregateTestFixture<ActionPlan> fixture() {
        AggregateTestFixture<ActionPlan> fixture = new AggregateTestFixture<>(ActionPlan.class);
        fixture.registerAnnotatedCommandHandler(new ActionPlanCreationHandler(fixture.getRepository(),
                knownCouncils(), ActionPlanTestData::sourceDecisions, ActionPlanTestData::sourceScrutinyItems));
        fixture.registerIgnoredField(ReviewsScheduled.class, "deadlineScheduleId");
        fixture.registerIgnoredField(ReviewsScheduled.class, "cancelledScheduleId");
        fixture.registerIgnoredField(ReviewPointPassed.class, "deadlineScheduleId");
        return fixture;
    }

    private static AuthorityDirectory knownCouncils() {
        return new AuthorityDirectory(null) {
            @Override
            public void requireKnown(AuthorityId authorityId) {
                if (!authorityId.equals(STAFFORDSHIRE) && !authorityId.equals(KENT)) {
                    throw new UnknownResource(AuthorityDirectory.UNKNOWN_AUTHORITY, authorityId + " is not known");
                }
            }
        };
    }

    private static void sourceDecisions(DecisionId decisionId, AuthorityId authorityId) {
        AuthorityId taker = decisionId.equals(APP_DECISION) ? STAFFORDSHIRE
                : decisionId.equals(KENT_DECISION) ? KENT : null;
        if (taker == null) {
            throw new UnknownResource("UNKNOWN_DECISION", decisionId + " is not in the ledger");
        }
        if (!taker.equals(authorityId)) {
            throw new RuleRefused("DECISION_OF_ANOTHER_AUTHORITY", decisionId + " is " + taker + "'s");
        }
    }

    private static void sourceScrutinyItems(ScrutinyItemId itemId, AuthorityId authorityId) {
        if (!itemId.equals(KENT_SCRUTINY_ITEM)) {
            throw new UnknownResource("UNKNOWN_SCRUTINY_ITEM", itemId + " is not in the ledger");
        }
        if (!authorityId.equals(KENT)) {
            throw new RuleRefused("SCRUTINY_ITEM_OF_ANOTHER_AUTHORITY", itemId + " is kent's");
        }
    }

    // ---------------------------------------------------------------- the plan and its shape

    static CreateActionPlan create() {
        return new CreateActionPlan(PLAN, STAFFORDSHIRE, TITLE, ActionPlanKind.WRITTEN_STATEMENT_OF_ACTION, null, null,
                "Joint local area SEND inspection in Staffordshire", null, null, CREATED_ON);
    }

    static ActionPlanCreated created() {
        return new ActionPlanCreated(PLAN, STAFFORDSHIRE, TITLE, ActionPlanKind.WRITTEN_STATEMENT_OF_ACTION, null, null,
                "Joint local area SEND inspection in Staffordshire", null, null, CREATED_ON);
    }

    static PriorityAdded priority1() {
        return new PriorityAdded(PLAN, PRIORITY_1, null, "Leaders in education, health and social care have not "
                + "worked together to organise roles and responsibilities, establish a united vision and strategic "
                + "plan, communicate effectively, drive improvement or share what works well.",
                "Develop a clear Governance Structure which ensures active collaboration", CREATED_ON);
    }

    static PriorityAdded area11() {
        return new PriorityAdded(PLAN, AREA_1_1, PRIORITY_1, "Roles and responsibilities to drive improvement", null,
                CREATED_ON);
    }

    static PriorityAdded area12() {
        return new PriorityAdded(PLAN, AREA_1_2, PRIORITY_1, "United vision and strategic planning to drive "
                + "improvement", null, CREATED_ON);
    }

    static AddAction addAction11a() {
        return new AddAction(PLAN, ACTION_1_1_A, AREA_1_1, "Co-produce and clearly define accountability and "
                + "responsibility descriptors for each layer of the Governance structure including a review of "
                + "membership.", MOSS_AND_TOLLEY, "SEND Inclusion & Partnership Group (IPG) ToR & minutes demonstrate "
                + "clear accountability and a culture of challenge", null, CREATED_ON);
    }

    static ActionAdded action11a() {
        AddAction command = addAction11a();
        return new ActionAdded(PLAN, command.ref(), command.priorityRef(), command.description(), command.leads(),
                command.evidenceOfImpact(), command.dueBy(), command.addedOn());
    }

    static ActionAdded action11e() {
        return new ActionAdded(PLAN, ACTION_1_1_E, AREA_1_1, "Local area continues to explore good practice and "
                + "national research to influence developments", MOSS_AND_TOLLEY, "SEND IPG mins and feedback from "
                + "service areas.", null, CREATED_ON);
    }

    static ActionAdded action12a() {
        return new ActionAdded(PLAN, ACTION_1_2_A, AREA_1_2, "Develop and agree a shared SEND JSNA.",
                List.of("Wendy Tompson"), "JSNA meeting minutes, policies and practice guidance", null, CREATED_ON);
    }

    /** The plan with priority 1, its two sub-areas and actions 1.1.a, 1.1.e and 1.2.a. */
    static Object[] planWithActions() {
        return new Object[] {created(), priority1(), area11(), area12(), action11a(), action11e(), action12a()};
    }

    // ---------------------------------------------------------------- statuses

    static UpdateActionStatus status(ActionRef ref, String reviewPoint, String words) {
        return new UpdateActionStatus(PLAN, ref, reviewPoint, words, null, null, List.of(), null, null, TODAY);
    }

    static UpdateActionStatus correction(ActionRef ref, String reviewPoint, String words, int corrects, String reason) {
        return new UpdateActionStatus(PLAN, ref, reviewPoint, words, null, null, List.of(), corrects, reason, TODAY);
    }

    static ActionStatusRecorded recorded(ActionRef ref, int number, String reviewPoint, String words,
            ActionStatus status) {
        return new ActionStatusRecorded(PLAN, ref, number, reviewPoint, words, status, null, false, null, List.of(),
                TODAY);
    }

    // ---------------------------------------------------------------- time

    /** The instant a review point is over: the start of the next day in the councils' time zone. */
    static Instant endOf(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(BusinessDay.COUNCIL_ZONE).toInstant();
    }

    // ---------------------------------------------------------------- what a refusal looks like

    static Matcher<RuleRefused> refused(String code) {
        return Refusals.refused(code);
    }

    static Matcher<UnknownResource> notFound(String code) {
        return Refusals.notFound(code);
    }

    static Matcher<InvalidCommand> invalid(String field) {
        return Refusals.invalid(field);
    }
}
