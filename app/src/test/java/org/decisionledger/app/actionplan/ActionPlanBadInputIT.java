package org.decisionledger.app.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input on action plans: each gets the right 4xx problem+json, naming the field or the rule, and records nothing. */
class ActionPlanBadInputIT extends IntegrationTest {

    private ActionPlanRequests plans;
    private String council;
    private String planId;

    @BeforeEach
    void planWithAnAction() {
        plans = new ActionPlanRequests(api);
        council = plans.council("A council");
        planId = plans.plan(council, "Written Statement of Action", "WRITTEN_STATEMENT_OF_ACTION");
        plans.priority(planId, "1", null, "Leaders have not worked together", null);
        plans.action(planId, "1.1.a", "1", "Define accountability", List.of("Tim Moss"), null);
        plans.status(planId, "1.1.a", "2019-12", "In progress");
    }


    private void refusedNaming(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private void refusedWith(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }

    private Api.Response post(String path, Object body) {
        return api.as("officer").post("/api/action-plans" + path, body);
    }

    private Map<String, Object> plan() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authorityId", council);
        body.put("title", "Accelerated Progress Plan");
        body.put("kind", "ACCELERATED_PROGRESS_PLAN");
        return body;
    }

    private Map<String, Object> action(String ref) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ref", ref);
        body.put("priorityRef", "1");
        body.put("description", "Co-produce a performance framework");
        body.put("leads", List.of("Lynsey Bissell"));
        return body;
    }

    // ---------------------------------------------------------------- plans

    @Test
    void aPlanWithoutATitleIsRefusedNamingIt() {
        Map<String, Object> body = plan();
        body.remove("title");
        refusedNaming(recordsNothing(() -> post("", body)), "title");
    }

    @Test
    void aPlanWithABlankCouncilIsRefusedNamingIt() {
        Map<String, Object> body = plan();
        body.put("authorityId", "  ");
        refusedNaming(recordsNothing(() -> post("", body)), "authorityId");
    }

    @Test
    void aPlanOfAnUnknownKindIsRefusedNamingIt() {
        Map<String, Object> body = plan();
        body.put("kind", "WISH_LIST");
        refusedNaming(recordsNothing(() -> post("", body)), "kind");
    }

    @Test
    void aPlanOfAnUnknownCouncilIsNotFound() {
        Map<String, Object> body = plan();
        body.put("authorityId", "no-such-council");
        refusedWith(recordsNothing(() -> post("", body)), 404, "UNKNOWN_AUTHORITY");
    }

    @Test
    void aPlanWhoseSourceDecisionIsNotInTheLedgerIsNotFound() {
        Map<String, Object> body = plan();
        body.put("sourceDecisionId", "no-such-decision");
        refusedWith(recordsNothing(() -> post("", body)), 404, "UNKNOWN_DECISION");
    }

    @Test
    void aPlanCannotHaveBeenDueBeforeItsInspectionWasPublished() {
        Map<String, Object> body = plan();
        body.put("inspectionPublishedOn", "2018-05-16");
        body.put("submissionDueBy", "2018-05-01");
        refusedNaming(recordsNothing(() -> post("", body)), "submissionDueBy");
    }

    @Test
    void malformedJsonIsRefused() {
        refusedWith(recordsNothing(() -> post("", "{\"title\": ")), 400, "VALIDATION_FAILED");
    }

    // ---------------------------------------------------------------- priorities and actions

    @Test
    void aDuplicatePriorityRefIsAConflict() {
        refusedWith(recordsNothing(() -> post("/" + planId + "/priorities", Map.of("ref", "1", "title", "Again"))),
                409, "DUPLICATE_PRIORITY_REF");
    }

    @Test
    void aSubAreaOfAnUnknownPriorityIsNotFound() {
        refusedWith(recordsNothing(() -> post("/" + planId + "/priorities",
                Map.of("ref", "7.1", "parentRef", "7", "title", "Nowhere"))), 404, "UNKNOWN_PRIORITY");
    }

    @Test
    void aDuplicateActionRefIsAConflict() {
        refusedWith(recordsNothing(() -> post("/" + planId + "/actions", action("1.1.a"))), 409,
                "DUPLICATE_ACTION_REF");
    }

    @Test
    void anActionUnderAnUnknownPriorityIsNotFound() {
        Map<String, Object> body = action("1.1.b");
        body.put("priorityRef", "9");
        refusedWith(recordsNothing(() -> post("/" + planId + "/actions", body)), 404, "UNKNOWN_PRIORITY");
    }

    @Test
    void anActionWithoutLeadsIsRefusedNamingThem() {
        Map<String, Object> missing = action("1.1.b");
        missing.remove("leads");
        refusedNaming(recordsNothing(() -> post("/" + planId + "/actions", missing)), "leads");
        Map<String, Object> empty = action("1.1.b");
        empty.put("leads", List.of());
        refusedNaming(recordsNothing(() -> post("/" + planId + "/actions", empty)), "leads");
    }

    @Test
    void anActionRefThatCannotBeAnAddressIsRefusedNamingIt() {
        refusedNaming(recordsNothing(() -> post("/" + planId + "/actions", action("1.1 b"))), "ref");
    }

    @Test
    void anActionWithABlankDescriptionIsRefusedNamingIt() {
        Map<String, Object> body = action("1.1.b");
        body.put("description", "");
        refusedNaming(recordsNothing(() -> post("/" + planId + "/actions", body)), "description");
    }

    // ---------------------------------------------------------------- statuses

    @Test
    void aStatusOfAnUnknownPlanIsNotFound() {
        refusedWith(recordsNothing(() -> post("/no-such-plan/actions/1.1.a/status",
                Map.of("reviewPoint", "2020-01", "status", "Complete"))), 404, "UNKNOWN_ACTION_PLAN");
    }

    @Test
    void theIdOfAnotherKindOfRecordIsNotAPlanAndIsNotWrittenTo() {
        String decisionId = api.as("officer").post("/api/decisions", Map.of("authorityId", council,
                "title", "SEND Accelerated Progress Plan", "decisionMaker", "Cabinet", "keyDecision", false))
                .json().get("id").asString();
        refusedWith(recordsNothing(() -> post("/" + decisionId + "/priorities", Map.of("ref", "1", "title", "X"))),
                404, "UNKNOWN_ACTION_PLAN");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, decisionId)).isEqualTo(1);
    }

    @Test
    void aStatusOfAnUnknownActionIsNotFound() {
        refusedWith(recordsNothing(() -> post("/" + planId + "/actions/9.9.z/status",
                Map.of("reviewPoint", "2020-01", "status", "Complete"))), 404, "UNKNOWN_ACTION");
    }

    @Test
    void anEmptyStatusIsRefusedNamingIt() {
        refusedNaming(recordsNothing(() -> post("/" + planId + "/actions/1.1.a/status",
                Map.of("reviewPoint", "2020-01", "status", ""))), "status");
        refusedNaming(recordsNothing(() -> post("/" + planId + "/actions/1.1.a/status",
                Map.of("reviewPoint", "2020-01", "status", "   "))), "status");
        refusedNaming(recordsNothing(() -> post("/" + planId + "/actions/1.1.a/status",
                Map.of("reviewPoint", "2020-01"))), "status");
    }

    @Test
    void aReviewPointThatIsNotAMonthOrADayIsRefusedNamingIt() {
        refusedNaming(recordsNothing(() -> post("/" + planId + "/actions/1.1.a/status",
                Map.of("reviewPoint", "2019-13", "status", "Complete"))), "reviewPoint");
        refusedNaming(recordsNothing(() -> post("/" + planId + "/actions/1.1.a/status",
                Map.of("status", "Complete"))), "reviewPoint");
    }

    @Test
    void anUnknownRatingIsRefusedNamingIt() {
        refusedNaming(recordsNothing(() -> post("/" + planId + "/actions/1.1.a/status",
                Map.of("reviewPoint", "2020-01", "status", "Complete", "rag", "PURPLE"))), "rag");
    }

    @Test
    void aSecondStatusForAReviewPointIsAConflictUnlessItIsACorrection() {
        refusedWith(recordsNothing(() -> post("/" + planId + "/actions/1.1.a/status",
                Map.of("reviewPoint", "2019-12", "status", "Complete"))), 409, "STATUS_ALREADY_RECORDED");
    }

    @Test
    void aCorrectionWithoutAReasonIsRefusedNamingIt() {
        refusedNaming(recordsNothing(() -> post("/" + planId + "/actions/1.1.a/status",
                Map.of("reviewPoint", "2019-12", "status", "Complete", "corrects", 1))), "correctionReason");
    }

    @Test
    void aCorrectionOfAStatusThatNeverExistedIsNotFound() {
        refusedWith(recordsNothing(() -> post("/" + planId + "/actions/1.1.a/status",
                Map.of("reviewPoint", "2019-12", "status", "Complete", "corrects", 5, "correctionReason", "Misread"))),
                404, "UNKNOWN_STATUS");
    }

    // ---------------------------------------------------------------- updates, evidence, schedule

    @Test
    void aSubGroupUpdateWithoutWordsOrWithAnUnreadableDateIsRefusedNamingTheField() {
        refusedNaming(recordsNothing(() -> post("/" + planId + "/actions/1.1.a/updates",
                Map.of("date", "2021-02", "body", " "))), "body");
        refusedNaming(recordsNothing(() -> post("/" + planId + "/actions/1.1.a/updates",
                Map.of("date", "February 2021", "body", "ToRs reviewed"))), "date");
    }

    @Test
    void aSubGroupUpdateOnAnUnknownActionIsNotFound() {
        refusedWith(recordsNothing(() -> post("/" + planId + "/actions/1.1.z/updates",
                Map.of("date", "2021-02", "body", "ToRs reviewed"))), 404, "UNKNOWN_ACTION");
    }

    @Test
    void theSameSubGroupUpdateIsRecordedOnce() {
        assertThat(post("/" + planId + "/actions/1.1.a/updates",
                Map.of("date", "2021-02", "body", "ToRs reviewed")).status()).isEqualTo(200);
        refusedWith(recordsNothing(() -> post("/" + planId + "/actions/1.1.a/updates",
                Map.of("date", "2021-02", "body", "ToRs reviewed "))), 409, "SUB_GROUP_UPDATE_ALREADY_RECORDED");
    }

    @Test
    void theSameEvidenceIsCitedOnce() {
        plans.evidence(planId, "1.1.a", "SEND Governance structure");
        refusedWith(recordsNothing(() -> post("/" + planId + "/actions/1.1.a/evidence",
                Map.of("name", "SEND governance structure"))), 409, "EVIDENCE_ALREADY_CITED");
    }

    @Test
    void aScheduleFromAReviewPointAlreadyOverIsAConflict() {
        refusedWith(recordsNothing(() -> post("/" + planId + "/review-schedule",
                Map.of("firstReviewPoint", "2019-12", "everyMonths", 6))), 409, "REVIEW_POINT_PASSED");
        refusedNaming(recordsNothing(() -> post("/" + planId + "/review-schedule",
                Map.of("firstReviewPoint", "2030-06", "everyMonths", 0))), "everyMonths");
    }

    // ---------------------------------------------------------------- who may

    @Test
    void theWrongRoleIsForbidden() {
        for (String user : List.of("scrutiny", "auditor", "admin")) {
            Api.Response response = recordsNothing(() -> api.as(user).post("/api/action-plans/" + planId
                    + "/actions/1.1.a/status", Map.of("reviewPoint", "2020-01", "status", "Complete")));
            refusedWith(response, 403, "ROLE_NOT_ALLOWED");
        }
        refusedWith(recordsNothing(() -> api.as("scrutiny").post("/api/action-plans", plan())), 403,
                "ROLE_NOT_ALLOWED");
    }

    @Test
    void noCredentialsIsUnauthorised() {
        refusedWith(recordsNothing(() -> api.anonymous().post("/api/action-plans/" + planId + "/actions",
                action("1.1.b"))), 401, "NOT_SIGNED_IN");
        refusedWith(recordsNothing(() -> api.anonymous().post("/api/action-plans", plan())), 401, "NOT_SIGNED_IN");
    }

    // ---------------------------------------------------------------- reads

    @Test
    void readingAnUnknownPlanOrActionIsNotFound() {
        refusedWith(api.get("/api/action-plans/no-such-plan"), 404, "NOT_FOUND");
        refusedWith(api.get("/api/action-plans/no-such-plan/actions/1.1.a/history"), 404, "NOT_FOUND");
        plans.trackerAt(planId, 3, "");
        refusedWith(api.get("/api/action-plans/" + planId + "/actions/9.9.z/history"), 404, "NOT_FOUND");
        refusedWith(api.get("/api/action-plans/" + planId + "?on=yesterday"), 400, "VALIDATION_FAILED");
    }
}
