package org.decisionledger.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The thin vertical slice: configure a council, propose a decision, read it from the register. */
class ProposalSliceIT extends IntegrationTest {

    private String authorityId;

    @BeforeEach
    void council() {
        authorityId = "council-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response configured = api.as("admin").put("/api/authorities/" + authorityId,
                Map.of("name", "Staffordshire County Council", "callInWorkingDays", 3));
        assertThat(configured.status()).as(configured.toString()).isEqualTo(201);
        assertThat(configured.header("ETag")).isEqualTo("\"0\"");
    }

    private Map<String, Object> proposal() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authorityId", authorityId);
        body.put("reference", "21/00019");
        body.put("title", "SEND Strategy 2021-2024");
        body.put("decisionMaker", "Cabinet Member for Education and Skills");
        body.put("keyDecision", true);
        body.put("keyDecisionReasons", List.of("Expenditure of more than £1m"));
        body.put("decisionDue", "2021-03-05");
        return body;
    }

    @Test
    void aProposedDecisionIsStoredAsReadableJsonAndReachesTheRegister() {
        Api.Response proposed = api.as("officer").post("/api/decisions", proposal());

        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String id = proposed.json().get("id").asString();
        assertThat(proposed.json().get("version").asLong()).isZero();
        assertThat(proposed.header("ETag")).isEqualTo("\"0\"");
        assertThat(proposed.header("Location")).isEqualTo("/api/decisions/" + id);

        JsonNode view = await().atMost(Duration.ofSeconds(30)).until(
                () -> api.anonymous().get("/api/decisions/" + id), response -> response.status() == 200).json();
        assertThat(view.get("title").asString()).isEqualTo("SEND Strategy 2021-2024");
        assertThat(view.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(view.get("authorityId").asString()).isEqualTo(authorityId);
        assertThat(view.get("keyDecisionReasons").get(0).asString()).isEqualTo("Expenditure of more than £1m");

        assertThat(jdbc.queryForObject(
                "SELECT payload->>'title' FROM domain_event_entry WHERE aggregate_identifier = ?", String.class, id))
                .isEqualTo("SEND Strategy 2021-2024");
        assertThat(jdbc.queryForObject(
                "SELECT payload->>'decisionId' FROM domain_event_entry WHERE aggregate_identifier = ?", String.class, id))
                .isEqualTo(id);
        assertThat(UUID.fromString(id).version()).as("ids sort in the order they were made (ADR 16)").isEqualTo(7);
        assertThat(UUID.fromString(jdbc.queryForObject(
                "SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ?", String.class, id))
                .version()).isEqualTo(7);
    }

    @Test
    void theRegisterListsDecisionsByCouncil() {
        String id = api.as("officer").post("/api/decisions", proposal()).json().get("id").asString();

        JsonNode page = await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/decisions?authority=" + authorityId).json(),
                json -> json.get("total").asLong() == 1);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(id);
    }

    @Test
    void everyEventNamesTheSignedInActorAndTheCommandsCorrelation() {
        String id = api.as("officer").header("X-Request-Id", "req-42")
                .post("/api/decisions", proposal()).json().get("id").asString();

        Map<String, Object> metadata = jdbc.queryForMap("""
                SELECT meta_data->>'actor' AS actor, meta_data->>'roles' AS roles, meta_data->>'requestId' AS request,
                       meta_data->>'correlationId' AS correlation, meta_data->>'causationId' AS causation,
                       meta_data->>'command' AS command, payload->>'proposedOn' AS business_date
                FROM domain_event_entry WHERE aggregate_identifier = ?""", id);
        assertThat(metadata.get("actor")).isEqualTo("officer");
        assertThat(metadata.get("roles")).isEqualTo("OFFICER");
        assertThat(metadata.get("request")).isEqualTo("req-42");
        assertThat(metadata.get("command")).isEqualTo("ProposeDecision");
        assertThat((String) metadata.get("correlation")).isNotBlank();
        assertThat(metadata.get("causation")).isEqualTo(metadata.get("correlation"));
        assertThat((String) metadata.get("business_date")).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void aBodyCannotNameTheActor() {
        Map<String, Object> body = proposal();
        body.put("actor", "someone-else");
        long before = storedEvents();

        Api.Response refused = api.as("officer").post("/api/decisions", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("actor");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void noColumnOfTheStoreIsALargeObjectAndPayloadsAreJsonb() {
        assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'oid'",
                Long.class)).isZero();
        assertThat(jdbc.queryForList("""
                SELECT data_type FROM information_schema.columns
                WHERE table_name = 'domain_event_entry' AND column_name IN ('payload', 'meta_data')""", String.class))
                .containsOnly("jsonb");
    }
}
