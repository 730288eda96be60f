package org.decisionledger.app.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.decisionledger.command.actionplan.ReviewPointDue;
import org.decisionledger.kernel.actionplan.ActionPlanId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The review schedule on the real, persistent deadline manager (db-scheduler on PostgreSQL): the
 * deadline is stored under the id the event keeps, a new schedule cancels exactly that one, and a
 * review point that passes records the actions not updated. A review point cannot be made to pass in
 * a test, so the last test hands the deadline manager the same deadline for now instead of at the
 * end of the month; everything after that (storage, triggering, the aggregate's deadline handler, the
 * projection) is the real path.
 */
class ActionPlanReviewScheduleIT extends IntegrationTest {

    private static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    @Autowired
    private DeadlineManager deadlineManager;

    private ActionPlanRequests plans;
    private String planId;
    private YearMonth firstReviewPoint;

    @BeforeEach
    void planWithTwoActions() {
        plans = new ActionPlanRequests(api);
        planId = plans.plan(plans.council("Staffordshire County Council"), "Accelerated Progress Plan",
                "ACCELERATED_PROGRESS_PLAN");
        plans.priority(planId, "1", null, "Identification of need", null);
        plans.action(planId, "1.a", "1", "Enhanced Assess-Plan-Do-Review pathway", List.of("Head of SEND"), null);
        plans.action(planId, "1.b", "1", "SEDIS teams in every district", List.of("Director for Children"), null);
        firstReviewPoint = YearMonth.now(COUNCIL_ZONE).plusMonths(2);
    }

    private Api.Response schedule(YearMonth first, int everyMonths) {
        Api.Response response = api.as("officer").post("/api/action-plans/" + planId + "/review-schedule",
                Map.of("firstReviewPoint", first.toString(), "everyMonths", everyMonths));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    private Map<String, Object> lastEventOf(String type) {
        return jdbc.queryForMap("""
                SELECT payload->>'deadlineScheduleId' AS schedule, payload->>'cancelledScheduleId' AS cancelled,
                       meta_data->>'actor' AS actor, meta_data->>'command' AS command,
                       meta_data->>'correlationId' AS correlation, payload::text AS payload
                FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?
                ORDER BY sequence_number DESC LIMIT 1""", planId, "%." + type);
    }

    private List<Instant> scheduledAt(String scheduleId) {
        return jdbc.queryForList("SELECT execution_time FROM scheduled_tasks WHERE task_instance = ?",
                Timestamp.class, scheduleId).stream().map(Timestamp::toInstant).toList();
    }

    private static Instant endOf(YearMonth reviewPoint) {
        return reviewPoint.plusMonths(1).atDay(1).atStartOfDay(COUNCIL_ZONE).toInstant();
    }

    @Test
    void aScheduleIsStoredAsAPersistentDeadlineUnderTheIdItsEventKeeps() {
        Api.Response scheduled = schedule(firstReviewPoint, 6);

        assertThat(scheduled.json().get("nextReviewPoint").asString()).isEqualTo(firstReviewPoint.toString());
        String scheduleId = (String) lastEventOf("ReviewsScheduled").get("schedule");
        assertThat(scheduleId).isNotBlank();
        assertThat(scheduledAt(scheduleId)).containsExactly(endOf(firstReviewPoint));
    }

    @Test
    void aNewScheduleCancelsThePreviousDeadlineByItsId() {
        schedule(firstReviewPoint, 6);
        String first = (String) lastEventOf("ReviewsScheduled").get("schedule");
        YearMonth later = firstReviewPoint.plusMonths(1);

        Api.Response rescheduled = schedule(later, 3);

        Map<String, Object> event = lastEventOf("ReviewsScheduled");
        assertThat(event.get("cancelled")).isEqualTo(first);
        assertThat(scheduledAt(first)).as("the first deadline is gone").isEmpty();
        assertThat(scheduledAt((String) event.get("schedule"))).containsExactly(endOf(later));
        JsonNode tracker = plans.trackerAt(planId, ActionPlanRequests.version(rescheduled), "");
        assertThat(tracker.get("reviewSchedule").get("nextReviewPoint").asString()).isEqualTo(later.toString());
        assertThat(tracker.get("reviewSchedule").get("everyMonths").asInt()).isEqualTo(3);
    }

    @Test
    void aReviewPointThatPassesRecordsTheActionsNotUpdatedAndSchedulesTheNext() {
        schedule(firstReviewPoint, 6);
        plans.status(planId, "1.a", firstReviewPoint.atDay(15).toString(), "In progress");
        String aggregateType = jdbc.queryForObject(
                "SELECT DISTINCT type FROM domain_event_entry WHERE aggregate_identifier = ?", String.class, planId);

        deadlineManager.schedule(Instant.now(), ReviewPointDue.DEADLINE,
                new ReviewPointDue(new ActionPlanId(planId),
                        firstReviewPoint.toString()),
                new AggregateScopeDescriptor(aggregateType, planId));

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?
                AND payload_type LIKE '%.ReviewPointPassed'""", Long.class, planId) == 1);
        Map<String, Object> passed = lastEventOf("ReviewPointPassed");
        JsonNode payload = Api.JSON.readTree((String) passed.get("payload"));
        assertThat(payload.get("reviewPoint").asString()).isEqualTo(firstReviewPoint.toString());
        assertThat(payload.get("actionsNotUpdated")).hasSize(1);
        assertThat(payload.get("actionsNotUpdated").get(0).asString()).isEqualTo("1.b");
        YearMonth next = firstReviewPoint.plusMonths(6);
        assertThat(payload.get("nextReviewPoint").asString()).isEqualTo(next.toString());
        assertThat(passed.get("actor")).as("recorded by the ledger, not a person").isEqualTo("system");
        assertThat(passed.get("command")).isEqualTo("deadline:" + ReviewPointDue.DEADLINE);
        assertThat((String) passed.get("correlation")).isNotBlank();
        assertThat(scheduledAt((String) passed.get("schedule"))).containsExactly(endOf(next));

        JsonNode tracker = await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/action-plans/" + planId).json(),
                json -> json.has("missedReviewPoints") && !json.get("missedReviewPoints").isEmpty());
        assertThat(tracker.get("missedReviewPoints").get(0).get("actionsNotUpdated").get(0).asString())
                .isEqualTo("1.b");
        assertThat(tracker.get("reviewSchedule").get("nextReviewPoint").asString()).isEqualTo(next.toString());
        JsonNode history = api.get("/api/action-plans/" + planId + "/actions/1.b/history").json().get("entries");
        assertThat(history.get(history.size() - 1).get("kind").asString()).isEqualTo("REVIEW_POINT_MISSED");
        assertThat(history.get(history.size() - 1).get("actor").asString()).isEqualTo("system");
    }
}
