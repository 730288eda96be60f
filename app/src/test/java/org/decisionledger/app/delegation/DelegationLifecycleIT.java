package org.decisionledger.app.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.decisionledger.app.delegation.DelegationJourney.DIRECTOR;
import static org.decisionledger.app.delegation.DelegationJourney.SEDIS_SCOPE;
import static org.decisionledger.app.delegation.DelegationJourney.ids;

import java.util.List;
import java.util.Map;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Delegated authority through the HTTP API on PostgreSQL, on the story of seed 000. */
class DelegationLifecycleIT extends IntegrationTest {

    private static final String FRAMEWORK_SCOPE = "Award of the Staffordshire Children and Young People's Framework";
    private static final String PROCUREMENT = "After an open tender process in line with the Council's Procurement "
            + "Regulations and the Public Contract Regulations";
    private static final String CALL_OFF_DELEGATE = "Officers authorised under the Council's Procurement Regulations";
    private static final String CALL_OFF_SCOPE = "Award of call-off contracts under the Framework";

    private DelegationJourney journey;

    @BeforeEach
    void journey() {
        journey = new DelegationJourney(api);
    }

    private long eventsOf(String aggregate) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregate);
    }

    private String lastRecordedAt(String aggregate) {
        return jdbc.queryForObject("SELECT max(time_stamp) FROM domain_event_entry WHERE aggregate_identifier = ?",
                String.class, aggregate);
    }

    private String inForce(String council, String day) {
        return "/api/delegations?authority=" + council + "&asOf=" + day;
    }

    @Test
    void seed000sDelegationsWaitForTheCallInOutcomeThenHoldAuthority() {
        String council = journey.council();
        String decision = journey.decided(council, "2023-09-20");
        Api.Response published = api.as("officer").post("/api/decisions/" + decision + "/publication",
                Map.of("publishedOn", "2023-09-21", "subjectToCallIn", true));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        Api.Response callIn = api.as("scrutiny").post("/api/decisions/" + decision + "/call-ins", Map.of(
                "raisedOn", "2023-09-25", "signatories", List.of("Cllr Adams", "Cllr Brown"), "grounds", "Consultation"));
        assertThat(callIn.status()).as(callIn.toString()).isEqualTo(201);

        String sedis = journey.created(journey.delegate(council, decision, "(c)", DIRECTOR, SEDIS_SCOPE,
                List.of("SEDIS-funding"), null, "2023-09-20", null));
        String framework = journey.created(journey.delegate(council, decision, "(e)(ii)", DIRECTOR, FRAMEWORK_SCOPE,
                List.of("framework-award", "call-off-contracts"), PROCUREMENT, "2023-09-20", "2027-09-26"));

        JsonNode waiting = journey.readWhen("/api/delegations?authority=" + council, json -> json.size() == 2);
        assertThat(waiting.valueStream().map(entry -> entry.get("status").asString()))
                .containsOnly("AWAITING_DECISION");
        assertThat(api.get(inForce(council, "2023-10-02")).json()).as("called in: not yet in force").isEmpty();

        long before = eventsOf(sedis);
        Api.Response tooSoon = journey.exercise(sedis, "2023-10-02", DIRECTOR, "Allocated the SEDIS funding");
        assertThat(tooSoon.status()).as(tooSoon.toString()).isEqualTo(409);
        assertThat(tooSoon.json().get("code").asString()).isEqualTo("DELEGATION_NOT_IN_FORCE");
        assertThat(eventsOf(sedis)).as("the refusal is recorded").isEqualTo(before + 1);

        Api.Response noFurtherAction = api.as("scrutiny").post("/api/decisions/" + decision + "/call-ins/"
                + callIn.json().get("id").asString() + "/outcome",
                Map.of("decidedOn", "2023-10-04", "outcome", "NO_FURTHER_ACTION"));
        assertThat(noFurtherAction.status()).as(noFurtherAction.toString()).isEqualTo(200);

        JsonNode inForceOnTheOutcome = journey.readWhen(inForce(council, "2023-10-04"), json -> json.size() == 2);
        assertThat(ids(inForceOnTheOutcome)).containsExactlyInAnyOrder(sedis, framework);
        assertThat(api.get(inForce(council, "2023-10-03")).json()).as("the day before the outcome").isEmpty();
        assertThat(api.get(inForce(council, "2023-09-19")).json()).as("before the decision").isEmpty();

        Api.Response allocated = api.as("officer").post("/api/delegations/" + sedis + "/exercises", Map.of(
                "exercisedOn", "2023-10-05", "exercisedBy", DIRECTOR, "summary", "Allocated £1.2m across the 8 SEDIS teams",
                "scopeTag", "sedis-funding"));
        assertThat(allocated.status()).as(allocated.toString()).isEqualTo(200);
        assertThat(allocated.json().get("id").asString()).isEqualTo(sedis);
        assertThat(allocated.header("ETag")).isEqualTo("\"" + allocated.json().get("version").asLong() + "\"");

        Api.Response outsideScope = api.as("officer").post("/api/delegations/" + sedis + "/exercises", Map.of(
                "exercisedOn", "2023-10-06", "exercisedBy", DIRECTOR, "summary", "Awarded a transport contract",
                "scopeTag", "home-to-school-transport"));
        assertThat(outsideScope.status()).isEqualTo(409);
        assertThat(outsideScope.json().get("code").asString()).isEqualTo("OUTSIDE_DELEGATED_SCOPE");

        String callOffs = journey.created(journey.subDelegate(framework, CALL_OFF_DELEGATE, CALL_OFF_SCOPE,
                "2024-01-08", null));

        JsonNode callOffView = journey.readWhen("/api/delegations/" + callOffs, json -> true);
        assertThat(callOffView.get("parentId").asString()).isEqualTo(framework);
        assertThat(callOffView.get("validUntil").asString()).as("ends with its parent").isEqualTo("2027-09-26");
        assertThat(callOffView.get("scopeTags").valueStream().map(JsonNode::asString))
                .containsExactly("framework-award", "call-off-contracts");
        JsonNode chain = callOffView.get("chain");
        assertThat(chain.valueStream().map(link -> link.get("kind").asString()))
                .containsExactly("DECISION", "DELEGATION", "DELEGATION");
        assertThat(ids(chain)).containsExactly(decision, framework, callOffs);
        assertThat(chain.get(0).get("status").asString()).isEqualTo("EFFECTIVE");
        assertThat(chain.get(0).get("effectiveFrom").asString()).isEqualTo("2023-10-04");
        assertThat(chain.get(1).get("resolution").asString()).isEqualTo("(e)(ii)");
        assertThat(callOffView.get("status").asString()).isEqualTo("IN_FORCE");

        JsonNode sedisView = journey.readWhen("/api/delegations/" + sedis, json -> json.get("exercises").size() == 1);
        assertThat(sedisView.get("inForceFrom").asString()).isEqualTo("2023-10-04");
        assertThat(sedisView.get("scopeTags").get(0).asString()).isEqualTo("sedis-funding");
        assertThat(sedisView.get("exercises").get(0).get("exercisedBy").asString()).isEqualTo(DIRECTOR);
        assertThat(sedisView.get("exercises").get(0).get("recordedBy").asString()).isEqualTo("officer");
        assertThat(sedisView.get("refusedExercises").valueStream().map(refusal -> refusal.get("code").asString()))
                .containsExactly("DELEGATION_NOT_IN_FORCE", "OUTSIDE_DELEGATED_SCOPE");

        JsonNode frameworkView = journey.readWhen("/api/delegations/" + framework,
                json -> json.get("descendants").size() == 1);
        assertThat(frameworkView.get("descendants").get(0).get("id").asString()).isEqualTo(callOffs);
        assertThat(frameworkView.get("conditions").asString()).isEqualTo(PROCUREMENT);

        JsonNode decisionView = journey.readWhen("/api/decisions/" + decision,
                json -> json.get("delegations").size() == 2);
        assertThat(decisionView.get("delegations").valueStream().map(JsonNode::asString))
                .as("the decision lists what it granted, not what was passed on beneath")
                .containsExactly(sedis, framework);
        JsonNode page = api.get("/api/decisions?authority=" + council).json();
        assertThat(page.get("items").get(0).get("delegations")).hasSize(2);

        assertThat(ids(api.get(inForce(council, "2027-09-27")).json()))
                .as("after the Framework's period only the open-ended SEDIS delegation holds").containsExactly(sedis);
        assertThat(ids(api.get("/api/delegations?authority=" + council + "&asOf=2024-02-01&delegate=officers%20authorised")
                .json())).containsExactly(callOffs);
        assertThat(ids(api.get(inForce(council, "2024-01-07")).json())).containsExactlyInAnyOrder(sedis, framework);
    }

    @Test
    void revokingADelegationEndsEveryDelegationBeneathIt() {
        String council = journey.council();
        String decision = journey.decided(council, "2024-01-10");
        journey.publishedExempt(decision, "2024-01-11");
        String framework = journey.created(journey.delegate(council, decision, "(e)(ii)", DIRECTOR, FRAMEWORK_SCOPE,
                List.of(), PROCUREMENT, "2024-01-11", "2028-01-10"));
        String callOffs = journey.created(journey.subDelegate(framework, CALL_OFF_DELEGATE, CALL_OFF_SCOPE,
                "2024-02-01", null));
        String buyer = journey.created(journey.subDelegate(callOffs, "Commissioning Manager, SEND",
                "Call-off contracts under £50,000", "2024-03-01", "2026-03-31"));
        assertThat(journey.exercise(buyer, "2024-06-03", "Commissioning Manager, SEND",
                "Call-off for speech and language therapy").status()).isEqualTo(200);
        journey.readWhen(inForce(council, "2025-03-31"), json -> json.size() == 3);
        String beforeRevocation = lastRecordedAt(buyer);

        Api.Response revoked = journey.revoke(framework, "2025-04-01", "The Framework is re-procured");
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().get("id").asString()).isEqualTo(framework);
        for (String beneath : List.of(callOffs, buyer)) {
            assertThat(jdbc.queryForObject("SELECT payload->>'endedOn' FROM domain_event_entry WHERE aggregate_identifier"
                    + " = ? AND payload_type LIKE '%DelegationEndedByRevocation'", String.class, beneath))
                    .as("ended, and recorded on " + beneath).isEqualTo("2025-04-01");
        }

        JsonNode buyerView = journey.readWhen("/api/delegations/" + buyer,
                json -> "ENDED_BY_REVOCATION".equals(json.get("status").asString()));
        assertThat(buyerView.get("revocation").get("revokedDelegationId").asString()).isEqualTo(framework);
        assertThat(buyerView.get("inForceUntil").asString()).isEqualTo("2025-03-31");
        assertThat(ids(buyerView.get("chain"))).containsExactly(decision, framework, callOffs, buyer);
        journey.readWhen(inForce(council, "2025-04-01"), JsonNode::isEmpty);
        assertThat(api.get(inForce(council, "2025-03-31")).json()).hasSize(3);

        long before = eventsOf(buyer);
        Api.Response afterwards = journey.exercise(buyer, "2025-04-02", "Commissioning Manager, SEND",
                "Call-off for occupational therapy");
        assertThat(afterwards.status()).isEqualTo(409);
        assertThat(afterwards.json().get("code").asString()).isEqualTo("DELEGATION_NOT_IN_FORCE");
        assertThat(eventsOf(buyer)).as("the refusal is recorded").isEqualTo(before + 1);
        assertThat(journey.exercise(buyer, "2025-03-31", "Commissioning Manager, SEND", "Call-off entered late")
                .status()).as("the day before the revocation").isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT meta_data->>'actor' FROM domain_event_entry WHERE aggregate_identifier"
                + " = ? AND sequence_number = ?", String.class, buyer, before + 1))
                .as("who recorded it is the signed-in user, not who acted").isEqualTo("officer");

        Api.Response again = journey.revoke(framework, "2025-05-01", "Twice");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("DELEGATION_ALREADY_REVOKED");

        JsonNode then = api.get("/api/delegations/" + buyer + "?asOf=" + beforeRevocation).json();
        assertThat(then.get("revocation").isNull()).as("as recorded before the revocation").isTrue();
        assertThat(then.get("exercises")).hasSize(1);
        assertThat(ids(then.get("chain"))).containsExactly(decision, framework, callOffs, buyer);
        JsonNode frameworkThen = api.get("/api/delegations/" + framework + "?asOf=" + beforeRevocation).json();
        assertThat(frameworkThen.get("descendants")).hasSize(2);
        assertThat(api.get("/api/delegations/" + buyer + "?asOf=2000-01-01T00:00:00Z").status()).isEqualTo(404);
    }

    @Test
    void aRevocationIsNotBackdatedOverAnExerciseOfAnyDelegationItWouldEnd() {
        String council = journey.council();
        String decision = journey.decided(council, "2023-12-01");
        journey.publishedExempt(decision, "2023-12-04");
        String framework = journey.created(journey.delegate(council, decision, "(e)(ii)", DIRECTOR, FRAMEWORK_SCOPE,
                List.of(), PROCUREMENT, "2023-12-04", null));
        String callOffs = journey.created(journey.subDelegate(framework, CALL_OFF_DELEGATE, CALL_OFF_SCOPE,
                "2024-01-01", null));
        String buyer = journey.created(journey.subDelegate(callOffs, "Commissioning Manager, SEND",
                "Call-off contracts under £50,000", "2024-01-15", null));
        assertThat(journey.exercise(callOffs, "2024-03-01", CALL_OFF_DELEGATE, "Call-off for educational psychology")
                .status()).isEqualTo(200);

        Api.Response overTheSubDelegation = journey.revoke(framework, "2024-02-01", "Re-procured");
        assertThat(overTheSubDelegation.status()).as(overTheSubDelegation.toString()).isEqualTo(409);
        assertThat(overTheSubDelegation.json().get("code").asString()).isEqualTo("EXERCISED_AFTER_REVOCATION_DATE");
        assertThat(overTheSubDelegation.json().get("detail").asString()).contains(callOffs, "2024-03-02");

        assertThat(journey.exercise(buyer, "2024-04-02", "Commissioning Manager, SEND", "Call-off for speech therapy")
                .status()).isEqualTo(200);
        Map<String, Long> recorded = Map.of(framework, eventsOf(framework), callOffs, eventsOf(callOffs),
                buyer, eventsOf(buyer));
        for (String revokedOn : List.of("2024-02-01", "2024-03-02", "2024-04-02")) {
            for (String revoked : List.of(framework, callOffs)) {
                Api.Response overTheBuyer = journey.revoke(revoked, revokedOn, "Re-procured");
                assertThat(overTheBuyer.status()).as(revoked + " from " + revokedOn + ": " + overTheBuyer)
                        .isEqualTo(409);
                assertThat(overTheBuyer.json().get("code").asString()).isEqualTo("EXERCISED_AFTER_REVOCATION_DATE");
                assertThat(overTheBuyer.json().get("detail").asString()).contains(buyer, "2024-04-03");
            }
        }
        recorded.forEach((delegation, count) ->
                assertThat(eventsOf(delegation)).as("nothing recorded on " + delegation).isEqualTo(count));

        assertThat(journey.exercise(framework, "2024-05-10", DIRECTOR, "Awarded the Framework").status())
                .isEqualTo(200);
        Api.Response overItsOwn = journey.revoke(framework, "2024-05-10", "Re-procured");
        assertThat(overItsOwn.status()).as(overItsOwn.toString()).isEqualTo(409);
        assertThat(overItsOwn.json().get("code").asString()).isEqualTo("EXERCISED_AFTER_REVOCATION_DATE");

        Api.Response afterEveryExercise = journey.revoke(framework, "2024-05-11", "Re-procured");
        assertThat(afterEveryExercise.status()).as(afterEveryExercise.toString()).isEqualTo(200);
        for (String beneath : List.of(callOffs, buyer)) {
            JsonNode view = journey.readWhen("/api/delegations/" + beneath,
                    json -> "ENDED_BY_REVOCATION".equals(json.get("status").asString()));
            assertThat(view.get("inForceUntil").asString()).isEqualTo("2024-05-10");
            assertThat(view.get("inForceFrom").asString()).isLessThanOrEqualTo(view.get("inForceUntil").asString());
        }
    }

    @Test
    void aStandingDelegationNeedsNoDecisionAndExpiresAfterItsLastDay() {
        String council = journey.council();
        String standing = journey.created(journey.delegate(council, null, null, "Head of Legal Services",
                "Signing and sealing contracts on the Council's behalf", List.of(), null, "2024-04-01", "2025-03-31"));
        journey.readWhen(inForce(council, "2024-04-01"), json -> json.size() == 1);
        assertThat(api.get(inForce(council, "2024-03-31")).json()).isEmpty();
        assertThat(api.get(inForce(council, "2025-03-31")).json()).hasSize(1);
        assertThat(api.get(inForce(council, "2025-04-01")).json()).isEmpty();

        JsonNode view = api.get("/api/delegations/" + standing).json();
        assertThat(view.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(view.get("chain")).hasSize(1);

        assertThat(journey.exercise(standing, "2025-03-31", "Head of Legal Services", "Sealed a lease").status())
                .isEqualTo(200);
        Api.Response expired = journey.exercise(standing, "2025-04-01", "Head of Legal Services", "Sealed a lease");
        assertThat(expired.status()).isEqualTo(409);
        assertThat(expired.json().get("code").asString()).isEqualTo("DELEGATION_NOT_IN_FORCE");
        assertThat(api.get("/api/delegations/not-a-delegation").status()).isEqualTo(404);
    }
}
