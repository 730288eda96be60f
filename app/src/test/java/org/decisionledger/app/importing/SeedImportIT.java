package org.decisionledger.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The five seeds as the local profile loads them on first start: every fact the seeds README lists
 * is readable back through the API, and each imported fact names the seed importer, its import and
 * the hash of its source text.
 */
class SeedImportIT extends IntegrationTest {

    private JsonNode readWhen(String path, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            Api.Response response = api.get(path);
            return response.status() == 200 ? response.json() : null;
        }, json -> json != null && condition.test(json));
    }

    private JsonNode onlyDecision(String authority) {
        JsonNode page = readWhen("/api/decisions?authority=" + authority, json -> json.get("total").asLong() >= 1);
        return page.get("items").get(0);
    }

    private static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(node -> node.get(field).isNull() ? null : node.get(field).asString()).toList();
    }

    @Test
    void seed000IsAnEffectiveCabinetDecisionWithItsResolutionsAndDelegations() {
        JsonNode listed = onlyDecision("staffordshire");
        String id = listed.get("id").asString();
        JsonNode decision = readWhen("/api/decisions/" + id, json -> json.get("delegations").size() == 2);
        assertThat(decision.get("title").asString()).startsWith("SEND Accelerated Progress Plan: Enhanced Assess-Plan-Do");
        assertThat(decision.get("decisionMaker").asString()).isEqualTo("Cabinet");
        assertThat(decision.get("keyDecision").asBoolean()).isTrue();
        assertThat(decision.get("leadOfficer").asString()).isEqualTo("Halit Hulusi");
        assertThat(decision.get("proposedDecision").asString()).startsWith("Staffordshire County Council has worked");
        assertThat(decision.get("status").asString()).isEqualTo("EFFECTIVE");
        JsonNode record = decision.get("record");
        assertThat(record.get("decidedOn").asString()).isEqualTo("2023-09-20");
        assertThat(record.get("decidedAt").asString()).isEqualTo("20/09/2023 - Cabinet");
        assertThat(record.get("procedure").asString()).isEqualTo("NOT_SHOWN_IN_PUBLISHED_RECORD");
        assertThat(texts(record.get("resolutions"), "label")).containsExactly("(a)", "(b)", "(c)", "(d)", "(e)");
        assertThat(texts(record.get("resolutions").get(4).get("subItems"), "label")).containsExactly("(i)", "(ii)");
        JsonNode publication = decision.get("publication");
        assertThat(publication.get("publishedOn").asString()).isEqualTo("2023-09-21");
        assertThat(publication.get("subjectToCallIn").asBoolean()).isTrue();
        assertThat(decision.get("callInClosesOn").asString()).isEqualTo("2023-09-26");
        assertThat(decision.get("effectiveFrom").asString()).isEqualTo("2023-09-27");

        List<String> delegations = decision.get("delegations").valueStream().map(JsonNode::asString).toList();
        List<JsonNode> granted = delegations.stream().map(delegation -> api.get("/api/delegations/" + delegation).json())
                .toList();
        assertThat(granted).extracting(json -> json.get("delegate").asString())
                .containsOnly("Director for Children and Families");
        assertThat(granted).extracting(json -> json.get("scope").asString()).containsExactlyInAnyOrder(
                "allocating funding for the 8 Staffordshire Enhanced District Inclusion Support Teams (SEDIS)",
                "the award of the Staffordshire Children and Young Peoples Framework");
    }

    @Test
    void seededEventsNameTheSeedImporterTheImportAndTheSourceHash() {
        String id = onlyDecision("staffordshire").get("id").asString();
        List<java.util.Map<String, Object>> events = jdbc.queryForList("""
                SELECT payload_type, meta_data ->> 'actor' AS actor, meta_data ->> 'importId' AS import_id,
                       meta_data ->> 'sourceHash' AS source_hash
                FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""", id);
        assertThat(events).extracting(event -> ((String) event.get("payload_type")).replaceAll(".*\\.", ""))
                .containsExactly("DecisionProposed", "RecommendationsApproved", "DecisionPublished", "DecisionTookEffect");
        for (java.util.Map<String, Object> event : events.subList(0, 3)) {
            assertThat(event.get("actor")).isEqualTo("seed-importer");
            assertThat((String) event.get("import_id")).hasSize(36);
            assertThat((String) event.get("source_hash")).hasSize(64);
        }
        assertThat(events.get(3).get("actor")).as("the effect comes from the deadline").isEqualTo("system");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM import_log WHERE actor = 'seed-importer'", Long.class))
                .as("three pages through the importers, two agenda items entered").isEqualTo(5);
    }

    @Test
    void seed001NamesTheDecisionRecordForEveryFactItsPageDoesNotState() {
        String id = onlyDecision("buckinghamshire").get("id").asString();
        List<java.util.Map<String, Object>> events = jdbc.queryForList("""
                SELECT payload_type, meta_data ->> 'importId' AS import_id, meta_data ->> 'sourceHash' AS source_hash,
                       meta_data ->> 'supplementedFrom' AS source, meta_data ->> 'supplementedFacts' AS facts
                FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""", id);
        assertThat(events).extracting(event -> ((String) event.get("payload_type")).replaceAll(".*\\.", ""))
                .containsExactly("DecisionProposed", "RecommendationsApproved", "DecisionPublished", "DecisionTookEffect");
        String record = "https://buckinghamshire.moderngov.co.uk/ieDecisionDetails.aspx?ID=423";
        assertThat(events.subList(0, 3)).extracting(event -> event.get("source")).containsOnly(record);
        assertThat(events.subList(0, 3)).extracting(event -> event.get("facts")).containsExactly(
                "keyDecision,proposedOn", "decidedOn,decidedAt,conflictsOfInterest", "publishedOn,subjectToCallIn");
        assertThat(events.get(3).get("source")).as("the effective date is the ledger's own").isNull();

        String importId = (String) events.get(0).get("import_id");
        JsonNode logged = api.as("auditor").get("/api/imports/" + importId).json();
        assertThat(logged.get("sourceHash").asString()).isEqualTo(events.get(0).get("source_hash"));
        assertThat(logged.get("counts").get("recorded").asLong()).isEqualTo(4);
        assertThat(logged.get("records").get(0).get("id").asString()).isEqualTo(id);
        assertThat(logged.get("supplements").valueStream().map(supplement -> supplement.get("command").asString()))
                .containsExactly("ProposeDecision", "ApproveRecommendations", "PublishDecision");
        assertThat(logged.get("supplements").valueStream().map(supplement -> supplement.get("source").asString()))
                .containsOnly(record);
        JsonNode listed = api.as("auditor").get("/api/imports?authority=buckinghamshire").json();
        assertThat(listed.valueStream().map(entry -> entry.get("kind").asString())).containsExactly("agenda-item");
        assertThat(listed.get(0).get("source").asString()).isEqualTo("seeds/001_2cb3b26a7133813c.txt");
    }

    private JsonNode onlyScrutinyItem(String authority) {
        return readWhen("/api/scrutiny-items?authority=" + authority, json -> json.size() >= 1).get(0);
    }

    @Test
    void seed003IsEnteredFromItsPageAloneAndLoggedAsAnImport() {
        String id = onlyScrutinyItem("worcestershire").get("id").asString();
        String plan = readWhen("/api/action-plans?authority=worcestershire", json -> json.size() == 1).get(0)
                .get("id").asString();
        List<java.util.Map<String, Object>> events = jdbc.queryForList("""
                SELECT payload_type, meta_data ->> 'actor' AS actor, meta_data ->> 'importId' AS import_id,
                       meta_data ->> 'sourceHash' AS source_hash, meta_data ->> 'supplementedFrom' AS source
                FROM domain_event_entry WHERE aggregate_identifier IN (?, ?) ORDER BY global_index""", id, plan);
        assertThat(events).extracting(event -> ((String) event.get("payload_type")).replaceAll(".*\\.", ""))
                .containsExactly("ScrutinyItemRecorded", "ActionPlanCreated");
        assertThat(events).extracting(event -> event.get("source")).containsOnlyNulls();
        assertThat(events).extracting(event -> event.get("actor")).containsOnly("seed-importer");
        assertThat(events).extracting(event -> event.get("import_id")).doesNotContainNull().hasSize(2)
                .containsOnly(events.get(0).get("import_id"));
        JsonNode logged = api.as("auditor").get("/api/imports/" + events.get(0).get("import_id")).json();
        assertThat(logged.get("sourceHash").asString()).isEqualTo(events.get(0).get("source_hash"));
        assertThat(logged.get("counts").get("recorded").asLong()).isEqualTo(2);
        assertThat(logged.get("counts").get("refused").asLong()).isZero();
        assertThat(logged.get("records").get(0).get("id").asString()).isEqualTo(id);
        assertThat(logged.get("supplements").size()).isZero();
        JsonNode listed = api.as("auditor").get("/api/imports?authority=worcestershire").json();
        assertThat(listed.valueStream().map(entry -> entry.get("kind").asString())).containsExactly("agenda-item");
        assertThat(listed.get(0).get("source").asString()).isEqualTo("seeds/003_e7f5dec1037370e4.txt");
    }

    @Test
    void seed004IsOnKentsForwardPlanWithItsNoticeAndEarliestDate() {
        // The proposal and the notice are two commands: wait until the register has both, not just the first.
        JsonNode plan = readWhen("/api/forward-plan?authority=kent",
                json -> json.size() == 1 && json.get(0).get("notice") != null && !json.get(0).get("notice").isNull());
        JsonNode item = plan.get(0);
        assertThat(item.get("reference").asString()).isEqualTo("21/00019");
        assertThat(item.get("title").asString()).isEqualTo("SEND Strategy 2021-2024");
        assertThat(item.get("decisionMaker").asString()).isEqualTo("Cabinet Member for Integrated Children's Services");
        assertThat(item.get("keyDecisionReasons").get(0).asString()).isEqualTo("Expenditure or savings of more than £1m");
        assertThat(item.get("wardsAffected").get(0).asString()).isEqualTo("(All Division)");
        assertThat(item.get("leadMember").asString()).isEqualTo("Cabinet Member for Education and Skills");
        assertThat(item.get("leadOfficer").asString()).isEqualTo("Mark Walker");
        assertThat(item.get("department").asString()).isEqualTo("Education & Young People's Services");
        assertThat(item.get("contact").asString()).isEqualTo("Tel: 03000411223.");
        assertThat(item.get("proposedDecision").asString()).startsWith("The Cabinet Member for Integrated Children");
        assertThat(item.get("decisionDue").asString()).isEqualTo("2021-03-05");
        assertThat(item.get("notice").get("firstPublished").asString()).isEqualTo("2021-02-04");
        assertThat(item.get("notice").get("earliestDecisionDate").asString()).isEqualTo("2021-03-05");
    }

    @Test
    void seed002IsStaffordshiresTrackerWithLeadsAndStatusesPerReviewPoint() {
        JsonNode plans = readWhen("/api/action-plans?authority=staffordshire", json -> json.size() == 1);
        String planId = plans.get(0).get("id").asString();
        JsonNode tracker = readWhen("/api/action-plans/" + planId, json -> json.get("actions").size() == 6);
        assertThat(tracker.get("title").asString()).isEqualTo("Staffordshire Local Area Written Statement of Action");
        assertThat(texts(tracker.get("priorities"), "ref")).containsExactly("1", "1.1", "1.2");
        assertThat(texts(tracker.get("actions"), "ref"))
                .containsExactly("1.1.a", "1.1.b", "1.1.c", "1.1.d", "1.1.e", "1.2.a");
        JsonNode a = tracker.get("actions").get(0);
        assertThat(a.get("leads").valueStream().map(JsonNode::asString)).containsExactly("Tim Moss", "Lynn Tolley");
        assertThat(a.get("evidenceOfImpact").asString()).startsWith("SEND Inclusion & Partnership Group (IPG) ToR");
        JsonNode e = tracker.get("actions").get(4);
        String statuses = e.toString();
        assertThat(statuses).contains("2019-12", "In progress", "2020-01", "2021-04", "complete", "2021-12");
        JsonNode history = api.get("/api/action-plans/" + planId + "/actions/1.2.a/history").json();
        assertThat(history.toString()).contains("JSNA (SEND focus)", "Position Statement 4 (EHC)", "2021-02");
    }

    @Test
    void seed001IsAnApprovedStrategyWithItsMinutesAndItsImprovementPlan() {
        JsonNode bucks = onlyDecision("buckinghamshire");
        assertThat(bucks.get("title").asString()).isEqualTo("SEND and Inclusion Strategy 2021-23 and SEND Improvement Plan");
        assertThat(bucks.get("status").asString()).isEqualTo("EFFECTIVE");
        assertThat(bucks.get("leadMember").asString()).isEqualTo("A Cranmer, Cabinet Member for Education and Skills");
        JsonNode record = bucks.get("record");
        assertThat(record.get("decidedOn").asString()).isEqualTo("2021-03-02");
        assertThat(record.get("resolutions").get(0).get("text").asString())
                .startsWith("RESOLVED that the updated Special Educational Needs and Disabilities (SEND)");
        assertThat(record.get("reasons").asString()).startsWith("A Cranmer, Cabinet Member for Education and Skills, "
                + "introduced the report").contains("SEND Integrated Services Board");
        assertThat(bucks.get("effectiveFrom").asString()).isEqualTo("2021-03-10");
        JsonNode plans = readWhen("/api/action-plans?authority=buckinghamshire", json -> json.size() == 1);
        assertThat(plans.get(0).get("sourceDecisionId").asString()).isEqualTo(bucks.get("id").asString());
    }

    @Test
    void seed003IsAScrutinyItemWithItsFindingsAndTheSeventyDayDeadline() {
        JsonNode listed = onlyScrutinyItem("worcestershire");
        JsonNode item = api.get("/api/scrutiny-items/" + listed.get("id").asString()).json();
        assertThat(item.get("committee").asString()).isEqualTo("Children and Families Overview and Scrutiny Panel");
        assertThat(item.get("meetingDate").asString()).isEqualTo("2018-05-16");
        assertThat(item.get("itemNumber").asString()).isEqualTo("325");
        assertThat(item.get("title").asString()).isEqualTo("Special Education Needs/Disabilities Strategy");
        assertThat(item.get("summary").asString()).startsWith("The Cabinet Member with Responsibility for Education")
                .contains("view the full minutes text");
        List<String> findings = item.get("findings").valueStream().map(JsonNode::asString).toList();
        assertThat(findings).hasSize(12).contains("the local offer was not fit for purpose")
                .noneMatch(finding -> finding.contains("70 days"));
        assertThat(item.get("requirements").size()).isEqualTo(1);
        JsonNode requirement = item.get("requirements").get(0);
        assertThat(requirement.get("text").asString()).isEqualTo("the Action Plan agreed by all partners needed to "
                + "be signed and submitted to Ofsted/CQC within 70 days");
        assertThat(requirement.get("dueBy").asString()).isEqualTo("2018-07-25");

        JsonNode plans = readWhen("/api/action-plans?authority=worcestershire", json -> json.size() == 1);
        JsonNode plan = api.get("/api/action-plans/" + plans.get(0).get("id").asString()).json();
        assertThat(plan.get("sourceScrutinyItemId").asString()).isEqualTo(item.get("id").asString());
        assertThat(plan.get("sourceDecisionId").isNull()).isTrue();
        assertThat(plan.get("inspectionPublishedOn").asString()).isEqualTo("2018-05-16");
        assertThat(plan.get("submissionDueBy").asString()).isEqualTo("2018-07-25");
    }

    @Test
    void worcestershireHoldsNoDecision() {
        onlyScrutinyItem("worcestershire");
        assertThat(api.get("/api/decisions?authority=worcestershire").json().get("total").asLong())
                .as("a scrutiny panel takes no executive decision").isZero();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.DecisionProposed'
                AND payload ->> 'authorityId' = 'worcestershire'""", Long.class)).isZero();
    }
}
