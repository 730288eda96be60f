package org.decisionledger.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The ModernGov importer over HTTP: dry runs, real imports with their history, and imports repeated. */
class ImportModernGovIT extends IntegrationTest {

    private ImportJourney journey;

    @BeforeEach
    void journey() {
        journey = new ImportJourney(api);
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    @Test
    void aDryRunAnswersTheRecordAsTheContractNamesItAndRecordsNothing() {
        String council = journey.council(3);
        long before = storedEvents();
        Api.Response response = journey.moderngov(council, true, ImportJourney.seed("000_e0c1191d80822cf6.txt"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode record = response.json().get("records").get(0);
        assertThat(record.get("kind").asString()).isEqualTo("decision-record");
        assertThat(record.get("decisionMaker").asString()).isEqualTo("Cabinet");
        assertThat(record.get("decisionStatus").asString()).isEqualTo("RECOMMENDATIONS_APPROVED");
        assertThat(record.get("keyDecision").asBoolean()).isTrue();
        assertThat(record.get("subjectToCallIn").asBoolean()).isTrue();
        assertThat(record.get("publicationDate").asString()).isEqualTo("2023-09-21");
        assertThat(record.get("dateOfDecision").asString()).isEqualTo("2023-09-20");
        assertThat(record.get("effectiveFrom").asString()).isEqualTo("2023-09-27");
        assertThat(record.get("firstPublished").isNull()).isTrue();
        assertThat(record.get("decisionDue").isNull()).isTrue();
        assertThat(record.get("impliedCallInWorkingDays").asInt()).isEqualTo(3);
        assertThat(strings(record.get("flags"))).isEmpty();
        assertThat(record.get("raw").get("publicationDate").asString()).isEqualTo("21/09/2023");
        assertThat(record.get("delegations").size()).isEqualTo(2);
        assertThat(record.get("commands").valueStream().map(step -> step.get("outcome").asString()).distinct())
                .containsExactly("planned");
        assertThat(response.json().get("importId").isNull()).isTrue();
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anImportRecordsTheDecisionAsTheOfficerWithItsSourceAndASecondImportRecordsNothing() {
        String council = journey.council(3);
        String page = ImportJourney.seed("000_e0c1191d80822cf6.txt");
        Api.Response first = journey.moderngov(council, false, page);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode record = first.json().get("records").get(0);
        assertThat(record.get("commands").valueStream().map(step -> step.get("command").asString() + " "
                + step.get("outcome").asString())).containsExactly("ProposeDecision recorded",
                "ApproveRecommendations recorded", "PublishDecision recorded", "DelegateAuthority recorded",
                "DelegateAuthority recorded");
        String id = record.get("id").asString();
        journey.readWhen("/api/decisions/" + id, json -> "EFFECTIVE".equals(json.get("status").asString()));

        List<Map<String, Object>> events = jdbc.queryForList("""
                SELECT meta_data ->> 'actor' AS actor, meta_data ->> 'importId' AS import_id,
                       meta_data ->> 'sourceHash' AS source_hash
                FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number < 3""", id);
        assertThat(events).hasSize(3).allSatisfy(event -> {
            assertThat(event.get("actor")).isEqualTo("officer");
            assertThat(event.get("import_id")).isEqualTo(first.json().get("importId").asString());
            assertThat(event.get("source_hash")).isEqualTo(first.json().get("sourceHash").asString());
        });
        JsonNode logged = api.as("auditor").get("/api/imports/" + first.json().get("importId").asString()).json();
        assertThat(logged.get("records").get(0).get("raw").get("dateOfDecision").asString()).isEqualTo("20/09/2023");

        long before = storedEvents();
        Api.Response second = journey.moderngov(council, false, page);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("counts").get("recorded").asLong()).isZero();
        assertThat(second.json().get("records").get(0).get("id").asString()).isEqualTo(id);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aListingPageBecomesOneDecisionPerRecordWithItsFlags() {
        String council = journey.council(3);
        Api.Response response = journey.moderngov(council, false, """
                Decisions published this week
                School transport policy
                Decision Maker: Cabinet
                Decision status: recommendations approved
                Is Key decision?: No
                Is subject to call in?: Yes
                Decisions:
                (a) That the revised policy be adopted.
                Publication date: 21/09/2023
                Date of decision: 20/09/2023
                Effective from: 29/09/2023
                Parking charges
                Decision Maker: Cabinet Member for Highways
                Decision status: Approved
                Is Key decision?: no
                Is subject to call in?: yes
                Publication date: 19/09/2023
                Date of decision: 20/09/2023
                Effective from: 18/09/2023
                Library review
                Decision Maker: Cabinet
                Decision due: June 2024
                Urgent item?: Yes
                """);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode records = response.json().get("records");
        assertThat(records.size()).isEqualTo(3);
        JsonNode transport = records.get(0);
        assertThat(transport.get("impliedCallInWorkingDays").asInt()).isEqualTo(5);
        assertThat(strings(transport.get("flags"))).contains("EFFECTIVE_DATE_DISAGREES_WITH_RULE");
        assertThat(transport.get("ruleEffectiveFrom").asString()).isEqualTo("2023-09-27");
        JsonNode parking = records.get(1);
        assertThat(strings(parking.get("flags"))).contains("PUBLICATION_BEFORE_DECISION", "EFFECTIVE_BEFORE_PUBLICATION");
        assertThat(parking.get("impliedCallInWorkingDays").isNull()).isTrue();
        assertThat(parking.get("commands").toString()).contains("PUBLICATION_BEFORE_DECISION");
        JsonNode library = records.get(2);
        assertThat(library.get("kind").asString()).isEqualTo("forward-plan");
        assertThat(library.get("decisionDue").isNull()).isTrue();
        assertThat(library.get("decisionDueMonth").asString()).isEqualTo("2024-06");
        assertThat(strings(library.get("flags"))).contains("MONTH_PRECISION_DUE_DATE", "URGENCY_PROCEDURE",
                "KEY_DECISION_NOT_SHOWN");
        assertThat(library.get("commands").toString()).as("not entered as 'not key'").contains("KEY_DECISION_NOT_SHOWN");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, library.get("id").asString())).isZero();

        JsonNode view = journey.readWhen("/api/decisions/" + transport.get("id").asString(),
                json -> "EFFECTIVE".equals(json.get("status").asString()));
        assertThat(view.get("effectiveFrom").asString()).as("the ledger applies the council's rule").isEqualTo("2023-09-27");
        JsonNode timeline = api.get("/api/decisions/" + transport.get("id").asString() + "/timeline").json();
        assertThat(timeline.get(0).get("kind").asString()).isEqualTo("PROPOSED");
        assertThat(timeline.get(0).get("date").asString())
                .as("dated by the earliest date the page gives, not the day of the import").isEqualTo("2023-09-20");
        for (int i = 1; i < timeline.size(); i++) {
            assertThat(timeline.get(i).get("date").asString()).as("oldest first: " + timeline)
                    .isGreaterThanOrEqualTo(timeline.get(i - 1).get("date").asString());
        }
        JsonNode parkingView = journey.readWhen("/api/decisions/" + parking.get("id").asString(),
                json -> json.get("record") != null && !json.get("record").isNull());
        assertThat(parkingView.get("publication").isNull()).as("a publication before the decision is not entered").isTrue();
    }

    @Test
    void aPageWithTextLongerThanAnOfficerMayTypeStillReachesTheRegisterAndStopsNothing() {
        String council = journey.council(3);
        String decisionMaker = "Cabinet Member " + "and deputy ".repeat(1_000);
        Api.Response response = journey.moderngov(council, false, """
                Decisions published this week
                Sale of the depot
                Decision Maker: %s
                Decision status: Recommendations approved
                Is Key decision?: No
                Is subject to call in?: Yes
                Publication date: 21/09/2023
                Date of decision: 20/09/2023
                """.formatted(decisionMaker));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("counts").get("recorded").asInt()).as(response.toString()).isPositive();
        String id = response.json().get("records").get(0).get("id").asString();

        JsonNode view = journey.readWhen("/api/decisions/" + id, json -> json.has("decisionMaker"));
        assertThat(view.get("decisionMaker").asString()).isEqualTo(decisionMaker.strip());
        String after = api.as("officer").post("/api/decisions", java.util.Map.of("authorityId", council,
                "title", "Proposed after the long page", "decisionMaker", "Cabinet", "keyDecision", false))
                .json().get("id").asString();
        assertThat(journey.readWhen("/api/decisions/" + after, json -> json.has("title")).get("title").asString())
                .as("the register went on after it").isEqualTo("Proposed after the long page");
    }

    @Test
    void kentsForwardPlanItemGoesOnTheForwardPlanWithItsNotice() {
        String council = journey.council(5);
        Api.Response response = journey.moderngov(council, false, ImportJourney.seed("004_ae0ca96d445fd895.txt"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode record = response.json().get("records").get(0);
        assertThat(record.get("kind").asString()).isEqualTo("forward-plan");
        assertThat(record.get("firstPublished").asString()).isEqualTo("2021-02-04");
        assertThat(record.get("decisionDue").asString()).isEqualTo("2021-03-05");
        assertThat(record.get("earliestDecisionDate").asString()).isEqualTo("2021-03-05");
        assertThat(strings(record.get("flags"))).containsExactly("DECIDED_WITHOUT_DATE");
        // The proposal and the notice are two commands: wait until the register has both, not just the first.
        JsonNode plan = journey.readWhen("/api/forward-plan?authority=" + council,
                json -> json.size() == 1 && json.get(0).get("notice") != null && !json.get(0).get("notice").isNull());
        assertThat(plan.get(0).get("notice").get("earliestDecisionDate").asString()).isEqualTo("2021-03-05");
    }
}
