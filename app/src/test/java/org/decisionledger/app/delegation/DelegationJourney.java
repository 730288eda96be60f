package org.decisionledger.app.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.decisionledger.app.support.Api;

import tools.jackson.databind.JsonNode;

/** Takes decisions and delegates authority through the HTTP API, as a council's officers would. */
final class DelegationJourney {

    static final String DIRECTOR = "Director for Children and Families";
    static final String SEDIS_SCOPE =
            "Allocating funding for the 8 Staffordshire Enhanced District Inclusion Support Teams (SEDIS)";

    private final Api api;

    DelegationJourney(Api api) {
        this.api = api;
    }

    String council() {
        String id = "delegating-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response response = api.as("admin").put("/api/authorities/" + id, Map.of("name", "County Council " + id,
                "callInWorkingDays", 3, "callInSignatoriesRequired", 2));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return id;
    }

    /** A non-key decision of the Cabinet, proposed and approved on {@code decidedOn} with seed 000's resolutions. */
    String decided(String council, String decidedOn) {
        Api.Response proposed = api.as("officer").post("/api/decisions", Map.of("authorityId", council,
                "title", "SEND Accelerated Progress Plan: Strategy for Special Provision", "decisionMaker", "Cabinet",
                "keyDecision", false, "proposedOn", decidedOn));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String decision = proposed.json().get("id").asString();
        Api.Response approved = api.as("officer").post("/api/decisions/" + decision + "/approval", Map.of(
                "decidedOn", decidedOn,
                "resolutions", List.of(
                        Map.of("label", "(c)", "text", "That delegated authority be given to the " + DIRECTOR
                                + " for allocating funding for the 8 SEDIS teams."),
                        Map.of("label", "(e)", "text", "That the proposal to develop a Children & Young People's "
                                + "Framework be endorsed:", "subItems", List.of(Map.of("label", "(ii)", "text",
                                "That the award of the Framework be delegated to the " + DIRECTOR + " and that the "
                                        + "award of call-off contracts under the Framework be sub-delegated."))))));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        return decision;
    }

    /** Published as not subject to call-in, so it takes effect on {@code publishedOn}. */
    void publishedExempt(String decision, String publishedOn) {
        Api.Response published = api.as("officer").post("/api/decisions/" + decision + "/publication",
                Map.of("publishedOn", publishedOn, "subjectToCallIn", false, "callInExemption",
                        Map.of("reason", "Funding must reach schools before term", "consentedBy", "Chair of Scrutiny")));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
    }

    Api.Response delegate(String council, String sourceDecision, String resolution, String delegate, String scope,
            List<String> scopeTags, String conditions, String validFrom, String validUntil) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authorityId", council);
        body.put("sourceDecisionId", sourceDecision);
        body.put("resolution", resolution);
        body.put("delegate", delegate);
        body.put("scope", scope);
        body.put("scopeTags", scopeTags);
        body.put("conditions", conditions);
        body.put("validFrom", validFrom);
        body.put("validUntil", validUntil);
        return api.as("officer").post("/api/delegations", body);
    }

    String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String id = response.json().get("id").asString();
        assertThat(response.header("Location")).isEqualTo("/api/delegations/" + id);
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        return id;
    }

    Api.Response subDelegate(String parent, String delegate, String scope, String validFrom, String validUntil) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("delegate", delegate);
        body.put("scope", scope);
        body.put("validFrom", validFrom);
        body.put("validUntil", validUntil);
        return api.as("officer").post("/api/delegations/" + parent + "/sub-delegations", body);
    }

    Api.Response exercise(String delegation, String on, String by, String summary) {
        return api.as("officer").post("/api/delegations/" + delegation + "/exercises",
                Map.of("exercisedOn", on, "exercisedBy", by, "summary", summary));
    }

    Api.Response revoke(String delegation, String on, String reason) {
        return api.as("officer").post("/api/delegations/" + delegation + "/revocation",
                Map.of("revokedOn", on, "reason", reason));
    }

    JsonNode readWhen(String path, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            Api.Response response = api.get(path);
            return response.status() == 200 ? response.json() : null;
        }, json -> json != null && condition.test(json));
    }

    static List<String> ids(JsonNode entries) {
        return entries.valueStream().map(entry -> entry.get("id").asString()).toList();
    }
}
