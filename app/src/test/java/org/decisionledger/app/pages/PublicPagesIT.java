package org.decisionledger.app.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.decisionledger.app.decision.DecisionJourneyAccess;
import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The public pages over real HTTP, as a browser asks for them: the register, a decision's timeline,
 * the scrutiny board and an action plan's tracker, each showing what the query API holds, escaped,
 * with no script, and a page of its own for a record that is not there.
 */
class PublicPagesIT extends IntegrationTest {

    private DecisionJourneyAccess journey;
    private String council;
    private String today;

    @BeforeEach
    void council() {
        journey = new DecisionJourneyAccess(api);
        council = journey.council(3, 2);
        today = LocalDate.now(ZoneId.of("Europe/London")).toString();
    }

    private Api.Response page(String path) {
        Api.Response response = api.header("Accept", "text/html").get(path);
        assertThat(response.contentType()).as(path + ": " + response.status()).startsWith("text/html");
        assertThat(response.body()).as(path).doesNotContainIgnoringCase("<script");
        return response;
    }

    private String pageWhen(String path, Predicate<String> condition) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            Api.Response response = page(path);
            return response.status() == 200 ? response.body() : "";
        }, condition);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @Test
    void theRegisterListsTheRecentDecisionsTheApiListsWithLinksToTheirPages() {
        String title = "Library opening hours <review> & \"consultation\"";
        String decision = journey.propose(council, title, false);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/decisions/" + decision).status() == 200);
        JsonNode recent = api.get("/api/decisions?page=0&size=20").json().get("items");

        String register = page("/").body();

        assertThat(recent.size()).isPositive();
        for (JsonNode listed : recent) {
            assertThat(register).contains("/decisions/" + listed.get("id").asString(),
                    escaped(listed.get("title").asString()));
        }
        assertThat(register).contains("Forward plan", "Open call-ins");
        assertThat(page("/decisions/" + decision).body()).as("a title with markup in it")
                .contains(escaped(title)).doesNotContain(title);
    }

    @Test
    void aDecisionsPageShowsEveryTimelineEntryTheApiHolds() {
        String decision = journey.propose(council, "Home to school transport policy", false);
        assertThat(journey.approve(decision, today).status()).isEqualTo(200);
        assertThat(journey.publish(decision, today).status()).isEqualTo(200);
        JsonNode timeline = await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/decisions/" + decision + "/timeline").json(), json -> json.isArray() && json.size() >= 3);

        String html = pageWhen("/decisions/" + decision, body -> body.contains("Call-in window closes"));

        assertThat(html).contains("Home to school transport policy", "Published", "Subject to call-in");
        for (JsonNode entry : timeline) {
            assertThat(html).as(entry.toString()).contains(escaped(entry.get("summary").asString()));
        }
    }

    @Test
    void theScrutinyBoardShowsWindowsClosingAndDecisionsCalledIn() {
        String open = journey.propose(council, "Waste collection contract extension", false);
        journey.approve(open, today);
        journey.publish(open, today);
        String called = journey.propose(council, "Closure of the Riverside day centre", false);
        journey.approve(called, today);
        journey.publish(called, today);
        assertThat(journey.callIn(called, today, List.of("Cllr A Smith", "Cllr B Jones")).status()).isEqualTo(201);

        // The call-in reaches the register a moment after the publication: wait for both.
        String board = pageWhen("/scrutiny", html -> html.contains("/decisions/" + open)
                && html.contains("Cllr A Smith, Cllr B Jones"));

        assertThat(board).contains("Call-in window closes", "Called in", "Cllr A Smith, Cllr B Jones");
        String closing = board.substring(board.indexOf("id=\"closing-heading\""), board.indexOf("id=\"open-heading\""));
        assertThat(closing).contains("/decisions/" + open).doesNotContain("/decisions/" + called);
    }

    @Test
    void aPublishedDecisionShowsItsClosingTimeItsRecordAndTheDayItTakesEffectUnlessCalledIn() {
        String closesAtFour = "council-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.as("admin").put("/api/authorities/" + closesAtFour, Map.of("name", "Four O'Clock Council",
                "callInWorkingDays", 5, "callInClosesAt", "16:00", "callInSignatoriesRequired", 2)).status()).isIn(200, 201);
        String decision = journey.propose(closesAtFour, "Parking charges review", false);
        assertThat(api.as("officer").post("/api/decisions/" + decision + "/approval", Map.of("decidedOn", today,
                "resolutions", List.of(Map.of("label", "1", "text", "That the charges be approved.")),
                "reasons", "The charges have not changed since 2019.",
                "alternativesRejected", "Leaving the charges as they are.",
                "conflictsOfInterest", "Cllr X declared an interest as a permit holder.")).status()).isEqualTo(200);
        JsonNode published = api.as("officer").post("/api/decisions/" + decision + "/publication",
                Map.of("publishedOn", today, "subjectToCallIn", true)).json();
        String effective = published.get("effectiveFrom").asString();
        String closes = published.get("callInClosesOn").asString();

        String html = pageWhen("/decisions/" + decision, body -> body.contains("Call-in window closes"));

        assertThat(html).contains("datetime=\"" + closes + "\"", " at <time>16:00</time>");
        assertThat(html).contains("Takes effect", "datetime=\"" + effective + "\"", "unless called in");
        assertThat(html).contains("The charges have not changed since 2019.", "Leaving the charges as they are.",
                "Cllr X declared an interest as a permit holder.");
        String board = pageWhen("/scrutiny", body -> body.contains("/decisions/" + decision));
        assertThat(board).contains("Takes effect unless called in", " at <time>16:00</time>");
    }

    @Test
    void aDecisionsPageNamesTheAuthorityItDelegated() {
        JsonNode seeded = await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/decisions?authority=staffordshire").json().get("items"),
                items -> items.size() > 0 && items.get(0).get("delegations").size() > 0).get(0);
        String decision = seeded.get("id").asString();

        String html = page("/decisions/" + decision).body();

        assertThat(html).contains("Authority delegated by this decision");
        for (JsonNode delegationId : seeded.get("delegations")) {
            JsonNode delegation = api.get("/api/delegations/" + delegationId.asString()).json();
            assertThat(html).contains("/api/delegations/" + delegationId.asString(),
                    escaped(delegation.get("delegate").asString()));
        }
    }

    @Test
    void theForwardPlanGivesNoLawfulDateToAKeyDecisionWithoutNotice() {
        // Due long ago, so it leads the forward plan whatever else the store holds.
        Api.Response proposed = api.as("officer").post("/api/decisions", Map.of("authorityId", council,
                "title", "Adult social care charging policy", "decisionMaker", "Cabinet", "keyDecision", true,
                "decisionDue", "1901-01-02"));
        assertThat(proposed.status()).isEqualTo(201);
        String decision = proposed.json().get("id").asString();

        String register = pageWhen("/", body -> body.contains("/decisions/" + decision));
        String plan = register.substring(register.indexOf("id=\"plan-heading\""));
        String row = plan.substring(plan.lastIndexOf("<tr", plan.indexOf("/decisions/" + decision)),
                plan.indexOf("/decisions/" + decision));

        assertThat(row).contains("No notice given yet", "due <time datetime=\"1901-01-02\"");
    }

    @Test
    void anActionPlansPageShowsEachActionsStatusAtEachReviewPoint() {
        JsonNode plans = await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/action-plans?authority=staffordshire").json(), json -> json.size() == 1);
        String planId = plans.get(0).get("id").asString();
        JsonNode tracker = api.get("/api/action-plans/" + planId).json();

        String html = page("/action-plans/" + planId).body();

        assertThat(html).contains(escaped(tracker.get("title").asString()), "Tim Moss, Lynn Tolley");
        for (JsonNode reviewPoint : tracker.get("reviewPoints")) {
            assertThat(html).contains("<th scope=\"col\">" + reviewPoint.asString() + "</th>");
        }
        int reported = 0;
        for (JsonNode action : tracker.get("actions")) {
            assertThat(html).contains(escaped(action.get("ref").asString()));
            for (JsonNode update : action.get("subGroupUpdates")) {
                assertThat(html).as("update of " + action.get("ref")).contains(escaped(update.get("body").asString()));
                reported++;
            }
            for (JsonNode evidence : action.get("evidence")) {
                assertThat(html).as("evidence of " + action.get("ref")).contains(escaped(evidence.get("name").asString()));
                reported++;
            }
        }
        assertThat(reported).as("the seeded tracker reports updates and evidence").isPositive();
        assertThat(html).contains("Progress reported");
    }

    @Test
    void anIdThatCannotBeARecordsIsRefusedAsAProblemAndChangesNothing() {
        long before = storedEvents();
        for (String path : List.of("/decisions/" + "x".repeat(37), "/action-plans/" + "x".repeat(37))) {
            Api.Response response = api.header("Accept", "text/html").get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aRecordThatIsNotThereHasAPageOfItsOwn() {
        for (String path : List.of("/decisions/01a20000-0000-7000-8000-000000000000",
                "/action-plans/01a20000-0000-7000-8000-000000000000")) {
            Api.Response response = page(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Not found");
        }
    }
}
