package org.decisionledger.app.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.decisionledger.app.support.Api;

import tools.jackson.databind.JsonNode;

/** Drives a decision through the HTTP API as the council's officers and scrutiny members would. */
final class DecisionJourney {

    private final Api api;

    DecisionJourney(Api api) {
        this.api = api;
    }

    String council(int callInWorkingDays, int signatories) {
        String id = "council-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response response = api.as("admin").put("/api/authorities/" + id, Map.of("name", "County Council " + id,
                "callInWorkingDays", callInWorkingDays, "callInSignatoriesRequired", signatories));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/authorities/" + id).status() == 200);
        return id;
    }

    /** Waits until the read side has caught up with a query's answer. */
    JsonNode readWhen(String path, java.util.function.Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            Api.Response response = api.get(path);
            return response.status() == 200 ? response.json() : null;
        }, json -> json != null && condition.test(json));
    }

    /**
     * The day the journeys' decisions are proposed: before any step they record, since history is
     * entered after the fact and no step may be dated before its proposal.
     */
    static final String PROPOSED_ON = "2018-01-02";

    String propose(String council, String title, boolean keyDecision) {
        return propose(council, title, keyDecision, PROPOSED_ON);
    }

    /** A proposal dated {@code proposedOn}, or on the day it is sent when that is null. */
    String propose(String council, String title, boolean keyDecision, String proposedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authorityId", council);
        body.put("title", title);
        body.put("decisionMaker", "Cabinet");
        body.put("keyDecision", keyDecision);
        if (proposedOn != null) {
            body.put("proposedOn", proposedOn);
        }
        Api.Response response = api.as("officer").post("/api/decisions", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    Api.Response notice(String decision, String firstPublished) {
        return api.as("officer").post("/api/decisions/" + decision + "/notice", Map.of("firstPublished", firstPublished));
    }

    Api.Response approve(String decision, String decidedOn) {
        return api.as("officer").post("/api/decisions/" + decision + "/approval", Map.of(
                "decidedOn", decidedOn,
                "decidedAt", decidedOn + " - Cabinet",
                "resolutions", seed000Resolutions(),
                "reasons", "To deliver outcomes related to the SEND Accelerated Progress Plan."));
    }

    Api.Response publish(String decision, String publishedOn) {
        return api.as("officer").post("/api/decisions/" + decision + "/publication",
                Map.of("publishedOn", publishedOn, "subjectToCallIn", true));
    }

    Api.Response callIn(String decision, String raisedOn, List<String> signatories) {
        return api.as("scrutiny").post("/api/decisions/" + decision + "/call-ins",
                Map.of("raisedOn", raisedOn, "signatories", signatories, "grounds", "Insufficient consultation"));
    }

    JsonNode viewWhen(String decision, java.util.function.Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            Api.Response response = api.get("/api/decisions/" + decision);
            return response.status() == 200 ? response.json() : null;
        }, view -> view != null && condition.test(view));
    }

    static List<Map<String, Object>> seed000Resolutions() {
        return List.of(
                Map.of("label", "(a)", "text", "That the actions set out in the Accelerated Progress Plan continue to be endorsed."),
                Map.of("label", "(b)", "text", "That the proposed Enhanced Assess-Plan-Do-Review (EAPDR) Pathway and Strategy for Special Provision be endorsed."),
                Map.of("label", "(c)", "text", "That delegated authority be given to the Director for Children and Families for allocating funding for the 8 Staffordshire Enhanced District Inclusion Support Teams (SEDIS)."),
                Map.of("label", "(d)", "text", "That Authority be given to enter into contractual agreements with schools to deliver the SEDIS Model."),
                Map.of("label", "(e)", "text", "That the proposal to develop a Children & Young People's Framework be endorsed:",
                        "subItems", List.of(
                                Map.of("label", "(i)", "text", "Approval be given to conduct an open tender process."),
                                Map.of("label", "(ii)", "text", "That the award of the Framework be delegated to the Director for Children and Families and that the award of call-off contracts under the Framework be sub-delegated."))));
    }
}
