package org.decisionledger.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Councils' rules are versioned by date, and the statutory dates follow the version in force. */
class AuthorityRulesIT extends IntegrationTest {

    @Test
    void theDatesFollowTheRulesInForceOnThePublicationDay() {
        String id = "rules-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.as("admin").put("/api/authorities/" + id,
                Map.of("name", "Staffordshire County Council", "callInWorkingDays", 3)).status()).isEqualTo(201);
        Api.Response adopted = api.as("admin").put("/api/authorities/" + id,
                Map.of("name", "Staffordshire County Council", "callInWorkingDays", 5, "validFrom", "2024-01-01"));
        assertThat(adopted.status()).isEqualTo(200);
        assertThat(adopted.header("ETag")).isEqualTo("\"1\"");

        Api.Response unchanged = api.as("admin").put("/api/authorities/" + id,
                Map.of("name", "Staffordshire County Council", "callInWorkingDays", 5, "validFrom", "2024-01-01"));
        assertThat(unchanged.header("ETag")).as("an identical PUT records nothing").isEqualTo("\"1\"");

        await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/authorities/" + id).json(),
                json -> json.has("history") && json.get("history").size() == 2);

        JsonNode seed000 = api.get("/api/authorities/" + id + "/dates?published=2023-09-21").json();
        assertThat(seed000.get("callInClosesOn").asString()).isEqualTo("2023-09-26");
        assertThat(seed000.get("effectiveFrom").asString()).isEqualTo("2023-09-27");
        assertThat(seed000.get("callInWorkingDays").asInt()).isEqualTo(3);

        JsonNode later = api.get("/api/authorities/" + id + "/dates?published=2024-03-27").json();
        assertThat(later.get("callInWorkingDays").asInt()).isEqualTo(5);

        JsonNode kent = api.get("/api/authorities/" + id + "/dates?noticeFirstPublished=2021-02-04").json();
        assertThat(kent.get("earliestDecisionDate").asString()).isEqualTo("2021-03-05");
        assertThat(kent.get("earliestUnderGeneralException").asString()).isEqualTo("2021-02-10");
    }

    @Test
    void datesNeedADateAndAKnownCouncil() {
        assertThat(api.get("/api/authorities/nowhere/dates?published=2023-09-21").status()).isEqualTo(404);
        String id = "dates-" + UUID.randomUUID().toString().substring(0, 8);
        api.as("admin").put("/api/authorities/" + id, Map.of("name", "A council", "callInWorkingDays", 3));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/authorities/" + id).status() == 200);
        assertThat(api.get("/api/authorities/" + id + "/dates").status()).isEqualTo(400);
        assertThat(api.get("/api/authorities/" + id + "/dates?published=2023-13-01").status()).isEqualTo(400);
        Api.Response uncovered = api.get("/api/authorities/" + id + "/dates?published=2031-01-06");
        assertThat(uncovered.status()).isEqualTo(409);
        assertThat(uncovered.json().get("code").asString()).isEqualTo("CALENDAR_NOT_COVERED");
    }
}
