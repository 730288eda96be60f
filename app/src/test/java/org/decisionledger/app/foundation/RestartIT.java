package org.decisionledger.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.ServiceInstance;
import org.decisionledger.app.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** Stop the service and start it again on the same store: nothing is lost, nothing is replayed. */
class RestartIT {

    private static final String TOKEN_OF_REGISTER =
            "SELECT string_agg(encode(token, 'escape'), '|' ORDER BY segment) FROM token_entry"
                    + " WHERE processor_name = 'decision-register'";

    @Test
    void aRestartKeepsTheHistoryAndResumesProjectionsFromTheirTokens() {
        Map<String, String> store = TestDatabase.freshStore();
        String decisionId;
        String tokenBeforeRestart;
        try (ServiceInstance first = ServiceInstance.start(store, "local")) {
            Api api = first.api();
            assertThat(api.as("admin").put("/api/authorities/restart-council",
                    Map.of("name", "Restart council", "callInWorkingDays", 3)).status()).isEqualTo(201);
            decisionId = api.as("officer").post("/api/decisions", Map.of("authorityId", "restart-council",
                    "title", "Kept across restarts", "decisionMaker", "Cabinet", "keyDecision", false))
                    .json().get("id").asString();
            await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/decisions/" + decisionId).status() == 200);
            long head = first.jdbc().queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
            await("the register's token has reached the head of the store").atMost(Duration.ofSeconds(30))
                    .until(() -> first.jdbc().queryForObject(TOKEN_OF_REGISTER, String.class),
                            token -> token != null && token.contains("\"index\":" + head));
            tokenBeforeRestart = first.jdbc().queryForObject(TOKEN_OF_REGISTER, String.class);
        }

        String tokenBefore = tokenBeforeRestart;
        try (ServiceInstance second = ServiceInstance.start(store, "local")) {
            Api api = second.api();
            assertThat(second.jdbc().queryForObject(TOKEN_OF_REGISTER, String.class))
                    .as("the register's token is where the first instance left it, not reset to replay")
                    .isEqualTo(tokenBefore);
            Api.Response view = api.get("/api/decisions/" + decisionId);
            assertThat(view.status()).isEqualTo(200);
            assertThat(view.json().get("title").asString()).isEqualTo("Kept across restarts");
            assertThat(second.jdbc().queryForObject(
                    "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, decisionId))
                    .isEqualTo(1);

            String another = api.as("officer").post("/api/decisions", Map.of("authorityId", "restart-council",
                    "title", "Recorded after the restart", "decisionMaker", "Cabinet", "keyDecision", false))
                    .json().get("id").asString();
            await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/decisions/" + another).status() == 200);
            await("the register's token moves on from where it resumed").atMost(Duration.ofSeconds(30))
                    .until(() -> !tokenBefore.equals(second.jdbc().queryForObject(TOKEN_OF_REGISTER, String.class)));
        }
    }
}
