package org.decisionledger.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The action-plan importer over HTTP on seed 002: a dry run, the plan it creates, and an import repeated. */
class ImportActionPlanIT extends IntegrationTest {

    private ImportJourney journey;

    @BeforeEach
    void journey() {
        journey = new ImportJourney(api);
    }

    @Test
    void seed002IsParsedInADryRunAndBecomesATrackerOnce() {
        String council = journey.council(3);
        String page = ImportJourney.seed("002_cb54acbb4f8751e0.txt");
        long before = storedEvents();
        Api.Response dry = journey.actionPlan(council, true, page);
        assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
        JsonNode plan = dry.json().get("plan");
        assertThat(plan.get("kind").asString()).isEqualTo("WRITTEN_STATEMENT_OF_ACTION");
        assertThat(plan.get("actions").size()).isEqualTo(6);
        JsonNode e = plan.get("actions").get(4);
        assertThat(e.get("statuses").get(0).get("status").asString()).isEqualTo("In progress");
        assertThat(e.get("statuses").get(0).get("normalisedStatus").asString()).isEqualTo("IN_PROGRESS");
        assertThat(e.get("statuses").get(2).get("raw").asString()).isEqualTo("April 2021 - complete");
        assertThat(storedEvents()).isEqualTo(before);

        Api.Response imported = journey.actionPlan(council, false, page);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("counts").get("refused").asLong()).isZero();
        String planId = imported.json().get("plan").get("id").asString();
        JsonNode tracker = journey.readWhen("/api/action-plans/" + planId,
                json -> json.get("actions").size() == 6 && json.get("version").asLong() >= 50);
        assertThat(tracker.toString()).contains("Tim Moss", "Lynsey Bissell", "Wendy Tompson", "2021-12");

        long after = storedEvents();
        Api.Response again = journey.actionPlan(council, false, page);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("counts").get("recorded").asLong()).isZero();
        assertThat(storedEvents()).isEqualTo(after);
    }

    @Test
    void aChangedStatusForAReviewPointIsRefusedAndReportedNotOverwritten() {
        String council = journey.council(3);
        String page = """
                Eastshire Written Statement of Action
                Priority 1
                Leaders do not work together
                1.1. Governance
                a. Agree a governance structure
                Lead: A Lead
                - December 2019 - In progress
                """;
        assertThat(journey.actionPlan(council, false, page).status()).isEqualTo(200);
        Api.Response changed = journey.actionPlan(council, false, page.replace("In progress", "Complete"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("commands").toString()).contains("STATUS_ALREADY_RECORDED");
    }
}
