package org.decisionledger.app.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.decisionledger.app.decision.DecisionJourneyAccess;
import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Double clicks, retries, stale edits and hostile bodies: conflicts are visible, nothing is half-written. */
class ApiSafetyIT extends IntegrationTest {

    private DecisionJourneyAccess journey;
    private String council;

    @BeforeEach
    void setUp() {
        journey = new DecisionJourneyAccess(api);
        council = journey.council(3, 1);
    }

    private long eventsOf(String aggregate) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregate);
    }

    private Map<String, Object> proposal(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authorityId", council);
        body.put("title", title);
        body.put("decisionMaker", "Cabinet");
        body.put("keyDecision", false);
        return body;
    }

    @Test
    void aStaleIfMatchIsRefusedWithoutRecordingAnything() {
        String decision = journey.propose(council, "Edited by two officers", true);
        Api.Response first = api.as("officer").header("If-Match", "\"0\"")
                .post("/api/decisions/" + decision + "/notice", Map.of("firstPublished", "2024-01-02"));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");

        long before = eventsOf(decision);
        Api.Response stale = api.as("officer").header("If-Match", "\"0\"")
                .post("/api/decisions/" + decision + "/notice", Map.of("firstPublished", "2024-01-05"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").asString()).isEqualTo("VERSION_MISMATCH");
        assertThat(eventsOf(decision)).isEqualTo(before);

        Api.Response malformed = api.as("officer").header("If-Match", "yesterday")
                .post("/api/decisions/" + decision + "/notice", Map.of("firstPublished", "2024-01-05"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("If-Match");

        Api.Response anyVersion = api.as("officer").header("If-Match", "*")
                .post("/api/decisions/" + decision + "/notice", Map.of("firstPublished", "2024-01-09"));
        assertThat(anyVersion.status()).as("* matches whatever version is current: " + anyVersion).isEqualTo(200);
    }

    @Test
    void aStaleIfMatchIsAnsweredBeforeTheRefusalTheCommandWouldMeet() {
        String approved = journey.propose(council, "Approved twice", false);
        String staleTag = journey.approve(approved, "2024-01-10").header("ETag");
        assertThat(staleTag).isEqualTo("\"1\"");
        String stale = "\"0\"";
        Map<String, Object> approval = Map.of("decidedOn", "2024-01-11",
                "resolutions", List.of(Map.of("label", "(a)", "text", "Approved again")));
        assertThat(api.as("officer").post("/api/decisions/" + approved + "/approval", approval).json()
                .get("code").asString()).as("the refusal a current request meets").isEqualTo("DECISION_ALREADY_DECIDED");
        expectVersionMismatch(approved, () -> api.as("officer").header("If-Match", stale)
                .post("/api/decisions/" + approved + "/approval", approval));
        Api.Response current = api.as("officer").header("If-Match", staleTag)
                .post("/api/decisions/" + approved + "/approval", approval);
        assertThat(current.status()).as("at the version named, the refusal stands: " + current).isEqualTo(409);
        assertThat(current.json().get("code").asString()).isEqualTo("DECISION_ALREADY_DECIDED");

        String deferred = journey.propose(council, "Deferred, then decided earlier", false);
        assertThat(api.as("officer").post("/api/decisions/" + deferred + "/deferral",
                Map.of("decidedOn", "2024-02-01", "reasons", "More consultation")).status()).isEqualTo(200);
        Map<String, Object> earlier = Map.of("decidedOn", "2024-01-15", "reasons", "Dated before the deferral");
        assertThat(api.as("officer").post("/api/decisions/" + deferred + "/deferral", earlier).json()
                .get("code").asString()).isEqualTo("DECIDED_BEFORE_DEFERRAL");
        expectVersionMismatch(deferred, () -> api.as("officer").header("If-Match", stale)
                .post("/api/decisions/" + deferred + "/deferral", earlier));

        String calledIn = journey.propose(council, "Called in twice", false);
        journey.approve(calledIn, "2024-03-04");
        String published = journey.publish(calledIn, "2024-03-05").header("ETag");
        Map<String, Object> callIn = Map.of("raisedOn", "2024-03-06", "signatories", List.of("Cllr Adams"),
                "grounds", "Insufficient consultation");
        Api.Response first = api.as("scrutiny").header("If-Match", published)
                .post("/api/decisions/" + calledIn + "/call-ins", callIn);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(api.as("scrutiny").post("/api/decisions/" + calledIn + "/call-ins", callIn).json()
                .get("code").asString()).isEqualTo("DECISION_ALREADY_CALLED_IN");
        expectVersionMismatch(calledIn, () -> api.as("scrutiny").header("If-Match", published)
                .post("/api/decisions/" + calledIn + "/call-ins", callIn));
    }

    @Test
    void aWeakEntityTagNeverMatches() {
        String decision = journey.propose(council, "Sent with a weak tag", true);
        expectVersionMismatch(decision, () -> api.as("officer").header("If-Match", "W/\"0\"")
                .post("/api/decisions/" + decision + "/notice", Map.of("firstPublished", "2024-01-02")));
        Api.Response strong = api.as("officer").header("If-Match", "\"0\"")
                .post("/api/decisions/" + decision + "/notice", Map.of("firstPublished", "2024-01-02"));
        assertThat(strong.status()).as(strong.toString()).isEqualTo(200);
    }

    private void expectVersionMismatch(String aggregate, java.util.function.Supplier<Api.Response> call) {
        long before = eventsOf(aggregate);
        Api.Response answer = call.get();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(412);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asString()).isEqualTo("VERSION_MISMATCH");
        assertThat(eventsOf(aggregate)).as("nothing recorded").isEqualTo(before);
    }

    @Test
    void aStaleIfMatchOnACouncilIsRefusedToo() {
        Api.Response renamed = api.as("admin").header("If-Match", "\"0\"").put("/api/authorities/" + council,
                Map.of("name", "Renamed council", "callInWorkingDays", 3, "callInSignatoriesRequired", 1));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        Api.Response stale = api.as("admin").header("If-Match", "\"0\"").put("/api/authorities/" + council,
                Map.of("name", "Renamed again", "callInWorkingDays", 3));
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstAnswerAndRecordsNothing() {
        Api officer = api.as("officer").header("Idempotency-Key", "propose-" + council);
        Api.Response first = officer.post("/api/decisions", proposal("Retried on a flaky network"));
        assertThat(first.status()).isEqualTo(201);
        long before = storedEvents();

        Api.Response retry = officer.post("/api/decisions", proposal("Retried on a flaky network"));
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedEvents()).isEqualTo(before);

        Api.Response reused = officer.post("/api/decisions", proposal("A different proposal"));
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(storedEvents()).isEqualTo(before);

        Api.Response otherPerson = api.as("admin").header("Idempotency-Key", "propose-" + council)
                .post("/api/decisions", proposal("Retried on a flaky network"));
        assertThat(otherPerson.status()).as("keys belong to the person who sent them").isEqualTo(403);
    }

    @Test
    void anExpiredKeyIsForgottenAndCountsAsNew() {
        Api officer = api.as("officer").header("Idempotency-Key", "expiring-" + council);
        String first = officer.post("/api/decisions", proposal("Proposed twice a week apart")).json().get("id").asString();
        jdbc.update("UPDATE idempotency_record SET created_at = created_at - interval '2 days'"
                + " WHERE idempotency_key = ?", "expiring-" + council);

        Api.Response later = officer.post("/api/decisions", proposal("Proposed twice a week apart"));

        assertThat(later.status()).isEqualTo(201);
        assertThat(later.header("Idempotent-Replayed")).isNull();
        assertThat(later.json().get("id").asString()).isNotEqualTo(first);
    }

    @Test
    void aRetriedRefusalIsTheSameRefusalAndIsRecordedOnce() {
        String decision = journey.propose(council, "Called in too late", false);
        journey.approve(decision, "2023-09-20");
        journey.publish(decision, "2023-09-21");
        Api scrutiny = api.as("scrutiny").header("Idempotency-Key", "late-call-in-" + decision);
        Map<String, Object> callIn = Map.of("raisedOn", "2023-09-28", "signatories", List.of("Cllr Adams"),
                "grounds", "Insufficient consultation");

        Api.Response first = scrutiny.post("/api/decisions/" + decision + "/call-ins", callIn);
        assertThat(first.status()).isEqualTo(409);
        assertThat(first.json().get("code").asString()).isEqualTo("CALL_IN_WINDOW_CLOSED");
        long recorded = eventsOf(decision);

        Api.Response retry = scrutiny.post("/api/decisions/" + decision + "/call-ins", callIn);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.json().get("code").asString()).isEqualTo("CALL_IN_WINDOW_CLOSED");
        assertThat(eventsOf(decision)).isEqualTo(recorded);
    }

    @Test
    void twentyParallelPublicationsOfOneDecisionRecordOne() throws Exception {
        String decision = journey.propose(council, "Published by twenty clicks", false);
        journey.approve(decision, "2024-01-10");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Callable<Integer> click = () -> {
                    start.await();
                    return api.as("officer").header("If-Match", "\"1\"")
                            .post("/api/decisions/" + decision + "/publication",
                                    Map.of("publishedOn", "2024-01-11", "subjectToCallIn", true))
                            .status();
                };
                answers.add(pool.submit(click));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
            assertThat(statuses).filteredOn(status -> status != 200).allMatch(status -> status == 409 || status == 412);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND payload_type LIKE '%DecisionPublished'", Long.class, decision)).isOne();
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        String huge = "x".repeat(2 * 1024 * 1024);
        long before = storedEvents();
        Api.Response declared = api.as("officer").post("/api/decisions", proposal(huge));
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.json().get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");

        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/decisions"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("officer:officer".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        Api.JSON.writeValueAsString(proposal(huge)).getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void oddTextIsStoredByteForByte() {
        String title = "Café ﷺ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍👩‍👧 ‏עברית‎ e\u0301 \"quoted\" back\\slash <script>alert(1)</script> \t tab";
        String id = api.as("officer").post("/api/decisions", proposal(title)).json().get("id").asString();
        assertThat(jdbc.queryForObject("SELECT payload->>'title' FROM domain_event_entry WHERE aggregate_identifier = ?",
                String.class, id)).isEqualTo(title);
        assertThat(journey.viewWhen(id, view -> true).get("title").asString()).isEqualTo(title);
    }

    @Test
    void textPostgreSQLCannotStoreIsRefusedAsInvalid() {
        long before = storedEvents();
        Api.Response nul = api.as("officer").post("/api/decisions", proposal("before\u0000after"));
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().get("errors").get(0).get("field").asString()).isEqualTo("title");
        Api.Response surrogate = api.as("officer").post("/api/decisions",
                "{\"authorityId\":\"" + council + "\",\"title\":\"lone \\ud800 surrogate\",\"decisionMaker\":\"Cabinet\",\"keyDecision\":false}");
        assertThat(surrogate.status()).isEqualTo(400);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anIdOfAnotherKindOfRecordIsNotFound() {
        String decision = journey.propose(council, "A decision, not a plan", false);
        long before = storedEvents();
        Api.Response councilAsDecision = journey.approve(council, "2024-01-10");
        assertThat(councilAsDecision.status()).as(councilAsDecision.toString()).isEqualTo(404);
        Api.Response decisionAsPlan = api.as("officer").post("/api/action-plans/" + decision + "/priorities",
                Map.of("ref", "1", "title", "Priority"));
        assertThat(decisionAsPlan.status()).as(decisionAsPlan.toString()).isEqualTo(404);
        Api.Response decisionAsDelegation = api.as("officer").post("/api/delegations/" + decision + "/revocation",
                Map.of("revokedOn", "2024-01-10", "reason", "Wrong kind of record"));
        assertThat(decisionAsDelegation.status()).as(decisionAsDelegation.toString()).isEqualTo(404);
        assertThat(api.get("/api/action-plans/" + decision).status()).isEqualTo(404);
        assertThat(api.get("/api/delegations/" + decision).status()).isEqualTo(404);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void pageSizesAreCapped() {
        assertThat(api.get("/api/decisions?size=1000").status()).isEqualTo(400);
        assertThat(api.get("/api/decisions?page=-1").status()).isEqualTo(400);
        assertThat(api.get("/api/decisions?size=100").status()).isEqualTo(200);
    }

    @Test
    void aStatusNoDecisionCanHaveIsRefusedRatherThanFindingNothing() {
        for (String status : List.of("UNKNOWN", "published", "EFFECTIVE%20")) {
            Api.Response answer = api.get("/api/decisions?status=" + status);
            assertThat(answer.status()).as(status + ": " + answer).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
        }
        for (String status : List.of("PUBLISHED", "EFFECTIVE", "ON_FORWARD_PLAN", "REFERRED_TO_FULL_COUNCIL")) {
            assertThat(api.get("/api/decisions?status=" + status).status()).as(status).isEqualTo(200);
        }
    }

    @Test
    void datesWithoutFourDigitYearsAreRefusedInBodiesAndParameters() {
        long before = storedEvents();
        Map<String, Object> farFuture = proposal("Due in a year PostgreSQL cannot store");
        farFuture.put("decisionDue", "+5874898-01-01");
        Api.Response proposed = api.as("officer").post("/api/decisions", farFuture);
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(400);
        assertThat(proposed.json().get("errors").get(0).get("field").asString()).isEqualTo("decisionDue");

        Api.Response delegated = api.as("officer").post("/api/delegations", Map.of("authorityId", council,
                "delegate", "Director of Resources", "scope", "Procurement", "validFrom", "2024-01-01",
                "validUntil", "+5874898-01-01"));
        assertThat(delegated.status()).as(delegated.toString()).isEqualTo(400);
        assertThat(delegated.json().get("errors").get(0).get("field").asString()).isEqualTo("validUntil");

        String decision = journey.propose(council, "Published in a year no calendar reaches", false);
        long afterProposal = storedEvents();
        Api.Response notice = api.as("officer").post("/api/decisions/" + decision + "/notice",
                Map.of("firstPublished", "+999999999-12-31"));
        assertThat(notice.status()).as(notice.toString()).isEqualTo(400);
        assertThat(storedEvents()).isEqualTo(afterProposal);
        assertThat(afterProposal).isEqualTo(before + 1);

        for (String read : List.of("/api/authorities/" + council + "/dates?published=%2B999999999-12-31",
                "/api/authorities/" + council + "/dates?noticeFirstPublished=-99999-01-01",
                "/api/decisions/" + decision + "?asOf=%2B300000-01-01T00:00:00Z",
                "/api/audit?from=%2B300000-01-01T00:00:00Z", "/api/audit?to=-300000-01-01T00:00:00Z",
                "/api/audit/export?from=%2B300000-01-01T00:00:00Z")) {
            Api.Response answer = api.as("auditor").get(read);
            assertThat(answer.status()).as(read + ": " + answer).isEqualTo(400);
            assertThat(answer.json().get("errors")).as(read).isNotEmpty();
        }
        assertThat(api.get("/api/authorities/" + council + "/dates?published=2024-03-27").status()).isEqualTo(200);
    }

    @Test
    void datesOutsideTheYearsACouncilsRecordCanHoldAreRefused() {
        long before = storedEvents();
        for (String slip : List.of("9999-12-31", "2200-01-01", "1066-10-14", "1899-12-31")) {
            Map<String, Object> body = proposal("Due on " + slip);
            body.put("decisionDue", slip);
            Api.Response answer = api.as("officer").post("/api/decisions", body);
            assertThat(answer.status()).as(slip + ": " + answer).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("decisionDue");
        }
        assertThat(storedEvents()).isEqualTo(before);
        Api.Response far = api.get("/api/authorities/" + council + "/dates?noticeFirstPublished=9999-12-31");
        assertThat(far.status()).as(far.toString()).isEqualTo(400);
        assertThat(far.json().get("errors")).isNotEmpty();

        for (String edge : List.of("1900-01-01", "2199-12-31")) {
            Map<String, Object> body = proposal("Due on " + edge);
            body.put("decisionDue", edge);
            Api.Response answer = api.as("officer").post("/api/decisions", body);
            assertThat(answer.status()).as(edge + ": " + answer).isEqualTo(201);
        }
        String calendar = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> api.get("/api/calendar.ics?authority=" + council).body(),
                        ics -> ics.contains("DTSTART;VALUE=DATE:21991231"));
        assertThat(calendar).contains("DTEND;VALUE=DATE:22000101", "DTSTART;VALUE=DATE:19000101");
    }

    @Test
    void valuesOfAnotherTypeAreRefusedRatherThanConverted() {
        long before = storedEvents();
        for (Object keyDecision : List.of(1, "true", "yes")) {
            Map<String, Object> body = proposal("Key decision given as " + keyDecision);
            body.put("keyDecision", keyDecision);
            Api.Response answer = api.as("officer").post("/api/decisions", body);
            assertThat(answer.status()).as(keyDecision + ": " + answer).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("keyDecision");
        }
        for (Object days : List.of(3.7, "3")) {
            Api.Response answer = api.as("admin").put("/api/authorities/" + council,
                    Map.of("name", "Council", "callInWorkingDays", days));
            assertThat(answer.status()).as(days + ": " + answer).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("callInWorkingDays");
        }
        Api.Response twice = api.as("officer").post("/api/decisions", "{\"authorityId\":\"" + council
                + "\",\"title\":\"First title\",\"title\":\"Second title\",\"decisionMaker\":\"Cabinet\","
                + "\"keyDecision\":false}");
        assertThat(twice.status()).as("a field given twice: " + twice).isEqualTo(400);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aCommandFromAClientThatCannotReadTheAnswerIsRefusedBeforeItRuns() {
        long before = storedEvents();
        Api.Response xml = api.as("officer").header("Accept", "application/xml")
                .post("/api/decisions", proposal("Sent by a client that reads XML only"));
        assertThat(xml.status()).as(xml.toString()).isEqualTo(406);
        assertThat(xml.contentType()).startsWith("application/problem+json");
        assertThat(xml.json().get("code").asString()).isEqualTo("NOT_ACCEPTABLE");
        assertThat(storedEvents()).as("nothing recorded, so a retry cannot record it twice").isEqualTo(before);

        Api.Response read = api.header("Accept", "application/xml").get("/api/decisions");
        assertThat(read.status()).as(read.toString()).isEqualTo(406);
        Api.Response calendar = api.header("Accept", "application/json").get("/api/calendar.ics?authority=" + council);
        assertThat(calendar.status()).as(calendar.toString()).isEqualTo(406);

        Api.Response anything = api.as("officer").header("Accept", "text/html, */*;q=0.8")
                .post("/api/decisions", proposal("Sent by a browser"));
        assertThat(anything.status()).as(anything.toString()).isEqualTo(201);
    }
}
