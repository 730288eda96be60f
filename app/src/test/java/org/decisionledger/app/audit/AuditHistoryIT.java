package org.decisionledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.decisionledger.app.audit.AuditFixtures.PATIENCE;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Raw histories, views as they stood at an instant, and old revisions of an event still loading. */
class AuditHistoryIT extends IntegrationTest {

    @Test
    void aDecisionsHistoryIsItsRawEventStream() {
        String authorityId = AuditFixtures.council(api);
        String decisionId = AuditFixtures.propose(api, authorityId, "Household waste contract");
        AuditFixtures.approve(api, decisionId, "2024-03-01");

        JsonNode history = api.as("auditor").get("/api/decisions/" + decisionId + "/history").json();

        assertThat(history).hasSize(2);
        JsonNode proposed = history.get(0);
        assertThat(proposed.get("sequence").asLong()).isZero();
        assertThat(proposed.get("type").asString()).isEqualTo("DecisionProposed");
        assertThat(proposed.get("payloadType").asString()).isEqualTo("org.decisionledger.kernel.decision.DecisionProposed");
        assertThat(proposed.get("revision").asString()).isEqualTo("1");
        assertThat(proposed.get("actor").asString()).isEqualTo("officer");
        assertThat(proposed.get("payload").get("title").asString()).isEqualTo("Household waste contract");
        assertThat(proposed.get("metadata").get("command").asString()).isEqualTo("ProposeDecision");
        assertThat(proposed.get("metadata").get("roles").asString()).isEqualTo("OFFICER");
        assertThat(Instant.parse(proposed.get("recordedAt").asString())).isNotNull();
        JsonNode approved = history.get(1);
        assertThat(approved.get("sequence").asLong()).isEqualTo(1);
        assertThat(approved.get("type").asString()).isEqualTo("RecommendationsApproved");
        assertThat(approved.get("payload").get("decidedOn").asString()).isEqualTo("2024-03-01");

        assertThat(api.as("auditor").get("/api/decisions/no-such-decision/history").status()).isEqualTo(404);
        assertThat(api.as("auditor").get("/api/delegations/" + decisionId + "/history").status())
                .as("a decision is not a delegation").isEqualTo(404);
        assertThat(api.as("auditor").get("/api/action-plans/" + decisionId + "/history").status()).isEqualTo(404);
    }

    @Test
    void aViewAsOfAnInstantShowsTheDecisionAsItWasRecordedThen() {
        String authorityId = AuditFixtures.council(api);
        String decisionId = AuditFixtures.propose(api, authorityId, "Leisure centre fees");
        AuditFixtures.approve(api, decisionId, "2024-03-01");
        JsonNode history = api.as("auditor").get("/api/decisions/" + decisionId + "/history").json();
        Instant proposedAt = Instant.parse(history.get(0).get("recordedAt").asString());
        Instant approvedAt = Instant.parse(history.get(1).get("recordedAt").asString());

        JsonNode live = await().atMost(PATIENCE).until(() -> api.get("/api/decisions/" + decisionId),
                response -> response.status() == 200 && response.json().get("version").asLong() == 1).json();
        assertThat(live.get("status").asString()).isEqualTo("APPROVED");

        JsonNode atProposal = api.get("/api/decisions/" + decisionId + "?asOf=" + proposedAt).json();
        assertThat(atProposal.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(atProposal.get("version").asLong()).isZero();
        assertThat(atProposal.get("title").asString()).isEqualTo("Leisure centre fees");

        JsonNode atApproval = api.get("/api/decisions/" + decisionId + "?asOf=" + approvedAt).json();
        assertThat(atApproval).as("the as-of fold is the live view's fold").isEqualTo(live);

        assertThat(api.get("/api/decisions/" + decisionId + "?asOf=" + proposedAt.minus(1, ChronoUnit.MILLIS)).status())
                .as("before its first event the decision did not exist").isEqualTo(404);
        assertThat(api.get("/api/decisions/" + decisionId + "?asOf=not-an-instant").status()).isEqualTo(400);
    }

    @Test
    void aRevisionOneEventStoredBeforeTheChangeStillLoadsAndShowsAsStored() {
        String authorityId = "evolving-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.as("admin").put("/api/authorities/" + authorityId,
                Map.of("name", "Old Shire District Council", "callInWorkingDays", 3)).status()).isEqualTo(201);
        // A rename as revision 1 wrote it, before previousName existed: stored JSON, not a Java object.
        storeAuthorityRenamedDirectly(authorityId, 1, "1", "{\"authorityId\": \"" + authorityId
                + "\", \"name\": \"Middle Shire District Council\", \"configuredOn\": \"2019-04-01\"}");

        Api.Response renamedAgain = api.as("admin").put("/api/authorities/" + authorityId,
                Map.of("name", "New Shire Council", "callInWorkingDays", 3));
        assertThat(renamedAgain.status()).as("the aggregate loads the revision-1 event: " + renamedAgain)
                .isEqualTo(200);

        JsonNode history = api.as("auditor").get("/api/authorities/" + authorityId + "/history").json();
        assertThat(history).hasSize(3);
        assertThat(history.get(1).get("revision").asString()).as("history shows what is stored").isEqualTo("1");
        assertThat(history.get(1).get("payload").has("previousName")).isFalse();
        assertThat(history.get(2).get("revision").asString()).isEqualTo("2");
        assertThat(history.get(2).get("payload").get("previousName").asString())
                .as("the aggregate knew the name the revision-1 event gave it")
                .isEqualTo("Middle Shire District Council");
        await().atMost(PATIENCE).until(() -> api.get("/api/authorities/" + authorityId), response ->
                response.status() == 200 && "New Shire Council".equals(response.json().get("name").asString()));
    }
}
