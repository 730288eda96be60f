package org.decisionledger.app.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;

import javax.xml.parsers.DocumentBuilderFactory;

import org.decisionledger.app.decision.DecisionJourneyAccess;
import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;

/**
 * The Atom feeds over real HTTP, read as a feed reader reads them: each answer parsed with the
 * JDK's XML parser, the entries checked against the timelines the API holds, their ids against a
 * second fetch and a rebuilt register, their links against the address the feed was fetched from,
 * and the conditional requests a reader polls with.
 */
class AtomFeedsIT extends IntegrationTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Markup, an ampersand and a control character the API accepts but XML 1.0 cannot carry. */
    private static final String HOSTILE = "Library hours <script>alert(1)</script> & review\u0001";

    private DecisionJourneyAccess journey;
    private String council;

    @BeforeEach
    void council() {
        journey = new DecisionJourneyAccess(api);
        council = journey.council(3, 2);
    }

    record Entry(String id, String title, Instant updated, String link, String kind, String summary) {
    }

    record Feed(int status, String body, String contentType, String etag, String lastModified, String id,
            Instant updated, String self, List<Entry> entries) {

        List<String> ids() {
            return entries.stream().map(Entry::id).toList();
        }

        List<String> kinds() {
            return entries.stream().map(Entry::kind).toList();
        }
    }

    private Feed feed(Api client, String path) {
        Api.Response response = client.header("Accept", "application/atom+xml").get(path);
        assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
        assertThat(response.contentType()).as(path).isEqualToIgnoringCase("application/atom+xml;charset=UTF-8");
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception notWellFormed) {
            throw new AssertionError(path + " is not well-formed XML: " + notWellFormed.getMessage()
                    + "\n" + response.body(), notWellFormed);
        }
        assertThat(root.getNamespaceURI()).as(path).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        List<Entry> entries = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element entry = (Element) nodes.item(i);
            Element link = child(entry, "link");
            assertThat(link.getAttribute("rel")).isEqualTo("alternate");
            assertThat(link.getAttribute("type")).isEqualTo("text/html");
            entries.add(new Entry(text(entry, "id"), text(entry, "title"), Instant.parse(text(entry, "updated")),
                    link.getAttribute("href"), child(entry, "category").getAttribute("term"), text(entry, "summary")));
        }
        Element self = null;
        NodeList links = root.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if (link.getParentNode() == root && "self".equals(link.getAttribute("rel"))) {
                self = link;
            }
        }
        assertThat(self).as(path + " names itself").isNotNull();
        return new Feed(response.status(), response.body(), response.contentType(), response.header("ETag"),
                response.header("Last-Modified"), directText(root, "id"), Instant.parse(directText(root, "updated")),
                self.getAttribute("href"), entries);
    }

    private Feed feed(String path) {
        return feed(api, path);
    }

    private Feed feedWhen(String path, Predicate<Feed> condition) {
        return await().atMost(PATIENCE).until(() -> feed(path), condition);
    }

    private static Element child(Element parent, String name) {
        return (Element) parent.getElementsByTagNameNS(ATOM, name).item(0);
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    /** A child of the feed itself, not of one of its entries. */
    private static String directText(Element root, String name) {
        NodeList nodes = root.getElementsByTagNameNS(ATOM, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == root) {
                return nodes.item(i).getTextContent();
            }
        }
        throw new AssertionError("the feed has no " + name);
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
    }

    private String propose(String authority, String title) {
        Api.Response proposed = api.as("officer").post("/api/decisions", Map.of("authorityId", authority,
                "title", title, "decisionMaker", "Cabinet", "keyDecision", true, "proposedOn", "2018-01-02"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        return proposed.json().get("id").asString();
    }

    /**
     * A key decision through notice, approval and publication, a call-in refused for want of
     * signatories, one raised, and an outcome of no further action, which makes it effective.
     */
    private String calledInAndEffective(String authority, String title) {
        String decision = propose(authority, title);
        ok(api.as("officer").post("/api/decisions/" + decision + "/notice", Map.of("firstPublished", "2018-01-03")));
        ok(journey.approve(decision, "2018-03-01"));
        ok(journey.publish(decision, "2018-03-02"));
        assertThat(journey.callIn(decision, "2018-03-05", List.of("Cllr Adams")).status()).isEqualTo(409);
        Api.Response raised = journey.callIn(decision, "2018-03-05", List.of("Cllr Adams", "Cllr Brown"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        ok(api.as("scrutiny").post("/api/decisions/" + decision + "/call-ins/" + raised.json().get("id").asString()
                + "/outcome", Map.of("decidedOn", "2018-03-12", "outcome", "NO_FURTHER_ACTION")));
        journey.viewWhen(decision, view -> "EFFECTIVE".equals(view.get("status").asString()));
        return decision;
    }

    /** The API's timeline of a decision in the order it was recorded, the last first. */
    private List<JsonNode> recordedNewestFirst(String decision) {
        List<JsonNode> steps = new ArrayList<>(api.get("/api/decisions/" + decision + "/timeline").json()
                .valueStream().toList());
        steps.sort(Comparator.comparing((JsonNode step) -> Instant.parse(step.get("recordedAt").asString()))
                .thenComparing(step -> step.get("sequence").asLong()).reversed());
        return steps;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void aCouncilsFeedHoldsEveryStepNewestFirstLinkingToTheDecisionsPage() {
        String decision = calledInAndEffective(council, HOSTILE);
        List<JsonNode> timeline = recordedNewestFirst(decision);
        String path = "/feeds/decisions.atom?authority=" + council;

        Feed feed = feedWhen(path, candidate -> candidate.entries().size() == timeline.size());

        assertThat(feed.kinds()).as("newest recorded first")
                .isEqualTo(timeline.stream().map(step -> step.get("kind").asString()).toList());
        assertThat(feed.kinds()).containsSubsequence("CALL_IN_OUTCOME", "CALL_IN_RAISED", "CALL_IN_REFUSED",
                "PUBLISHED", "DECIDED", "NOTICE_PUBLISHED", "PROPOSED");
        assertThat(feed.entries()).extracting(Entry::updated).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(feed.updated()).as("the newest entry's").isEqualTo(feed.entries().get(0).updated());
        assertThat(feed.entries()).extracting(Entry::link).containsOnly(base() + "/decisions/" + decision);
        assertThat(feed.ids()).doesNotHaveDuplicates().allMatch(id -> id.matches("urn:uuid:[0-9a-f-]{36}"));
        assertThat(feed.self()).isEqualTo(base() + path);

        Entry published = feed.entries().get(feed.kinds().indexOf("PUBLISHED"));
        JsonNode publication = timeline.stream().filter(step -> "PUBLISHED".equals(step.get("kind").asString()))
                .findFirst().orElseThrow();
        assertThat(published.title()).isEqualTo("Published, 2 March 2018: Library hours <script>alert(1)</script> "
                + "& review\ufffd");
        assertThat(published.summary()).startsWith("2 March 2018 · ").contains(publication.get("summary").asString(),
                "call-in window closes 2018-03-07", "unless called in", "recorded by officer");
        assertThat(published.updated()).isEqualTo(Instant.parse(publication.get("recordedAt").asString()));
        assertThat(feed.body()).as("markup is escaped").doesNotContain("<script>").contains("&lt;script&gt;")
                .doesNotContain("\u0001");

        Feed again = feed(path);
        assertThat(again.ids()).as("the same ids on a second fetch").isEqualTo(feed.ids());
        assertThat(again.body()).isEqualTo(feed.body());
        assertThat(again.etag()).isEqualTo(feed.etag());
        assertThat(again.id()).isEqualTo(feed.id());

        Feed byName = feed(Api.at("localhost", port), path);
        assertThat(byName.entries()).extracting(Entry::link).containsOnly("http://localhost:" + port + "/decisions/" + decision);
        assertThat(byName.ids()).as("ids do not depend on the address").isEqualTo(feed.ids());
        assertThat(byName.id()).isEqualTo(feed.id());
        assertThat(byName.etag()).as("the tag follows the bytes").isNotEqualTo(feed.etag());
    }

    @Test
    void aDecisionsOwnFeedHoldsItsWholeTimelineWithTheSameEntryIds() {
        String decision = calledInAndEffective(council, "Home to school transport policy");
        List<JsonNode> timeline = recordedNewestFirst(decision);
        Feed councils = feedWhen("/feeds/decisions.atom?authority=" + council,
                candidate -> candidate.entries().size() == timeline.size());

        Feed own = feedWhen("/feeds/decisions/" + decision + ".atom",
                candidate -> candidate.entries().size() == timeline.size());

        assertThat(own.ids()).isEqualTo(councils.ids());
        assertThat(own.kinds()).isEqualTo(councils.kinds());
        assertThat(own.id()).isNotEqualTo(councils.id());
        assertThat(own.self()).isEqualTo(base() + "/feeds/decisions/" + decision + ".atom");
        assertThat(own.body()).contains("<title type=\"text\">Home to school transport policy · Decision Ledger</title>");
        assertThat(feed("/feeds/decisions/" + decision + ".atom").id()).as("a feed's id is stable").isEqualTo(own.id());
    }

    @Test
    void theAuthorityFilterKeepsOtherCouncilsOutAndTheUnfilteredFeedHasEveryCouncil() {
        String other = journey.council(3, 2);
        String ours = propose(council, "Ours: parking charges");
        String theirs = propose(other, "Theirs: parking charges");

        Feed filtered = feedWhen("/feeds/decisions.atom?authority=" + council, candidate -> candidate.entries().size() == 1);
        feedWhen("/feeds/decisions.atom?authority=" + other, candidate -> candidate.entries().size() == 1);
        Feed everyCouncil = feedWhen("/feeds/decisions.atom", candidate -> candidate.entries().stream()
                .map(Entry::link).toList().containsAll(List.of(base() + "/decisions/" + ours, base() + "/decisions/" + theirs)));

        assertThat(filtered.entries()).extracting(Entry::link).containsExactly(base() + "/decisions/" + ours);
        assertThat(filtered.entries().get(0).summary()).contains(" · " + council + " · ");
        assertThat(everyCouncil.entries()).hasSizeLessThanOrEqualTo(50);
        assertThat(everyCouncil.id()).isNotEqualTo(filtered.id());
        assertThat(feed("/feeds/decisions.atom?authority=").id()).as("an empty filter is no filter")
                .isEqualTo(everyCouncil.id());
    }

    @Test
    void theScrutinyFeedFollowsCallInsEffectsAndScrutinyItemsLinkingToTheirPages() {
        String decision = calledInAndEffective(council, "Closure of the Riverside day centre");
        Api.Response item = api.as("scrutiny").post("/api/scrutiny-items", Map.of("authorityId", council,
                "committee", "Children and Families Overview and Scrutiny Panel", "meetingDate", "2018-05-16",
                "itemNumber", "325", "title", "Joint Local Area SEND Inspection <findings> & actions",
                "findings", List.of("the local offer was not fit for purpose"),
                "requirements", List.of(Map.of("text", "Action Plan submitted to Ofsted/CQC", "dueBy", "2018-07-25"))));
        assertThat(item.status()).as(item.toString()).isEqualTo(201);
        String itemId = item.json().get("id").asString();

        Feed scrutiny = feedWhen("/feeds/scrutiny.atom?authority=" + council,
                candidate -> candidate.kinds().contains("SCRUTINY_ITEM_RECORDED") && candidate.kinds().contains("TOOK_EFFECT"));

        assertThat(scrutiny.kinds()).containsSubsequence("SCRUTINY_ITEM_RECORDED", "CALL_IN_OUTCOME",
                "CALL_IN_RAISED", "CALL_IN_REFUSED", "PUBLISHED");
        assertThat(scrutiny.kinds()).doesNotContain("PROPOSED", "NOTICE_PUBLISHED", "DECIDED");
        assertThat(scrutiny.entries()).extracting(Entry::updated).isSortedAccordingTo(Comparator.reverseOrder());
        Entry recorded = scrutiny.entries().get(0);
        assertThat(recorded.link()).isEqualTo(base() + "/scrutiny-items/" + itemId);
        assertThat(recorded.title()).isEqualTo("Scrutiny item, 16 May 2018: Joint Local Area SEND Inspection "
                + "<findings> & actions");
        assertThat(recorded.summary()).contains("Children and Families Overview and Scrutiny Panel, item 325",
                "Action Plan submitted to Ofsted/CQC (due by 25 July 2018)")
                .as("the item's page does not say who recorded it").doesNotContain("scrutiny", "recorded by");
        assertThat(scrutiny.entries()).filteredOn(entry -> !entry.kind().equals("SCRUTINY_ITEM_RECORDED"))
                .extracting(Entry::link).containsOnly(base() + "/decisions/" + decision);
        Feed decisions = feed("/feeds/decisions.atom?authority=" + council);
        assertThat(decisions.ids()).as("a step has one id in every feed")
                .containsAll(scrutiny.entries().stream().filter(entry -> !entry.kind().equals("SCRUTINY_ITEM_RECORDED"))
                        .map(Entry::id).toList());
    }

    @Test
    void theScrutinyFeedTellsOfKeyDecisionsTakenWithoutTheUsualNotice() {
        String exception = propose(council, "School place planning");
        ok(api.as("officer").post("/api/decisions/" + exception + "/general-exception", Map.of(
                "chairNotifiedOn", "2018-01-08", "publishedOn", "2018-01-08", "reasons", "Before the funding year.")));
        String urgency = propose(council, "Emergency placement funding");
        ok(api.as("officer").post("/api/decisions/" + urgency + "/special-urgency", Map.of(
                "agreedBy", "Chair of the Children's Scrutiny Committee", "agreedOn", "2018-01-09",
                "reasons", "Placements close on 11 January.")));

        Feed scrutiny = feedWhen("/feeds/scrutiny.atom?authority=" + council,
                candidate -> candidate.kinds().containsAll(List.of("GENERAL_EXCEPTION", "SPECIAL_URGENCY")));

        assertThat(scrutiny.kinds()).containsExactly("SPECIAL_URGENCY", "GENERAL_EXCEPTION");
        assertThat(scrutiny.entries().get(0).link()).isEqualTo(base() + "/decisions/" + urgency);
        assertThat(scrutiny.entries().get(0).summary()).contains("Chair of the Children's Scrutiny Committee");
        assertThat(scrutiny.entries().get(1).link()).isEqualTo(base() + "/decisions/" + exception);
    }

    @Test
    void entryIdsAndTheWholeFeedSurviveARebuildOfTheDecisionRegister() {
        String decision = calledInAndEffective(council, "Rebuilt and followed");
        int steps = recordedNewestFirst(decision).size();
        String path = "/feeds/decisions.atom?authority=" + council;
        Feed before = feedWhen(path, candidate -> candidate.entries().size() == steps);
        Feed ownBefore = feed("/feeds/decisions/" + decision + ".atom");

        Api.Response accepted = api.as("admin").post("/api/admin/projections/decision-register/rebuild", "");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> api.as("admin").get("/api/admin/projections/decision-register").json(),
                status -> !status.get("replaying").asBoolean() && status.get("running").asBoolean()
                        && status.get("lag") != null && status.get("lag").asLong() == 0);
        Feed after = feedWhen(path, candidate -> candidate.entries().size() == steps);
        assertThat(after.ids()).isEqualTo(before.ids());
        assertThat(after.body()).as("the same feed, byte for byte").isEqualTo(before.body());
        assertThat(after.etag()).isEqualTo(before.etag());
        assertThat(feed("/feeds/decisions/" + decision + ".atom").body()).isEqualTo(ownBefore.body());
    }

    @Test
    void aReaderPollingWithItsTagOrDateIsAnswered304UntilSomethingIsRecorded() {
        String path = "/feeds/decisions.atom?authority=" + council;
        propose(council, "Polled decision");
        Feed first = feedWhen(path, candidate -> candidate.entries().size() == 1);
        assertThat(first.etag()).matches("\"[0-9a-f]{32}\"");
        assertThat(first.lastModified()).isNotNull();

        Api.Response byTag = api.header("If-None-Match", first.etag()).get(path);
        assertThat(byTag.status()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byTag.header("ETag")).isEqualTo(first.etag());
        assertThat(api.get(path).header("Cache-Control")).as("kept, but asked again each time").isEqualTo("no-cache");
        // Last-Modified reaches the newest step's second a few seconds after it was recorded (ADR 23).
        String settled = await().atMost(PATIENCE).until(() -> api.get(path).header("Last-Modified"),
                lastModified -> !Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(lastModified))
                        .isBefore(first.entries().get(0).updated().truncatedTo(ChronoUnit.SECONDS)));
        Api.Response byDate = api.header("If-Modified-Since", settled).get(path);
        assertThat(byDate.status()).isEqualTo(304);
        if (Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(first.lastModified()))
                .isBefore(first.entries().get(0).updated().truncatedTo(ChronoUnit.SECONDS))) {
            Api.Response byEarlierDate = api.header("If-Modified-Since", first.lastModified()).get(path);
            assertThat(byEarlierDate.status()).as("a date from before the step had settled").isEqualTo(200);
        }
        Api.Response anyTag = api.header("If-None-Match", "*").get(path);
        assertThat(anyTag.status()).as("* matches the feed there is").isEqualTo(304);
        assertThat(anyTag.body()).isEmpty();
        assertThat(anyTag.header("ETag")).isEqualTo(first.etag());
        assertThat(api.header("If-None-Match", "*").head(path).status()).isEqualTo(304);
        Api.Response staleTag = api.header("If-None-Match", "\"0000\"").get(path);
        assertThat(staleTag.status()).isEqualTo(200);
        Api.Response head = api.head(path);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("ETag")).isEqualTo(first.etag());
        assertThat(head.contentType()).isEqualToIgnoringCase("application/atom+xml;charset=UTF-8");
        assertThat(api.header("If-None-Match", first.etag()).head(path).status()).isEqualTo(304);
        assertThat(first.body()).isNotEmpty();

        propose(council, "Another decision");

        Api.Response changed = await().atMost(PATIENCE).until(() -> api.header("If-None-Match", first.etag()).get(path),
                response -> response.status() == 200);
        assertThat(changed.header("ETag")).isNotEqualTo(first.etag());
        assertThat(feed(path).entries()).hasSize(2);
    }

    @Test
    void badInputIsAProblemNamingWhatWasWrongAndRecordsNothing() {
        Api atomReader = api.header("Accept", "application/atom+xml");
        for (String path : List.of("/feeds/decisions.atom?authority=Not%20a%20council",
                "/feeds/scrutiny.atom?authority=" + "x".repeat(64), "/feeds/decisions.atom?authority=%3Cscript%3E",
                "/feeds/scrutiny.atom?authority=-leading-hyphen")) {
            Api.Response refused = recordsNothing(() -> atomReader.get(path));
            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
            assertThat(refused.json().get("errors").get(0).get("field").asString()).as(path).isEqualTo("authority");
        }
        Api.Response cannotBe = recordsNothing(() -> atomReader.get("/feeds/decisions/" + "x".repeat(37) + ".atom"));
        assertThat(cannotBe.status()).isEqualTo(400);
        assertThat(cannotBe.json().get("errors").get(0).get("field").asString()).isEqualTo("decisionId");

        Api.Response unknown = recordsNothing(() -> atomReader.get("/feeds/decisions/01a20000-0000-7000-8000-000000000000.atom"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(unknown.json().get("instance").asString())
                .isEqualTo("/feeds/decisions/01a20000-0000-7000-8000-000000000000.atom");

        for (String path : List.of("/feeds/decisions.atom?authority=no-such-council", "/feeds/scrutiny.atom?authority=no-such-council")) {
            Feed empty = feed(path);
            assertThat(empty.entries()).as("an unknown council has recorded nothing, as the API's lists say").isEmpty();
            assertThat(empty.updated()).isEqualTo(Instant.EPOCH);
            assertThat(empty.lastModified()).isNull();
        }
    }

    @Test
    void thePagesAnnounceTheirFeedsInTheirHeads() {
        String decision = propose(council, "Announced decision");
        await().atMost(PATIENCE).until(() -> api.get("/api/decisions/" + decision).status() == 200);

        assertThat(announced("/")).containsExactly("/feeds/decisions.atom", "/feeds/scrutiny.atom");
        assertThat(announced("/scrutiny")).containsExactly("/feeds/scrutiny.atom");
        List<String> fromDecision = announced("/decisions/" + decision);
        assertThat(fromDecision).containsExactly("/feeds/decisions/" + decision + ".atom",
                "/feeds/decisions.atom?authority=" + council);
        for (String href : fromDecision) {
            assertThat(feed(href).entries()).as(href).isNotEmpty();
        }
    }

    private List<String> announced(String page) {
        String html = api.header("Accept", "text/html").get(page).body();
        String head = html.substring(0, html.indexOf("</head>"));
        List<String> hrefs = new ArrayList<>();
        Matcher link = java.util.regex.Pattern.compile("<link([^>]*)>").matcher(head);
        while (link.find()) {
            String attributes = link.group(1);
            if (attributes.contains("rel=\"alternate\"") && attributes.contains("type=\"application/atom+xml\"")) {
                assertThat(attributes).as(page).contains("title=\"");
                Matcher href = java.util.regex.Pattern.compile("href=\"([^\"]*)\"").matcher(attributes);
                assertThat(href.find()).isTrue();
                hrefs.add(href.group(1));
            }
        }
        return hrefs;
    }

    @Test
    void theApiDescriptionDescribesTheFeeds() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");

        for (String feed : List.of("/feeds/decisions.atom", "/feeds/scrutiny.atom", "/feeds/decisions/{decisionId}.atom")) {
            JsonNode responses = paths.path(feed).path("get").path("responses");
            assertThat(responses.at("/200/content").propertyNames()).as(feed + ": " + responses)
                    .containsExactly("application/atom+xml");
            assertThat(responses.has("406")).as(feed + " is answered in Atom whatever the client accepts").isFalse();
            assertThat(responses.has("304")).as(feed).isTrue();
            assertThat(responses.at("/400/content").has("application/problem+json")).as(feed).isTrue();
            assertThat(paths.path(feed).path("get").has("security")).as(feed + " is read without signing in").isFalse();
        }
        assertThat(paths.at("/~1feeds~1decisions~1{decisionId}.atom/get/responses").has("404")).isTrue();
        for (String feed : List.of("/feeds/decisions.atom", "/feeds/scrutiny.atom")) {
            JsonNode authority = paths.path(feed).path("get").path("parameters").get(0);
            assertThat(authority.get("name").asString()).isEqualTo("authority");
            // A JSON Schema pattern is not anchored: it holds when it matches anywhere in the value.
            java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(authority.at("/schema/pattern").asString());
            assertThat(List.of("", "my-council", "a".repeat(63))).as(feed)
                    .allMatch(value -> pattern.matcher(value).find());
            assertThat(List.of("Not a council", "UPPER", "-leading", "a".repeat(64), "<script>")).as(feed)
                    .noneMatch(value -> pattern.matcher(value).find());
        }
    }
}
