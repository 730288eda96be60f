package org.decisionledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Every kind of record has its raw history for auditors, and only for them. */
class AuditHistoryOfEveryKindIT extends IntegrationTest {

    @Test
    void councilsDecisionsDelegationsActionPlansAndScrutinyItemsEachHaveTheirHistory() {
        String council = "history-" + UUID.randomUUID().toString().substring(0, 8);
        api.as("admin").put("/api/authorities/" + council, Map.of("name", "History council", "callInWorkingDays", 3));
        String decision = api.as("officer").post("/api/decisions", Map.of("authorityId", council, "title",
                "A decision", "decisionMaker", "Cabinet", "keyDecision", false)).json().get("id").asString();
        Api.Response delegated = api.as("officer").post("/api/delegations", Map.of("authorityId", council,
                "delegate", "Director for Children and Families", "scope", "Allocating funding for the SEDIS teams",
                "validFrom", "2023-09-27"));
        assertThat(delegated.status()).as(delegated.toString()).isEqualTo(201);
        String delegation = delegated.json().get("id").asString();
        Api.Response planned = api.as("officer").post("/api/action-plans", Map.of("authorityId", council,
                "title", "Written Statement of Action", "kind", "WRITTEN_STATEMENT_OF_ACTION"));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        String plan = planned.json().get("id").asString();
        Api.Response heard = api.as("scrutiny").post("/api/scrutiny-items", Map.of("authorityId", council,
                "committee", "Children and Families Overview and Scrutiny Panel", "meetingDate", "2018-05-16",
                "title", "Special Education Needs/Disabilities Strategy"));
        assertThat(heard.status()).as(heard.toString()).isEqualTo(201);
        String item = heard.json().get("id").asString();

        Map<String, String> firstEvents = Map.of(
                "/api/authorities/" + council + "/history", "AuthorityRegistered",
                "/api/decisions/" + decision + "/history", "DecisionProposed",
                "/api/delegations/" + delegation + "/history", "DelegationGranted",
                "/api/action-plans/" + plan + "/history", "ActionPlanCreated",
                "/api/scrutiny-items/" + item + "/history", "ScrutinyItemRecorded");
        firstEvents.forEach((path, type) -> {
            Api.Response history = api.as("auditor").get(path);
            assertThat(history.status()).as(path + ": " + history).isEqualTo(200);
            JsonNode first = history.json().get(0);
            assertThat(first.get("type").asString()).isEqualTo(type);
            assertThat(first.get("sequence").asLong()).isZero();
            assertThat(first.get("actor").asString()).isIn("admin", "officer", "scrutiny");
            assertThat(api.as("officer").get(path).status()).as(path + " for an officer").isEqualTo(403);
            assertThat(api.anonymous().get(path).status()).as(path + " without sign-in").isEqualTo(401);
            assertThat(api.anonymous().head(path).status()).as("HEAD " + path + " without sign-in").isEqualTo(401);
            assertThat(api.as("officer").head(path).status()).as("HEAD " + path + " for an officer").isEqualTo(403);
            assertThat(api.as("auditor").head(path).status()).as("HEAD " + path + " for an auditor").isEqualTo(200);
        });
        for (String wrongKind : List.of("/api/delegations/" + decision + "/history",
                "/api/action-plans/" + delegation + "/history", "/api/decisions/" + plan + "/history",
                "/api/scrutiny-items/" + plan + "/history", "/api/decisions/" + item + "/history")) {
            assertThat(api.as("auditor").get(wrongKind).status()).as(wrongKind).isEqualTo(404);
        }
    }
}
