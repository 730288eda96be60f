package org.decisionledger.app.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The statutory clocks through the HTTP API, on the stories of the seed documents. */
class DecisionLifecycleIT extends IntegrationTest {

    private DecisionJourney journey;

    @BeforeEach
    void journey() {
        journey = new DecisionJourney(api);
    }

    private long eventsOf(String aggregate) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregate);
    }

    @Test
    void theSeed000StoryPlaysOut() {
        String council = journey.council(3, 2);
        String decision = journey.propose(council, "SEND Accelerated Progress Plan", true);
        assertThat(journey.notice(decision, "2023-08-01").status()).isEqualTo(200);
        Api.Response approved = journey.approve(decision, "2023-09-20");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

        Api.Response published = journey.publish(decision, "2023-09-21");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("callInClosesOn").asString()).isEqualTo("2023-09-26");
        assertThat(published.json().get("effectiveFrom").asString()).isEqualTo("2023-09-27");
        assertThat(published.header("ETag")).isEqualTo("\"" + published.json().get("version").asLong() + "\"");

        long before = eventsOf(decision);
        Api.Response late = journey.callIn(decision, "2023-09-27", List.of("Cllr Adams", "Cllr Brown"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("code").asString()).isEqualTo("CALL_IN_WINDOW_CLOSED");
        assertThat(eventsOf(decision)).as("the refusal is recorded").isEqualTo(before + 1);

        Api.Response shortOfNames = journey.callIn(decision, "2023-09-25", List.of("Cllr Adams"));
        assertThat(shortOfNames.status()).isEqualTo(409);
        assertThat(shortOfNames.json().get("code").asString()).isEqualTo("TOO_FEW_SIGNATORIES");

        Api.Response callIn = journey.callIn(decision, "2023-09-25", List.of("Cllr Adams", "Cllr Brown"));
        assertThat(callIn.status()).as(callIn.toString()).isEqualTo(201);
        String callInId = callIn.json().get("id").asString();
        assertThat(callIn.header("Location")).isEqualTo("/api/decisions/" + decision + "/call-ins/" + callInId);
        String scheduleId = jdbc.queryForObject("SELECT payload->>'deadlineScheduleId' FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND payload_type LIKE '%DecisionPublished'", String.class, decision);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?", Long.class,
                scheduleId)).as("the call-in cancelled the effective-date deadline").isZero();

        JsonNode calledIn = journey.viewWhen(decision, view -> "CALLED_IN".equals(view.get("status").asString()));
        assertThat(calledIn.get("callIns")).hasSize(3);
        assertThat(calledIn.get("effectiveFrom").isNull()).isTrue();
        journey.readWhen("/api/call-ins?authority=" + council + "&open=true", json -> json.size() == 1);
        JsonNode raised = api.get(callIn.header("Location")).json();
        assertThat(raised.get("id").asString()).as("the Location answers the call-in").isEqualTo(callInId);
        assertThat(raised.get("raisedOn").asString()).isEqualTo("2023-09-25");
        assertThat(raised.get("signatories")).hasSize(2);
        assertThat(api.get("/api/decisions/" + decision + "/call-ins/no-such-call-in").status()).isEqualTo(404);
        assertThat(api.get("/api/decisions/no-such-decision/call-ins/" + callInId).status()).isEqualTo(404);

        Api.Response referred = api.as("scrutiny").post("/api/decisions/" + decision + "/call-ins/" + callInId
                + "/outcome", Map.of("decidedOn", "2023-10-05", "meeting", "Children's Scrutiny Committee",
                        "outcome", "REFER_BACK_TO_DECISION_MAKER"));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(200);
        Api.Response confirmed = api.as("officer").post("/api/decisions/" + decision + "/reconsideration",
                Map.of("decidedOn", "2023-10-10", "outcome", "CONFIRMED", "reasons", "Consultation was adequate."));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);

        JsonNode effective = journey.viewWhen(decision, view -> "EFFECTIVE".equals(view.get("status").asString()));
        assertThat(effective.get("effectiveFrom").asString()).isEqualTo("2023-10-10");
        assertThat(effective.get("effectiveRoute").asString()).isEqualTo("RECONSIDERED");
        assertThat(effective.get("record").get("resolutions").get(4).get("subItems").get(1).get("label").asString())
                .isEqualTo("(ii)");
        journey.readWhen("/api/call-ins?authority=" + council + "&open=true", JsonNode::isEmpty);

        JsonNode timeline = api.get("/api/decisions/" + decision + "/timeline").json();
        List<String> kinds = timeline.valueStream().map(entry -> entry.get("kind").asString()).toList();
        assertThat(kinds).as("oldest business date first; the proposal is dated before every step")
                .containsSubsequence("PROPOSED", "NOTICE_PUBLISHED", "DECIDED", "PUBLISHED",
                "CALL_IN_RAISED", "CALL_IN_OUTCOME", "RECONSIDERED", "TOOK_EFFECT");
        assertThat(kinds.get(0)).isEqualTo("PROPOSED");
        assertThat(kinds).contains("CALL_IN_REFUSED");
        assertThat(timeline.get(0).get("actor").asString()).isEqualTo("officer");
    }

    @Test
    void aDecisionEnteredAfterTheFactReadsOldestFirstFromItsProposal() {
        String council = journey.council(3, 2);
        String decision = journey.propose(council, "Home to school transport contract", false, "2024-01-15");
        assertThat(journey.approve(decision, "2024-02-20").status()).isEqualTo(200);
        assertThat(journey.publish(decision, "2024-02-21").status()).isEqualTo(200);

        JsonNode view = journey.viewWhen(decision, json -> "PUBLISHED".equals(json.get("status").asString())
                || "EFFECTIVE".equals(json.get("status").asString()));
        assertThat(view.get("proposedOn").asString()).isEqualTo("2024-01-15");
        JsonNode timeline = api.get("/api/decisions/" + decision + "/timeline").json();
        List<String> dates = timeline.valueStream().map(entry -> entry.get("date").asString()).toList();
        assertThat(timeline.get(0).get("kind").asString()).isEqualTo("PROPOSED");
        assertThat(dates.get(0)).isEqualTo("2024-01-15");
        assertThat(dates).isSorted();

        String today = journey.propose(council, "Proposed today", false, null);
        JsonNode proposedToday = journey.viewWhen(today, json -> json.has("proposedOn"));
        assertThat(proposedToday.get("proposedOn").asString())
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString());
    }

    @Test
    void theKentStoryRefusesAnEarlyDecisionUnlessAnExceptionIsRecorded() {
        String council = journey.council(5, 1);
        String decision = journey.propose(council, "SEND Strategy 2021-2024", true);
        Api.Response notice = journey.notice(decision, "2021-02-04");
        assertThat(notice.json().get("earliestDecisionDate").asString()).isEqualTo("2021-03-05");

        JsonNode onThePlan = journey.readWhen("/api/forward-plan?authority=" + council,
                json -> json.size() == 1 && !json.get(0).get("notice").isNull());
        assertThat(onThePlan.get(0).get("notice").get("earliestDecisionDate").asString()).isEqualTo("2021-03-05");

        long before = eventsOf(decision);
        Api.Response early = journey.approve(decision, "2021-03-01");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("code").asString()).isEqualTo("NOTICE_PERIOD_NOT_MET");
        assertThat(eventsOf(decision)).as("the refusal is recorded").isEqualTo(before + 1);

        Api.Response exception = api.as("officer").post("/api/decisions/" + decision + "/general-exception",
                Map.of("chairNotifiedOn", "2021-02-22", "publishedOn", "2021-02-22",
                        "reasons", "The strategy must be in place before the new funding year."));
        assertThat(exception.status()).as(exception.toString()).isEqualTo(200);
        assertThat(journey.approve(decision, "2021-03-01").status()).isEqualTo(200);

        JsonNode view = journey.viewWhen(decision, json -> "APPROVED".equals(json.get("status").asString()));
        assertThat(view.get("refusals").get(0).get("code").asString()).isEqualTo("NOTICE_PERIOD_NOT_MET");
        assertThat(view.get("record").get("procedure").asString()).isEqualTo("GENERAL_EXCEPTION");
        journey.readWhen("/api/forward-plan?authority=" + council, JsonNode::isEmpty);
    }

    @Test
    void theGeneralExceptionRunsFromTheChairBeingToldWhenThatCameAfterTheNotice() {
        String council = journey.council(3, 1);
        String decision = journey.propose(council, "School place planning", true);
        Api.Response exception = api.as("officer").post("/api/decisions/" + decision + "/general-exception",
                Map.of("chairNotifiedOn", "2024-06-20", "publishedOn", "2024-05-20", "reasons", "r"));
        assertThat(exception.status()).as(exception.toString()).isEqualTo(200);
        assertThat(exception.json().get("earliestDecisionDate").asString()).isEqualTo("2024-06-26");

        long before = eventsOf(decision);
        Api.Response early = journey.approve(decision, "2024-05-26");
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.json().get("code").asString()).isEqualTo("NOTICE_PERIOD_NOT_MET");
        assertThat(eventsOf(decision)).as("the refusal is recorded").isEqualTo(before + 1);

        Api.Response onTime = journey.approve(decision, "2024-06-26");
        assertThat(onTime.status()).as(onTime.toString()).isEqualTo(200);
        assertThat(onTime.json().get("procedure").asString()).isEqualTo("GENERAL_EXCEPTION");
    }

    @Test
    void specialUrgencyAllowsAnImmediateKeyDecision() {
        String council = journey.council(3, 1);
        String decision = journey.propose(council, "Emergency placement funding", true);
        assertThat(api.as("officer").post("/api/decisions/" + decision + "/special-urgency", Map.of(
                "agreedBy", "Chair of the Children's Scrutiny Committee", "agreedOn", "2024-05-01",
                "reasons", "Placements close on 3 May.")).status()).isEqualTo(200);
        assertThat(journey.approve(decision, "2024-05-02").status()).isEqualTo(200);
    }

    @Test
    void publicationAnswersTheClosingInstantAsTheCouncilsDatesDo() {
        String council = journey.council(3, 1);
        String decision = journey.propose(council, "Library opening hours", false);
        journey.approve(decision, "2024-03-20");
        Api.Response published = journey.publish(decision, "2024-03-21");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        JsonNode dates = api.get("/api/authorities/" + council + "/dates?published=2024-03-21").json();
        assertThat(published.json().get("callInClosesOn").asString()).isEqualTo(dates.get("callInClosesOn").asString());
        assertThat(published.json().get("callInClosesAt").asString())
                .as("an instant in UTC, as /dates gives it").isEqualTo(dates.get("callInClosesAt").asString())
                .isEqualTo(published.json().get("callInClosesOn").asString() + "T23:59:59Z");
        assertThat(published.json().get("effectiveFrom").asString()).isEqualTo(dates.get("effectiveFrom").asString());
    }

    @Test
    void anExemptDecisionTakesEffectOnPublication() {
        String council = journey.council(3, 1);
        String decision = journey.propose(council, "Urgent repairs", false);
        journey.approve(decision, "2024-02-01");
        Api.Response published = api.as("officer").post("/api/decisions/" + decision + "/publication",
                Map.of("publishedOn", "2024-02-02", "subjectToCallIn", false, "callInExemption",
                        Map.of("reason", "Delay would prejudice the council's interests", "consentedBy", "Chair of Scrutiny")));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().has("callInClosesOn")).as("no closing date, said as null: " + published).isTrue();
        assertThat(published.json().get("callInClosesOn").isNull()).isTrue();
        assertThat(published.json().get("callInClosesAt").isNull()).isTrue();
        assertThat(published.json().get("effectiveFrom").asString()).isEqualTo("2024-02-02");
        JsonNode view = journey.viewWhen(decision, json -> "EFFECTIVE".equals(json.get("status").asString()));
        assertThat(view.get("effectiveFrom").asString()).isEqualTo("2024-02-02");
        Api.Response callIn = journey.callIn(decision, "2024-02-03", List.of("Cllr Adams"));
        assertThat(callIn.status()).isEqualTo(409);
        assertThat(callIn.json().get("code").asString()).isEqualTo("NOT_SUBJECT_TO_CALL_IN");
    }

    @Test
    void aViewAsOfAnEarlierInstantShowsTheEarlierState() {
        String council = journey.council(3, 1);
        String decision = journey.propose(council, "Home to school transport policy", true);
        journey.notice(decision, "2024-01-02");
        String beforeDecision = jdbc.queryForObject("SELECT max(time_stamp) FROM domain_event_entry"
                + " WHERE aggregate_identifier = ?", String.class, decision);
        journey.approve(decision, "2024-02-15");
        journey.viewWhen(decision, json -> "APPROVED".equals(json.get("status").asString()));

        JsonNode then = api.get("/api/decisions/" + decision + "?asOf=" + beforeDecision).json();
        assertThat(then.get("status").asString()).isEqualTo("ON_FORWARD_PLAN");
        assertThat(then.get("record").isNull()).isTrue();
        assertThat(api.get("/api/decisions/" + decision + "?asOf=2000-01-01T00:00:00Z").status()).isEqualTo(404);
        assertThat(api.get("/api/decisions/" + decision + "?asOf=yesterday").status()).isEqualTo(400);
    }

    @Test
    void theCalendarFeedHasStableEntriesForEachDate() {
        String council = journey.council(3, 1);
        String decision = journey.propose(council, "Library opening hours; review, 2024", true);
        journey.notice(decision, "2027-01-04");
        journey.viewWhen(decision, json -> "ON_FORWARD_PLAN".equals(json.get("status").asString()));
        Api.Response feed = api.get("/api/calendar.ics?authority=" + council);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(feed.body()).contains("UID:" + decision + "-due@decision-ledger\r\n");
        assertThat(feed.body()).contains("DTSTART;VALUE=DATE:20270202\r\n");
        assertThat(feed.body()).contains("SUMMARY:Decision due: Library opening hours\\; review\\, 2024");
        String link = "/decisions/" + decision;
        assertThat(feed.body().replace("\r\n ", "")).as("unfolded").contains("URL:http://127.0.0.1:" + port + link + "\r\n");
        assertThat(api.header("Accept", "text/html").get(link).status()).as("the entry's page answers").isEqualTo(200);
        assertThat(api.get("/api/calendar.ics?authority=" + council).body()).isEqualTo(feed.body());
    }
}
