package org.decisionledger.app.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.decisionledger.app.support.Api;

import tools.jackson.databind.JsonNode;

/** The requests an officer sends to build an action plan, as the HTTP contract words them. */
final class ActionPlanRequests {

    private final Api api;

    ActionPlanRequests(Api api) {
        this.api = api;
    }

    /** A council of the test's own, so tests sharing the service never see each other's plans. */
    String council(String name) {
        String authorityId = "council-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response configured = api.as("admin").put("/api/authorities/" + authorityId,
                Map.of("name", name, "callInWorkingDays", 3));
        assertThat(configured.status()).as(configured.toString()).isEqualTo(201);
        return authorityId;
    }

    String plan(String authorityId, String title, String kind) {
        Api.Response created = api.as("officer").post("/api/action-plans",
                Map.of("authorityId", authorityId, "title", title, "kind", kind));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    Api.Response priority(String planId, String ref, String parentRef, String title, String vision) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ref", ref);
        body.put("title", title);
        if (parentRef != null) {
            body.put("parentRef", parentRef);
        }
        if (vision != null) {
            body.put("vision", vision);
        }
        return accepted(api.as("officer").post("/api/action-plans/" + planId + "/priorities", body), 200);
    }

    Api.Response action(String planId, String ref, String priorityRef, String description, List<String> leads,
            String evidenceOfImpact) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ref", ref);
        body.put("priorityRef", priorityRef);
        body.put("description", description);
        body.put("leads", leads);
        body.put("evidenceOfImpact", evidenceOfImpact);
        return accepted(api.as("officer").post("/api/action-plans/" + planId + "/actions", body), 201);
    }

    Api.Response status(String planId, String ref, String reviewPoint, String words) {
        return accepted(api.as("officer").post("/api/action-plans/" + planId + "/actions/" + ref + "/status",
                Map.of("reviewPoint", reviewPoint, "status", words)), 200);
    }

    Api.Response update(String planId, String ref, String date, String body) {
        return accepted(api.as("officer").post("/api/action-plans/" + planId + "/actions/" + ref + "/updates",
                Map.of("date", date, "body", body)), 200);
    }

    Api.Response evidence(String planId, String ref, String name) {
        return accepted(api.as("officer").post("/api/action-plans/" + planId + "/actions/" + ref + "/evidence",
                Map.of("name", name)), 200);
    }

    /** The tracker once the projection has caught up with {@code version}. */
    JsonNode trackerAt(String planId, long version, String query) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> api.anonymous().get("/api/action-plans/" + planId + query),
                response -> response.status() == 200 && response.json().get("version").asLong() >= version).json();
    }

    static long version(Api.Response response) {
        return response.json().get("version").asLong();
    }

    private static Api.Response accepted(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("ETag")).isEqualTo("\"" + response.json().get("version").asLong() + "\"");
        return response;
    }
}
