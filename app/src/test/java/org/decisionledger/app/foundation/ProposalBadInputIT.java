package org.decisionledger.app.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Bad input on the slice: each gets the right 4xx problem+json and records nothing. */
class ProposalBadInputIT extends IntegrationTest {

    private Map<String, Object> proposal(String authorityId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authorityId", authorityId);
        body.put("title", "A decision");
        body.put("decisionMaker", "Cabinet");
        body.put("keyDecision", false);
        return body;
    }

    private String council() {
        String id = "bad-input-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.as("admin").put("/api/authorities/" + id, Map.of("name", "A council", "callInWorkingDays", 5))
                .status()).isEqualTo(201);
        return id;
    }


    @Test
    void malformedJsonIsRefused() {
        Api.Response response = recordsNothing(() -> api.as("officer").post("/api/decisions", "{\"title\": "));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void aMissingTitleIsNamed() {
        Map<String, Object> body = proposal(council());
        body.remove("title");
        Api.Response response = recordsNothing(() -> api.as("officer").post("/api/decisions", body));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("title");
    }

    @Test
    void aBlankDecisionMakerIsNamed() {
        Map<String, Object> body = proposal(council());
        body.put("decisionMaker", "   ");
        Api.Response response = recordsNothing(() -> api.as("officer").post("/api/decisions", body));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("decisionMaker");
    }

    @Test
    void aWrongTypeIsNamed() {
        Map<String, Object> body = proposal(council());
        body.put("keyDecision", "perhaps");
        Api.Response response = recordsNothing(() -> api.as("officer").post("/api/decisions", body));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("keyDecision");
    }

    @Test
    void anImpossibleDateIsNamed() {
        Map<String, Object> body = proposal(council());
        body.put("decisionDue", "2023-02-30");
        Api.Response response = recordsNothing(() -> api.as("officer").post("/api/decisions", body));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("decisionDue");
    }

    @Test
    void aProposalDateThatIsImpossibleOutOfRangeOrStillToComeIsNamed() {
        String council = council();
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(2).toString();
        for (String proposedOn : java.util.List.of("2024-02-30", "20-02-2024", "1899-12-31", "2200-01-01",
                tomorrow)) {
            Map<String, Object> body = proposal(council);
            body.put("proposedOn", proposedOn);
            Api.Response response = recordsNothing(() -> api.as("officer").post("/api/decisions", body));
            assertThat(response.status()).as(proposedOn + ": " + response).isEqualTo(400);
            assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("proposedOn");
        }
    }

    @Test
    void anUnknownAuthorityIsNotFound() {
        Api.Response response = recordsNothing(() -> api.as("officer").post("/api/decisions", proposal("no-such-council")));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("UNKNOWN_AUTHORITY");
    }

    @Test
    void aMalformedAuthorityIdIsNamed() {
        Api.Response response = recordsNothing(() -> api.as("officer").post("/api/decisions", proposal("Not A Slug!")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("authorityId");
    }

    @Test
    void theWrongRoleIsForbidden() {
        String council = council();
        Api.Response response = recordsNothing(() -> api.as("scrutiny").post("/api/decisions", proposal(council)));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asString()).isEqualTo("ROLE_NOT_ALLOWED");
    }

    @Test
    void noCredentialsIsUnauthorised() {
        String council = council();
        Api.Response response = recordsNothing(() -> api.anonymous().post("/api/decisions", proposal(council)));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("NOT_SIGNED_IN");
    }

    @Test
    void aWrongPasswordIsUnauthorised() {
        String council = council();
        Api.Response response = recordsNothing(() -> api.header("Authorization", "Basic b2ZmaWNlcjp3cm9uZw==")
                .post("/api/decisions", proposal(council)));
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void onlyAnAdministratorConfiguresACouncil() {
        Api.Response response = recordsNothing(() -> api.as("officer").put("/api/authorities/some-council",
                Map.of("name", "Some council", "callInWorkingDays", 3)));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void aCouncilWithAnImpossibleRuleIsRefused() {
        Api.Response response = recordsNothing(() -> api.as("admin").put("/api/authorities/odd-council",
                Map.of("name", "Odd council", "callInWorkingDays", -1)));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("callInWorkingDays");
    }

    @Test
    void anUnknownHolidayCalendarIsNamed() {
        Api.Response response = recordsNothing(() -> api.as("admin").put("/api/authorities/odd-council",
                Map.of("name", "Odd council", "callInWorkingDays", 3, "holidayCalendar", "narnia")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("holidayCalendar");
    }
}
