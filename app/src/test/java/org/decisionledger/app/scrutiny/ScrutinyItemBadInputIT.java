package org.decisionledger.app.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;
import static org.decisionledger.app.scrutiny.ScrutinyItemJourney.item;

import java.util.List;
import java.util.Map;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input to scrutiny items: each gets the right 4xx problem+json naming what is wrong, and records nothing. */
class ScrutinyItemBadInputIT extends IntegrationTest {

    private ScrutinyItemJourney journey;
    private String council;

    @BeforeEach
    void council() {
        journey = new ScrutinyItemJourney(api);
        council = journey.council();
    }

    private static void invalidField(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().get("errors").valueStream().map(error -> error.get("field").asString()))
                .as(response.toString()).anyMatch(named -> named.equals(field) || named.endsWith("." + field));
    }

    private Api.Response recording(Map<String, Object> body) {
        return recordsNothing(() -> api.as("scrutiny").post("/api/scrutiny-items", body));
    }

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = item(council);
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return body;
    }

    @Test
    void aBlankTitleIsNamed() {
        invalidField(recording(with("title", "   ")), "title");
    }

    @Test
    void aMissingCommitteeMeetingDateOrCouncilIsNamed() {
        invalidField(recording(with("committee", null)), "committee");
        invalidField(recording(with("meetingDate", null)), "meetingDate");
        invalidField(recording(with("authorityId", null)), "authorityId");
    }

    @Test
    void anUnknownCouncilIsNotFound() {
        Api.Response response = recording(with("authorityId", "no-such-council"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("UNKNOWN_AUTHORITY");
    }

    @Test
    void datesOutsideTheYearsARecordCanHoldAreNamed() {
        invalidField(recording(with("meetingDate", "1899-12-31")), "meetingDate");
        invalidField(recording(with("meetingDate", "2018-02-30")), "meetingDate");
        invalidField(recording(with("requirements", List.of(Map.of("text", "Report back", "dueBy", "2200-01-01")))),
                "dueBy");
    }

    @Test
    void aBlankFindingIsNamedByItsPlace() {
        invalidField(recording(with("findings", List.of("the local offer was not fit for purpose", " "))),
                "findings[1]");
    }

    @Test
    void aRequirementWithoutTextIsNamed() {
        invalidField(recording(with("requirements", List.of(Map.of("dueBy", "2018-07-25")))), "requirements[0].text");
        invalidField(recording(with("requirements", List.of(Map.of("text", "", "dueBy", "2018-07-25")))),
                "requirements[0].text");
    }

    @Test
    void theBodyCannotNameWhoRecordedIt() {
        assertThat(recording(with("actor", "someone-else")).status()).isEqualTo(400);
    }

    @Test
    void nobodySignedInMayRecordAndAnAuditorMayNot() {
        Api.Response anonymous = recordsNothing(() -> api.anonymous().post("/api/scrutiny-items", item(council)));
        assertThat(anonymous.status()).isEqualTo(401);
        Api.Response auditor = recordsNothing(() -> api.as("auditor").post("/api/scrutiny-items", item(council)));
        assertThat(auditor.status()).isEqualTo(403);
        assertThat(auditor.json().get("code").asString()).isEqualTo("ROLE_NOT_ALLOWED");
        Api.Response admin = recordsNothing(() -> api.as("admin").post("/api/scrutiny-items", item(council)));
        assertThat(admin.status()).isEqualTo(403);
    }

    @Test
    void readsOfAnUnknownOrMalformedIdAreProblems() {
        Api.Response unknown = api.get("/api/scrutiny-items/01a20000-0000-7000-8000-000000000000");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("NOT_FOUND");
        Api.Response malformed = api.get("/api/scrutiny-items/" + "x".repeat(101));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get("/api/scrutiny-items?size=0").status()).isEqualTo(400);
        assertThat(api.get("/api/scrutiny-items?size=lots").status()).isEqualTo(400);
        invalidField(api.get("/api/scrutiny-items?page=-1"), "page");
        invalidField(api.get("/api/scrutiny-items?page=first"), "page");
        invalidField(api.get("/api/action-plans?scrutinyItem=" + "x".repeat(37)), "scrutinyItem");
        assertThat(api.as("scrutiny").get("/api/scrutiny-items/x/history").status()).isEqualTo(403);
    }

    @Test
    void aPlanMayNameOnlyAScrutinyItemOfItsOwnCouncilThatIsInTheLedger() {
        Map<String, Object> plan = Map.of("authorityId", council, "title", "Written Statement of Action",
                "kind", "WRITTEN_STATEMENT_OF_ACTION", "sourceScrutinyItemId", "no-such-item");
        Api.Response unknown = recordsNothing(() -> api.as("officer").post("/api/action-plans", plan));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("UNKNOWN_SCRUTINY_ITEM");

        String otherCouncil = journey.council();
        String othersItem = api.as("scrutiny").post("/api/scrutiny-items", item(otherCouncil)).json().get("id")
                .asString();
        Api.Response another = recordsNothing(() -> api.as("officer").post("/api/action-plans", Map.of(
                "authorityId", council, "title", "Written Statement of Action", "kind", "WRITTEN_STATEMENT_OF_ACTION",
                "sourceScrutinyItemId", othersItem)));
        assertThat(another.status()).isEqualTo(409);
        assertThat(another.json().get("code").asString()).isEqualTo("SCRUTINY_ITEM_OF_ANOTHER_AUTHORITY");
    }
}
