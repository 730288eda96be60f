package org.decisionledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.decisionledger.app.audit.AuditFixtures.PATIENCE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The audit trail as an auditor reads it: who did what, when, through which command, in which chain. */
class AuditTrailIT extends IntegrationTest {

    private String authorityId;

    @BeforeEach
    void council() {
        authorityId = AuditFixtures.council(api);
    }

    @Test
    void everyRowNamesTheSignedInPrincipalWhateverTheRequestClaims() {
        Map<String, Object> claimingSomeoneElse = new LinkedHashMap<>(Map.of("authorityId", authorityId,
                "title", "Library closures", "decisionMaker", "Cabinet", "keyDecision", false));
        claimingSomeoneElse.put("actor", "mallory");
        Api.Response refused = api.as("officer").post("/api/decisions", claimingSomeoneElse);
        assertThat(refused.status()).as("a body can never name the actor").isEqualTo(400);

        String decisionId = api.as("officer").header("X-Request-Id", "audit-req-1")
                .header("X-Actor", "mallory").header("X-Forwarded-User", "mallory")
                .post("/api/decisions", Map.of("authorityId", authorityId, "title", "Library closures",
                        "decisionMaker", "Cabinet", "keyDecision", false))
                .json().get("id").asString();

        JsonNode row = AuditFixtures.auditOf(api, decisionId, 1).get(0);
        assertThat(row.get("actor").asString()).isEqualTo("officer");
        assertThat(row.get("actorName").asString()).isEqualTo("officer");
        assertThat(row.get("roles")).hasSize(1);
        assertThat(row.get("roles").get(0).asString()).isEqualTo("OFFICER");
        assertThat(row.get("command").asString()).isEqualTo("ProposeDecision");
        assertThat(row.get("type").asString()).isEqualTo("DecisionProposed");
        assertThat(row.get("aggregateType").asString()).isEqualTo("Decision");
        assertThat(row.get("sequence").asLong()).isZero();
        assertThat(row.get("requestId").asString()).isEqualTo("audit-req-1");
        assertThat(Instant.parse(row.get("recordedAt").asString())).isBefore(Instant.now().plusSeconds(1));
        assertThat(row.get("businessDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(row.get("correlationId").asString()).isNotBlank();
        assertThat(row.get("causationId").asString()).isEqualTo(row.get("correlationId").asString());

        JsonNode configured = AuditFixtures.auditOf(api, authorityId, 1).get(0);
        assertThat(configured.get("actor").asString()).isEqualTo("admin");
        assertThat(configured.get("type").asString()).isEqualTo("AuthorityRegistered");
    }

    @Test
    void eventsCausedByADeadlineNameTheSystemAndKeepTheCorrelationOfTheCommandThatStartedTheChain() {
        String decisionId = AuditFixtures.propose(api, authorityId, "Parking charges");
        AuditFixtures.approve(api, decisionId, "2023-09-20");
        AuditFixtures.publishAndLetTheWindowClose(api, jdbc, decisionId, "2023-09-21");

        List<JsonNode> rows = AuditFixtures.auditOf(api, decisionId, 4);
        JsonNode published = rows.stream().filter(row -> row.get("type").asString().equals("DecisionPublished"))
                .findFirst().orElseThrow();
        JsonNode tookEffect = rows.stream().filter(row -> row.get("type").asString().equals("DecisionTookEffect"))
                .findFirst().orElseThrow();

        assertThat(published.get("actor").asString()).isEqualTo("officer");
        assertThat(tookEffect.get("actor").asString()).isEqualTo("system");
        assertThat(tookEffect.get("roles").get(0).asString()).isEqualTo("SYSTEM");
        assertThat(tookEffect.get("command").asString()).isEqualTo("deadline:call-in-window-closes");
        assertThat(tookEffect.get("businessDate").asString()).isEqualTo("2023-09-27");
        assertThat(tookEffect.get("correlationId").asString())
                .as("the chain keeps the correlation id of the publication command that scheduled the deadline")
                .isEqualTo(published.get("correlationId").asString());
        assertThat(tookEffect.get("causationId").asString())
                .as("its direct cause is the deadline, not the command")
                .isNotEqualTo(published.get("causationId").asString());

        JsonNode chain = api.as("auditor").get("/api/audit?correlationId=" + published.get("correlationId").asString())
                .json();
        assertThat(chain.get("items")).extracting(item -> item.get("type").asString())
                .containsExactly("DecisionPublished", "DecisionTookEffect");
    }

    @Test
    void theTrailFiltersByActorTypeAggregateAndTimeAndPagesInAStableOrder() {
        Instant before = Instant.now().minusSeconds(1);
        List<String> decisions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            decisions.add(AuditFixtures.propose(api, authorityId, "Budget line " + i));
        }
        decisions.forEach(id -> AuditFixtures.auditOf(api, id, 1));
        Instant after = Instant.now().plusSeconds(1);

        String query = "/api/audit?actor=officer&type=DecisionProposed&from=" + before + "&to=" + after;
        JsonNode all = api.as("auditor").get(query + "&size=500").json();
        List<String> aggregates = new ArrayList<>();
        all.get("items").forEach(item -> aggregates.add(item.get("aggregateId").asString()));
        assertThat(aggregates).containsAll(decisions);
        all.get("items").forEach(item -> {
            assertThat(item.get("actor").asString()).isEqualTo("officer");
            assertThat(item.get("type").asString()).isEqualTo("DecisionProposed");
        });

        List<Long> paged = new ArrayList<>();
        long total = all.get("total").asLong();
        for (int page = 0; page < total; page++) {
            JsonNode one = api.as("auditor").get(query + "&size=1&page=" + page).json();
            assertThat(one.get("total").asLong()).isEqualTo(total);
            paged.add(one.get("items").get(0).get("position").asLong());
        }
        assertThat(paged).as("pages in the order the events were stored, none twice").isSorted().doesNotHaveDuplicates();

        assertThat(api.as("auditor").get("/api/audit?aggregateId=" + decisions.get(0)).json().get("total").asLong())
                .isEqualTo(1);
        assertThat(api.as("auditor").get("/api/audit?actor=nobody-at-all").json().get("total").asLong()).isZero();
        assertThat(api.as("auditor").get("/api/audit?from=" + after.plusSeconds(3600)).json().get("total").asLong())
                .isZero();
        assertThat(api.as("auditor").get("/api/audit?from=yesterday").status()).isEqualTo(400);
        assertThat(api.as("auditor").get("/api/audit?size=100000").status()).isEqualTo(400);
    }

    @Test
    void onlyAuditorsReachTheTrailAndOnlyAdministratorsRebuild() {
        String decisionId = AuditFixtures.propose(api, authorityId, "Who may look");
        for (String path : List.of("/api/audit", "/api/audit/verify", "/api/audit/head",
                "/api/audit/export?format=jsonl", "/api/decisions/" + decisionId + "/history",
                "/api/authorities/" + authorityId + "/history")) {
            assertThat(api.get(path).status()).as("anonymous " + path).isEqualTo(401);
            assertThat(api.as("officer").get(path).status()).as("officer " + path).isEqualTo(403);
            assertThat(api.as("scrutiny").get(path).status()).as("scrutiny " + path).isEqualTo(403);
            assertThat(api.as("admin").get(path).status()).as("admin " + path).isEqualTo(403);
        }
        assertThat(api.as("auditor").get("/api/audit").status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> api.as("auditor").get("/api/decisions/" + decisionId + "/history").status() == 200);

        assertThat(api.get("/api/admin/projections").status()).isEqualTo(401);
        assertThat(api.as("officer").get("/api/admin/projections").status()).isEqualTo(403);
        assertThat(api.as("auditor").get("/api/admin/projections").status()).isEqualTo(200);
        assertThat(api.as("admin").get("/api/admin/projections").status()).isEqualTo(200);

        String rebuild = "/api/admin/projections/audit-log/rebuild";
        assertThat(api.post(rebuild, "").status()).isEqualTo(401);
        assertThat(api.as("officer").post(rebuild, "").status()).isEqualTo(403);
        assertThat(api.as("auditor").post(rebuild, "").status()).isEqualTo(403);
        Api.Response problem = api.as("auditor").post(rebuild, "");
        assertThat(problem.contentType()).startsWith("application/problem+json");
        assertThat(problem.json().get("code").asString()).isEqualTo("ROLE_NOT_ALLOWED");
    }
}
