package org.decisionledger.app.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.decisionledger.app.scrutiny.ScrutinyItemJourney.FINDINGS;
import static org.decisionledger.app.scrutiny.ScrutinyItemJourney.PANEL;
import static org.decisionledger.app.scrutiny.ScrutinyItemJourney.SEVENTY_DAYS;
import static org.decisionledger.app.scrutiny.ScrutinyItemJourney.TITLE;
import static org.decisionledger.app.scrutiny.ScrutinyItemJourney.item;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Seed 003's story through the HTTP API on PostgreSQL: a scrutiny panel's item recorded by its clerk,
 * read back, answered by a Written Statement of Action that names it, shown on the public scrutiny
 * board, and audited under the signed-in actor.
 */
class ScrutinyItemLifecycleIT extends IntegrationTest {

    private ScrutinyItemJourney journey;
    private String council;

    @BeforeEach
    void council() {
        journey = new ScrutinyItemJourney(api);
        council = journey.council();
    }

    private long eventsOf(String aggregate) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregate);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private Api.Response page(String path) {
        return api.header("Accept", "text/html").get(path);
    }

    @Test
    void aPanelsItemIsRecordedReadAndAnsweredByAPlanThatNamesIt() {
        Api.Response recorded = api.as("scrutiny").header("X-Request-Id", "scrutiny-req-1").post("/api/scrutiny-items",
                item(council));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String id = recorded.json().get("id").asString();
        assertThat(recorded.json().get("version").asLong()).isZero();
        assertThat(recorded.header("ETag")).isEqualTo("\"0\"");
        assertThat(recorded.header("Location")).isEqualTo("/api/scrutiny-items/" + id);

        JsonNode read = journey.readWhen("/api/scrutiny-items/" + id, json -> json.get("id") != null);
        assertThat(read.get("authorityId").asString()).isEqualTo(council);
        assertThat(read.get("committee").asString()).isEqualTo(PANEL);
        assertThat(read.get("meetingDate").asString()).isEqualTo("2018-05-16");
        assertThat(read.get("itemNumber").asString()).isEqualTo("325");
        assertThat(read.get("title").asString()).isEqualTo(TITLE);
        assertThat(read.get("summary").asString()).startsWith("The Panel was advised");
        assertThat(read.get("findings").valueStream().map(JsonNode::asString)).containsExactlyElementsOf(FINDINGS);
        assertThat(read.get("requirements").get(0).get("text").asString()).isEqualTo(SEVENTY_DAYS);
        assertThat(read.get("requirements").get(0).get("dueBy").asString()).isEqualTo("2018-07-25");
        assertThat(read.get("recordedBy").asString()).isEqualTo("scrutiny");
        assertThat(api.get("/api/scrutiny-items/" + id).header("ETag")).isEqualTo("\"0\"");

        Api.Response planned = api.as("officer").post("/api/action-plans", Map.of("authorityId", council,
                "title", "Local Area SEND Written Statement of Action", "kind", "WRITTEN_STATEMENT_OF_ACTION",
                "sourceScrutinyItemId", id, "inspectionPublishedOn", "2018-05-16", "submissionDueBy", "2018-07-25"));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        String plan = planned.json().get("id").asString();
        JsonNode tracker = journey.readWhen("/api/action-plans/" + plan, json -> json.get("id") != null);
        assertThat(tracker.get("sourceScrutinyItemId").asString()).isEqualTo(id);
        assertThat(tracker.get("sourceDecisionId").isNull()).isTrue();
        JsonNode listedPlans = api.get("/api/action-plans?authority=" + council).json();
        assertThat(listedPlans.get(0).get("sourceScrutinyItemId").asString()).isEqualTo(id);
        assertThat(page("/action-plans/" + plan).body()).contains("href=\"/scrutiny-items/" + id + "\"");

        String unrelated = api.as("officer").post("/api/action-plans", Map.of("authorityId", council,
                "title", "Improvement plan", "kind", "IMPROVEMENT_PLAN")).json().get("id").asString();
        journey.readWhen("/api/action-plans/" + unrelated, json -> json.get("id") != null);
        JsonNode answering = api.get("/api/action-plans?scrutinyItem=" + id).json();
        assertThat(answering.valueStream().map(summary -> summary.get("id").asString())).containsExactly(plan);
        assertThat(api.get("/api/action-plans?authority=" + council + "&scrutinyItem=" + id).json()).hasSize(1);
        assertThat(api.get("/api/action-plans?authority=" + journey.council() + "&scrutinyItem=" + id).json())
                .isEmpty();
        assertThat(page("/scrutiny-items/" + id).body()).contains("Action plans that answer it",
                "href=\"/action-plans/" + plan + "\"").doesNotContain("href=\"/action-plans/" + unrelated + "\"");

        JsonNode audited = await().atMost(Duration.ofSeconds(30)).until(
                () -> api.as("auditor").get("/api/audit?aggregateId=" + id).json(),
                json -> json.get("total").asLong() == 1).get("items").get(0);
        assertThat(audited.get("actor").asString()).isEqualTo("scrutiny");
        assertThat(audited.get("roles").get(0).asString()).isEqualTo("SCRUTINY");
        assertThat(audited.get("command").asString()).isEqualTo("RecordScrutinyItem");
        assertThat(audited.get("type").asString()).isEqualTo("ScrutinyItemRecorded");
        assertThat(audited.get("aggregateType").asString()).isEqualTo("ScrutinyItem");
        assertThat(audited.get("businessDate").asString()).isEqualTo("2018-05-16");
        assertThat(audited.get("requestId").asString()).isEqualTo("scrutiny-req-1");
        assertThat(audited.get("correlationId").asString()).isNotBlank();

        JsonNode history = api.as("auditor").get("/api/scrutiny-items/" + id + "/history").json();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("type").asString()).isEqualTo("ScrutinyItemRecorded");
        assertThat(history.get(0).get("actor").asString()).isEqualTo("scrutiny");
    }

    @Test
    void anOfficerMayRecordAnItemAndTheListShowsTheNewestMeetingFirst() {
        Map<String, Object> earlier = item(council);
        earlier.put("meetingDate", "2018-03-14");
        earlier.put("title", "School place planning");
        earlier.remove("requirements");
        String older = api.as("officer").post("/api/scrutiny-items", earlier).json().get("id").asString();
        String newer = api.as("scrutiny").post("/api/scrutiny-items", item(council)).json().get("id").asString();

        JsonNode listed = journey.readWhen("/api/scrutiny-items?authority=" + council, json -> json.size() == 2);

        assertThat(listed.valueStream().map(entry -> entry.get("id").asString())).containsExactly(newer, older);
        assertThat(listed.get(1).get("requirements")).isEmpty();
        assertThat(listed.get(1).get("recordedBy").asString()).isEqualTo("officer");
        assertThat(api.get("/api/scrutiny-items?authority=" + council + "&size=1").json()).hasSize(1);
        JsonNode secondPage = api.get("/api/scrutiny-items?authority=" + council + "&size=1&page=1").json();
        assertThat(secondPage.valueStream().map(entry -> entry.get("id").asString())).containsExactly(older);
        assertThat(api.get("/api/scrutiny-items?authority=" + council + "&size=1&page=2").json()).isEmpty();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyRecordsNothingNew() {
        Api clerk = api.as("scrutiny").header("Idempotency-Key", "scrutiny-item-" + council);
        Api.Response first = clerk.post("/api/scrutiny-items", item(council));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String id = first.json().get("id").asString();
        long stored = storedEvents();

        Api.Response retry = clerk.post("/api/scrutiny-items", item(council));

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asString()).isEqualTo(id);
        assertThat(retry.header("Location")).isEqualTo("/api/scrutiny-items/" + id);
        assertThat(storedEvents()).isEqualTo(stored);
        Map<String, Object> another = item(council);
        another.put("title", "Another item");
        Api.Response reused = recordsNothing(() -> clerk.post("/api/scrutiny-items", another));
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void theScrutinyBoardListsTheItemWithWhatItRequiresAndAPageShowsItsFindings() {
        Map<String, Object> body = item(council);
        body.put("title", "SEND <b>strategy</b> & \"inspection\"");
        String id = api.as("scrutiny").post("/api/scrutiny-items", body).json().get("id").asString();
        journey.readWhen("/api/scrutiny-items/" + id, json -> json.get("id") != null);

        Api.Response board = page("/scrutiny");
        assertThat(board.status()).isEqualTo(200);
        String html = board.body();
        assertThat(html).contains("Scrutiny items", escaped(PANEL), escaped(SEVENTY_DAYS),
                "<time datetime=\"2018-07-25\">25 Jul 2018</time>", "<time datetime=\"2018-05-16\">16 May 2018</time>",
                "href=\"/scrutiny-items/" + id + "\"", "SEND &lt;b&gt;strategy&lt;/b&gt; &amp; &quot;inspection&quot;")
                .contains("<div class=\"scroll\" role=\"region\" aria-label=\"Scrutiny items\" tabindex=\"0\">")
                .doesNotContain("<b>strategy</b>", "<script");

        Api.Response itemPage = page("/scrutiny-items/" + id);
        assertThat(itemPage.status()).isEqualTo(200);
        assertThat(itemPage.body()).contains(escaped(FINDINGS.get(0)), escaped(FINDINGS.get(1)), escaped(SEVENTY_DAYS),
                "25 July 2018", escaped(PANEL), "No action plan names this item yet.").doesNotContain("<script");
        assertThat(page("/scrutiny-items/01a20000-0000-7000-8000-000000000000").status()).isEqualTo(404);
        assertThat(page("/scrutiny-items/" + "x".repeat(37)).status()).isEqualTo(400);
    }

    @Test
    void anItemsPageSaysWhenMorePlansAnswerItThanItLists() {
        String id = api.as("scrutiny").post("/api/scrutiny-items", item(council)).json().get("id").asString();
        journey.readWhen("/api/scrutiny-items/" + id, json -> json.get("id") != null);
        for (int plan = 1; plan <= 21; plan++) {
            Api.Response created = api.as("officer").post("/api/action-plans", Map.of("authorityId", council,
                    "title", "Plan " + plan + " <answering>", "kind", "IMPROVEMENT_PLAN", "sourceScrutinyItemId", id));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
        journey.readWhen("/api/action-plans?scrutinyItem=" + id, json -> json.size() == 21);

        String html = page("/scrutiny-items/" + id).body();

        assertThat(html.split("href=\"/action-plans/", -1)).hasSize(21);
        assertThat(html).contains("The latest <span>20</span> are listed here",
                "href=\"/api/action-plans?scrutinyItem=" + id + "&amp;limit=500\"", "Plan 21 &lt;answering&gt;")
                .doesNotContain("<answering>");
    }

    @Test
    void theRegisterIsAProjectionThatRebuildsToTheSameItems() {
        String id = api.as("scrutiny").post("/api/scrutiny-items", item(council)).json().get("id").asString();
        JsonNode before = journey.readWhen("/api/scrutiny-items/" + id, json -> json.get("id") != null);
        JsonNode projections = api.as("admin").get("/api/admin/projections").json();
        assertThat(projections.valueStream().map(projection -> projection.get("name").asString()))
                .contains("scrutiny-items");

        Api.Response accepted = api.as("admin").post("/api/admin/projections/scrutiny-items/rebuild", "");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> api.as("admin").get("/api/admin/projections/scrutiny-items")
                .json(), status -> !status.get("replaying").asBoolean() && status.get("running").asBoolean()
                        && status.get("lag") != null && status.get("lag").asLong() == 0);
        assertThat(journey.readWhen("/api/scrutiny-items/" + id, json -> json.get("id") != null)).isEqualTo(before);
        assertThat(List.of(api.get("/api/scrutiny-items?authority=" + council).json().size())).containsExactly(1);
    }
}
