package org.decisionledger.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.axonframework.common.caching.Cache;
import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.decisionledger.command.common.AggregateCaches;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import tools.jackson.databind.JsonNode;

/**
 * A node keeps the aggregates it changed (ADR 14), but another node may append to one of them. The
 * cached copy must then not be used: a command checked against it would be refused for a version
 * the record no longer has, or decided on facts that are no longer true.
 */
class AggregateCacheIT extends IntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    @Qualifier(AggregateCaches.AUTHORITIES)
    private Cache authorities;

    @Test
    void aCachedAggregateIsUsedOnlyWhileTheStoreHoldsNothingNewerForIt() {
        String id = "cached-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.as("admin").put("/api/authorities/" + id,
                Map.of("name", "Cache Shire District Council", "callInWorkingDays", 3)).status()).isEqualTo(201);
        assertThat(api.as("admin").put("/api/authorities/" + id,
                Map.of("name", "Cache Shire Council", "callInWorkingDays", 3)).header("ETag")).isEqualTo("\"1\"");
        assertThat(authorities.containsKey(id)).as("the node keeps the aggregate it changed").isTrue();

        // Another node renames it: its event is in the store, and this node's copy is at version 1.
        storeAuthorityRenamedDirectly(id, 2, "2", "{\"authorityId\": \"" + id + "\", \"name\": \"Cache Shire Borough Council\", "
                + "\"previousName\": \"Cache Shire Council\", \"configuredOn\": \"2026-11-02\"}");

        Api.Response renamed = api.as("admin").header("If-Match", "\"2\"").put("/api/authorities/" + id,
                Map.of("name", "Cache Shire City Council", "callInWorkingDays", 3));

        assertThat(renamed.status()).as("version 2 is the record's version: " + renamed).isEqualTo(200);
        assertThat(renamed.header("ETag")).isEqualTo("\"3\"");
        JsonNode history = api.as("auditor").get("/api/authorities/" + id + "/history").json();
        assertThat(history).hasSize(4);
        assertThat(history.get(3).get("payload").get("previousName").asString())
                .as("the rename was decided on the other node's name").isEqualTo("Cache Shire Borough Council");
        await().atMost(PATIENCE).until(() -> api.get("/api/authorities/" + id), response ->
                response.status() == 200 && "Cache Shire City Council".equals(response.json().get("name").asString()));
    }
}
