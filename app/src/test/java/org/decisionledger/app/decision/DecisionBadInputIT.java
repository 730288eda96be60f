package org.decisionledger.app.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Bad input on the decision commands: a clear 4xx problem and nothing recorded. */
class DecisionBadInputIT extends IntegrationTest {

    private DecisionJourney journey;
    private String council;

    @BeforeEach
    void setUp() {
        journey = new DecisionJourney(api);
        council = journey.council(3, 2);
    }

    private Api.Response recordsNothing(int status, String code, Supplier<Api.Response> call) {
        long before = storedEvents();
        Api.Response response = call.get();
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo(code);
        assertThat(storedEvents()).as("nothing recorded by " + response).isEqualTo(before);
        return response;
    }

    @Test
    void anUnknownDecisionIsNotFound() {
        recordsNothing(404, "NOT_FOUND", () -> journey.approve("no-such-decision", "2024-01-10"));
        recordsNothing(404, "NOT_FOUND", () -> api.get("/api/decisions/no-such-decision"));
        recordsNothing(404, "NOT_FOUND", () -> api.get("/api/decisions/no-such-decision/timeline"));
    }

    @Test
    void publishingBeforeDecidingIsRefused() {
        String decision = journey.propose(council, "Not yet decided", false);
        recordsNothing(409, "DECISION_NOT_DECIDED", () -> journey.publish(decision, "2024-01-10"));
    }

    @Test
    void approvingTwiceIsRefused() {
        String decision = journey.propose(council, "Decided once", false);
        assertThat(journey.approve(decision, "2024-01-10").status()).isEqualTo(200);
        recordsNothing(409, "DECISION_ALREADY_DECIDED", () -> journey.approve(decision, "2024-01-11"));
    }

    @Test
    void nothingIsDecidedOnADayBeforeTheDeferral() {
        String decision = journey.propose(council, "Deferred in May", false);
        Api.Response deferred = api.as("officer").post("/api/decisions/" + decision + "/deferral",
                Map.of("decidedOn", "2024-05-01", "reasons", "Awaiting the consultation report"));
        assertThat(deferred.status()).as(deferred.toString()).isEqualTo(200);
        recordsNothing(409, "DECIDED_BEFORE_DEFERRAL", () -> journey.approve(decision, "2024-04-03"));
        for (String outcome : List.of("rejection", "deferral", "withdrawal")) {
            recordsNothing(409, "DECIDED_BEFORE_DEFERRAL", () -> api.as("officer").post("/api/decisions/"
                    + decision + "/" + outcome, Map.of("decidedOn", "2024-04-30", "reasons", "r")));
        }
        assertThat(journey.approve(decision, "2024-05-01").status()).isEqualTo(200);
    }

    @Test
    void nothingIsDatedBeforeTheProposal() {
        String key = journey.propose(council, "Proposed in January", true, "2024-01-15");
        recordsNothing(409, "DATED_BEFORE_PROPOSAL", () -> journey.notice(key, "2024-01-14"));
        recordsNothing(409, "DATED_BEFORE_PROPOSAL", () -> api.as("officer").post("/api/decisions/" + key
                + "/general-exception", Map.of("chairNotifiedOn", "2024-01-10", "publishedOn", "2024-01-16",
                        "reasons", "Funding deadline")));
        recordsNothing(409, "DATED_BEFORE_PROPOSAL", () -> api.as("officer").post("/api/decisions/" + key
                + "/special-urgency", Map.of("agreedBy", "Chair of Scrutiny", "agreedOn", "2024-01-14",
                        "reasons", "Funding deadline")));
        recordsNothing(409, "DATED_BEFORE_PROPOSAL", () -> journey.approve(key, "2024-01-14"));
        for (String step : List.of("rejection", "deferral", "withdrawal")) {
            recordsNothing(409, "DATED_BEFORE_PROPOSAL", () -> api.as("officer").post("/api/decisions/" + key + "/"
                    + step, Map.of("decidedOn", "2024-01-14", "reasons", "Not needed")));
        }
        assertThat(journey.notice(key, "2024-01-15").status()).as("on the day of the proposal").isEqualTo(200);

        String nonKey = journey.propose(council, "Proposed and taken the same day", false, "2024-01-15");
        assertThat(journey.approve(nonKey, "2024-01-15").status()).isEqualTo(200);
    }

    @Test
    void publishingBeforeTheDecisionDateIsRefused() {
        String decision = journey.propose(council, "Published too soon", false);
        journey.approve(decision, "2024-01-10");
        recordsNothing(409, "PUBLICATION_BEFORE_DECISION", () -> journey.publish(decision, "2024-01-09"));
    }

    @Test
    void aCallInOnAnUnpublishedDecisionIsRefused() {
        String decision = journey.propose(council, "Unpublished", false);
        recordsNothing(409, "DECISION_NOT_PUBLISHED", () -> journey.callIn(decision, "2024-01-10",
                List.of("Cllr Adams", "Cllr Brown")));
    }

    @Test
    void anOutcomeForARefusedCallInIsRefusedNotNotFound() {
        String decision = journey.propose(council, "Called in by too few", false);
        journey.approve(decision, "2024-01-10");
        journey.publish(decision, "2024-01-11");
        Api.Response shortOfNames = journey.callIn(decision, "2024-01-12", List.of("Cllr Adams"));
        assertThat(shortOfNames.json().get("code").asString()).isEqualTo("TOO_FEW_SIGNATORIES");
        JsonNode view = journey.viewWhen(decision, json -> json.get("callIns").size() == 1);
        String callInId = view.get("callIns").get(0).get("id").asString();
        assertThat(api.get("/api/decisions/" + decision + "/call-ins/" + callInId).json().get("status").asString())
                .isEqualTo("REFUSED");

        recordsNothing(409, "CALL_IN_REFUSED", () -> api.as("scrutiny").post("/api/decisions/" + decision
                + "/call-ins/" + callInId + "/outcome", Map.of("decidedOn", "2024-01-20",
                        "outcome", "NO_FURTHER_ACTION")));
        recordsNothing(404, "CALL_IN_UNKNOWN", () -> api.as("scrutiny").post("/api/decisions/" + decision
                + "/call-ins/never-raised/outcome", Map.of("decidedOn", "2024-01-20",
                        "outcome", "NO_FURTHER_ACTION")));
    }

    @Test
    void impossibleDatesAndMissingFieldsAreNamed() {
        String decision = journey.propose(council, "Dates", false);
        Api.Response impossible = recordsNothing(400, "VALIDATION_FAILED", () -> api.as("officer")
                .post("/api/decisions/" + decision + "/notice", Map.of("firstPublished", "2024-02-30")));
        assertThat(impossible.json().get("errors").get(0).get("field").asString()).isEqualTo("firstPublished");
        Api.Response missing = recordsNothing(400, "VALIDATION_FAILED", () -> api.as("officer")
                .post("/api/decisions/" + decision + "/approval", Map.of("decidedOn", "2024-02-01")));
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("resolutions");
        recordsNothing(400, "VALIDATION_FAILED", () -> api.as("officer")
                .post("/api/decisions/" + decision + "/approval", "{\"decidedOn\": \"2024-02-01\", "));
    }

    @Test
    void signatoriesMustBeNamedOnceEach() {
        String decision = journey.propose(council, "Signatories", false);
        journey.approve(decision, "2024-01-10");
        journey.publish(decision, "2024-01-11");
        Api.Response empty = recordsNothing(400, "VALIDATION_FAILED",
                () -> journey.callIn(decision, "2024-01-12", List.of()));
        assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("signatories");
        recordsNothing(400, "VALIDATION_FAILED",
                () -> journey.callIn(decision, "2024-01-12", List.of("Cllr Adams", "cllr adams")));
    }

    @Test
    void anUnknownOutcomeIsNamed() {
        String decision = journey.propose(council, "Outcome", false);
        Api.Response response = recordsNothing(400, "VALIDATION_FAILED", () -> api.as("scrutiny")
                .post("/api/decisions/" + decision + "/call-ins/some-call-in/outcome",
                        Map.of("decidedOn", "2024-01-12", "outcome", "SHRUG")));
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("outcome");
    }

    @Test
    void eachStepNeedsItsRole() {
        String decision = journey.propose(council, "Roles", false);
        recordsNothing(403, "ROLE_NOT_ALLOWED", () -> api.as("scrutiny").post("/api/decisions/" + decision
                + "/approval", Map.of("decidedOn", "2024-01-10", "resolutions", DecisionJourney.seed000Resolutions())));
        recordsNothing(403, "ROLE_NOT_ALLOWED", () -> api.as("officer").post("/api/decisions/" + decision
                + "/call-ins", Map.of("raisedOn", "2024-01-12", "signatories", List.of("Cllr Adams"), "grounds", "x")));
        recordsNothing(403, "ROLE_NOT_ALLOWED", () -> api.as("auditor").post("/api/decisions/" + decision
                + "/notice", Map.of("firstPublished", "2024-01-02")));
        recordsNothing(401, "NOT_SIGNED_IN", () -> api.anonymous().post("/api/decisions/" + decision
                + "/notice", Map.of("firstPublished", "2024-01-02")));
    }

    @Test
    void aDateBeyondTheCalendarIsRefusedNotFailed() {
        String decision = journey.propose(council, "Far future", false);
        journey.approve(decision, "2031-01-06");
        recordsNothing(409, "CALENDAR_NOT_COVERED", () -> journey.publish(decision, "2031-01-06"));
    }
}
