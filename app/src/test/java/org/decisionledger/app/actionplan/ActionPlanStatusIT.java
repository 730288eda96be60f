package org.decisionledger.app.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Statuses over HTTP: the words kept, what they mean, ratings, corrections that say what they
 * correct, due dates, and a plan linked to the decision that endorsed it (seed 000).
 */
class ActionPlanStatusIT extends IntegrationTest {

    private ActionPlanRequests plans;
    private String council;
    private String planId;

    @BeforeEach
    void plan() {
        plans = new ActionPlanRequests(api);
        council = plans.council("Staffordshire County Council");
        planId = plans.plan(council, "Written Statement of Action", "WRITTEN_STATEMENT_OF_ACTION");
        plans.priority(planId, "1", null, "Leaders have not worked together", null);
    }

    private Api.Response post(String path, Object body) {
        Api.Response response = api.as("officer").post("/api/action-plans/" + planId + path, body);
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }

    @Test
    void theAnswerSaysWhatTheWordsWereReadToMean() {
        plans.action(planId, "1.1.a", "1", "Define accountability", List.of("Tim Moss"), null);

        JsonNode answer = post("/actions/1.1.a/status", Map.of("reviewPoint", "2019-12",
                "status", "Amber - behind schedule")).json();

        assertThat(answer.get("id").asString()).isEqualTo(planId);
        assertThat(answer.get("statusNumber").asInt()).isEqualTo(1);
        assertThat(answer.get("status").asString()).isEqualTo("DELAYED");
        assertThat(answer.get("rag").asString()).isEqualTo("AMBER");
    }

    @Test
    void theTrackerAsOfAnEarlierInstantShowsTheStatusesRecordedByThen() {
        plans.action(planId, "1.1.b", "1", "Agree a shared vision", List.of("Tim Moss"), null);
        plans.status(planId, "1.1.b", "2019-12", "In progress");
        String beforeCompletion = jdbc.queryForObject("SELECT max(time_stamp) FROM domain_event_entry"
                + " WHERE aggregate_identifier = ?", String.class, planId);
        Api.Response completed = plans.status(planId, "1.1.b", "2020-01", "Complete");
        plans.trackerAt(planId, ActionPlanRequests.version(completed), "");

        JsonNode then = api.anonymous().get("/api/action-plans/" + planId + "?asOf=" + beforeCompletion).json();
        JsonNode now = api.anonymous().get("/api/action-plans/" + planId).json();
        assertThat(then.toString()).contains("In progress").doesNotContain("\"Complete\"");
        assertThat(now.toString()).contains("\"Complete\"");
        assertThat(then.get("version").asLong()).isLessThan(now.get("version").asLong());
        assertThat(api.get("/api/action-plans/" + planId + "?asOf=2000-01-01T00:00:00Z").status()).isEqualTo(404);
    }

    @Test
    void anActionIsCreatedAtItsOwnAddress() {
        Api.Response added = plans.action(planId, "1.1.a", "1", "Define accountability", List.of("Tim Moss"), null);

        assertThat(added.header("Location")).isEqualTo("/api/action-plans/" + planId + "/actions/1.1.a");
        plans.trackerAt(planId, ActionPlanRequests.version(added), "");
        JsonNode action = api.anonymous().get(added.header("Location")).json();
        assertThat(action.get("description").asString()).isEqualTo("Define accountability");
    }

    @Test
    void aCorrectionReplacesTheStatusInTheTrackerAndBothStayInTheHistory() {
        plans.action(planId, "1.1.e", "1", "Explore good practice", List.of("Tim Moss", "Lynn Tolley"), null);
        plans.status(planId, "1.1.e", "2019-12", "Complete");
        Map<String, Object> correction = new LinkedHashMap<>();
        correction.put("reviewPoint", "2019-12");
        correction.put("status", "In progress");
        correction.put("rag", "GREEN");
        correction.put("narrative", "Positive practice examples still being gathered");
        correction.put("evidence", List.of("WSoA Positive Practice examples"));
        correction.put("corrects", 1);
        correction.put("correctionReason", "The December 2019 tracker says in progress");
        Api.Response corrected = post("/actions/1.1.e/status", correction);
        assertThat(corrected.json().get("statusNumber").asInt()).isEqualTo(2);

        JsonNode tracker = plans.trackerAt(planId, ActionPlanRequests.version(corrected), "");
        JsonNode december = tracker.get("actions").get(0).get("statusByReviewPoint").get("2019-12");
        assertThat(december.get("rawStatus").asString()).isEqualTo("In progress");
        assertThat(december.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(december.get("rag").asString()).isEqualTo("GREEN");
        assertThat(december.get("ragGiven").asBoolean()).isTrue();
        assertThat(december.get("corrects").asInt()).isEqualTo(1);
        assertThat(december.get("evidence").get(0).asString()).isEqualTo("WSoA Positive Practice examples");
        assertThat(tracker.get("statusCounts").get("IN_PROGRESS").asInt()).isEqualTo(1);
        assertThat(tracker.get("statusCounts").get("COMPLETE").asInt()).isZero();

        JsonNode entries = api.get("/api/action-plans/" + planId + "/actions/1.1.e/history").json().get("entries");
        assertThat(entries).hasSize(3);
        assertThat(entries.get(1).get("kind").asString()).isEqualTo("STATUS_RECORDED");
        assertThat(entries.get(1).get("status").get("rawStatus").asString()).isEqualTo("Complete");
        JsonNode correctionEntry = entries.get(2);
        assertThat(correctionEntry.get("kind").asString()).isEqualTo("STATUS_CORRECTED");
        assertThat(correctionEntry.get("correctedRawStatus").asString()).isEqualTo("Complete");
        assertThat(correctionEntry.get("correctedReviewPoint").asString()).isEqualTo("2019-12");
        assertThat(correctionEntry.get("status").get("correctionReason").asString())
                .isEqualTo("The December 2019 tracker says in progress");
        assertThat(correctionEntry.get("summary").asString()).contains("corrected");

        assertThat(jdbc.queryForObject("""
                SELECT payload->>'correctedRawStatus' FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%ActionStatusCorrected'""", String.class, planId))
                .as("the correction is a new fact saying what it corrects; nothing was overwritten")
                .isEqualTo("Complete");
    }

    @Test
    void anActionPastItsDueDateAndNotCompleteIsOverdue() {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("ref", "1.b");
        action.put("priorityRef", "1");
        action.put("description", "Publish the performance framework");
        action.put("leads", List.of("Lynsey Bissell"));
        action.put("dueBy", "2020-03-31");
        post("/actions", action);
        long version = ActionPlanRequests.version(plans.status(planId, "1.b", "2020-01", "In progress"));

        JsonNode before = plans.trackerAt(planId, version, "?on=2020-03-31");
        JsonNode after = plans.trackerAt(planId, version, "?on=2020-04-01");

        assertThat(before.get("overdueActions").isEmpty()).isTrue();
        assertThat(after.get("overdueActions")).hasSize(1);
        assertThat(after.get("overdueActions").get(0).get("ref").asString()).isEqualTo("1.b");
        assertThat(after.get("overdueActions").get(0).get("latestStatus").asString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void anAcceleratedProgressPlanIsLinkedToTheDecisionThatEndorsedIt() {
        String decisionId = api.as("officer").post("/api/decisions", Map.of("authorityId", council,
                "title", "SEND Accelerated Progress Plan: Enhanced Assess-Plan-Do-Review Pathway",
                "decisionMaker", "Cabinet", "keyDecision", true)).json().get("id").asString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authorityId", council);
        body.put("title", "SEND Accelerated Progress Plan");
        body.put("kind", "ACCELERATED_PROGRESS_PLAN");
        body.put("sourceDecisionId", decisionId);
        body.put("inspectionReference", "SEND revisit, Staffordshire");
        body.put("inspectionPublishedOn", "2023-03-01");
        body.put("submissionDueBy", "2023-05-10");

        Api.Response created = api.as("officer").post("/api/action-plans", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String appId = created.json().get("id").asString();
        JsonNode tracker = plans.trackerAt(appId, 0, "");
        assertThat(tracker.get("sourceDecisionId").asString()).isEqualTo(decisionId);
        assertThat(tracker.get("submissionDueBy").asString()).isEqualTo("2023-05-10");

        String otherCouncil = plans.council("Kent County Council");
        body.put("authorityId", otherCouncil);
        long before = storedEvents();
        Api.Response refused = api.as("officer").post("/api/action-plans", body);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("DECISION_OF_ANOTHER_AUTHORITY");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theContractIsDocumented() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");

        assertThat(paths.has("/api/action-plans")).isTrue();
        assertThat(paths.has("/api/action-plans/{id}")).isTrue();
        assertThat(paths.has("/api/action-plans/{id}/priorities")).isTrue();
        assertThat(paths.has("/api/action-plans/{id}/actions")).isTrue();
        assertThat(paths.has("/api/action-plans/{id}/actions/{ref}/status")).isTrue();
        assertThat(paths.has("/api/action-plans/{id}/actions/{ref}/updates")).isTrue();
        assertThat(paths.has("/api/action-plans/{id}/actions/{ref}/history")).isTrue();
        assertThat(paths.has("/api/action-plans/{id}/review-schedule")).isTrue();
    }
}
