package org.decisionledger.app.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.decisionledger.app.delegation.DelegationJourney.DIRECTOR;
import static org.decisionledger.app.delegation.DelegationJourney.SEDIS_SCOPE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input to delegated authority: each gets the right 4xx problem+json and records nothing. */
class DelegationBadInputIT extends IntegrationTest {

    private DelegationJourney journey;
    private String council;

    @BeforeEach
    void council() {
        journey = new DelegationJourney(api);
        council = journey.council();
    }

    private Map<String, Object> delegation() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authorityId", council);
        body.put("delegate", DIRECTOR);
        body.put("scope", SEDIS_SCOPE);
        body.put("validFrom", "2024-04-01");
        return body;
    }


    private static void invalidField(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().get("errors").valueStream().map(error -> error.get("field").asString()))
                .contains(field);
    }

    private String standing() {
        return journey.created(api.as("officer").post("/api/delegations", delegation()));
    }

    @Test
    void aBlankDelegateIsNamed() {
        Map<String, Object> body = delegation();
        body.put("delegate", "  ");
        invalidField(recordsNothing(() -> api.as("officer").post("/api/delegations", body)), "delegate");
    }

    @Test
    void anImpossibleDateIsNamed() {
        Map<String, Object> body = delegation();
        body.put("validFrom", "2024-02-30");
        invalidField(recordsNothing(() -> api.as("officer").post("/api/delegations", body)), "validFrom");
    }

    @Test
    void aMissingValidFromIsNamed() {
        Map<String, Object> body = delegation();
        body.remove("validFrom");
        invalidField(recordsNothing(() -> api.as("officer").post("/api/delegations", body)), "validFrom");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        Map<String, Object> body = delegation();
        body.put("validUntil", "2024-03-31");
        invalidField(recordsNothing(() -> api.as("officer").post("/api/delegations", body)), "validUntil");
    }

    @Test
    void anUnknownCouncilIsNotFound() {
        Map<String, Object> body = delegation();
        body.put("authorityId", "no-such-council");
        Api.Response response = recordsNothing(() -> api.as("officer").post("/api/delegations", body));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("UNKNOWN_AUTHORITY");
    }

    @Test
    void anUnknownSourceDecisionIsNotFound() {
        Map<String, Object> body = delegation();
        body.put("sourceDecisionId", "no-such-decision");
        Api.Response response = recordsNothing(() -> api.as("officer").post("/api/delegations", body));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("UNKNOWN_DECISION");
    }

    @Test
    void aDecisionNotYetTakenDelegatesNothing() {
        Api.Response proposed = api.as("officer").post("/api/decisions", Map.of("authorityId", council,
                "title", "Not yet decided", "decisionMaker", "Cabinet", "keyDecision", false));
        Map<String, Object> body = delegation();
        body.put("sourceDecisionId", proposed.json().get("id").asString());
        Api.Response response = recordsNothing(() -> api.as("officer").post("/api/delegations", body));
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("code").asString()).isEqualTo("SOURCE_DECISION_NOT_TAKEN");
    }

    @Test
    void anUnknownParentIsNotFound() {
        Api.Response response = recordsNothing(() -> journey.subDelegate("no-such-delegation", "Procurement officers",
                "Call-offs", "2024-04-01", null));
        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void aSubDelegationThatPredatesItsParentIsRefused() {
        String parent = standing();
        invalidField(recordsNothing(() -> journey.subDelegate(parent, "Procurement officers", "Call-offs",
                "2024-03-31", null)), "validFrom");
    }

    @Test
    void aSubDelegationWithABlankDelegateIsNamed() {
        String parent = standing();
        invalidField(recordsNothing(() -> journey.subDelegate(parent, "", "Call-offs", "2024-04-01", null)),
                "delegate");
    }

    @Test
    void anExerciseWithoutWhoActedIsNamed() {
        String delegation = standing();
        invalidField(recordsNothing(() -> api.as("officer").post("/api/delegations/" + delegation + "/exercises",
                Map.of("exercisedOn", "2024-05-01", "summary", "Allocated funding"))), "exercisedBy");
    }

    @Test
    void anExerciseCannotNameWhoRecordedIt() {
        String delegation = standing();
        Api.Response response = recordsNothing(() -> api.as("officer").post("/api/delegations/" + delegation
                + "/exercises", Map.of("exercisedOn", "2024-05-01", "exercisedBy", DIRECTOR, "summary", "Allocated",
                "actor", "someone-else")));
        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void aRevocationWithoutAReasonIsNamed() {
        String delegation = standing();
        invalidField(recordsNothing(() -> api.as("officer").post("/api/delegations/" + delegation + "/revocation",
                Map.of("revokedOn", "2024-05-01"))), "reason");
    }

    @Test
    void aBadScopeTagIsNamed() {
        Map<String, Object> body = delegation();
        body.put("scopeTags", List.of("!!"));
        assertThat(recordsNothing(() -> api.as("officer").post("/api/delegations", body)).status()).isEqualTo(400);
    }

    @Test
    void scrutinyMayNotDelegate() {
        Api.Response response = recordsNothing(() -> api.as("scrutiny").post("/api/delegations", delegation()));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void nobodySignedInMayNotExercise() {
        String delegation = standing();
        Api.Response response = recordsNothing(() -> api.anonymous().post("/api/delegations/" + delegation
                + "/exercises", Map.of("exercisedOn", "2024-05-01", "exercisedBy", DIRECTOR, "summary", "Allocated")));
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void aBadAsOfDateIsNamed() {
        Api.Response response = api.get("/api/delegations?asOf=2024-13-01");
        assertThat(response.status()).isEqualTo(400);
        assertThat(api.get("/api/delegations/x?asOf=yesterday").status()).isEqualTo(400);
    }
}
