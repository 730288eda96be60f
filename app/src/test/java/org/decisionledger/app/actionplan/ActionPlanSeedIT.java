package org.decisionledger.app.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Seed 002, Staffordshire's Written Statement of Action tracker: priority 1 (sub-areas 1.1 and 1.2,
 * actions 1.1 a-e and 1.2 a) entered through the API as an officer would, with each action's status at
 * the four review points, its sub-group updates and its evidence, then read back as the tracker and as
 * per-action histories, identical after the projection is rebuilt from the event store.
 */
class ActionPlanSeedIT extends IntegrationTest {

    private static final List<String> REVIEW_POINTS = List.of("2019-12", "2020-01", "2021-04", "2021-12");
    /** A fixed day for the tracker's overdue list, so two reads on different days still compare. */
    private static final String ON = "?on=2022-01-10";

    /** An action of the seed as its page gives it. Statuses are at the four review points, in order. */
    record SeedAction(String ref, String priorityRef, String description, List<String> leads, String evidenceOfImpact,
            List<String> statuses, Map<String, String> updates, List<String> evidence) {
    }

    private static final List<SeedAction> PRIORITY_1 = List.of(
            new SeedAction("1.1.a", "1.1",
                    "Co-produce and clearly define accountability and responsibility descriptors for each layer of "
                            + "the Governance structure including a review of membership.",
                    List.of("Tim Moss", "Lynn Tolley"),
                    "SEND Inclusion & Partnership Group (IPG) ToR & minutes demonstrate clear accountability and a "
                            + "culture of challenge",
                    List.of("Complete", "Complete", "Complete", "Complete"),
                    ordered("2021-02", "Several sub groups, inc Joint Comm and EHCP, have reviewed their ToR inc "
                                    + "membership, and delivery plans",
                            "2021-04", "Sub group chairs (Mng Group) to attend meetings of the SEND IPG"),
                    List.of("Written statement of action (WSOA) (Monitoring report)", "WSOA presentation",
                            "SEND Governance structure", "Sub Group status reports", "WSOA Position statements",
                            "WSOA Positive Practice Examples")),
            new SeedAction("1.1.b", "1.1",
                    "Co-produce a comprehensive Performance Framework to ensure strategic governance is effective "
                            + "and accountabilities are clear",
                    List.of("Lynsey Bissell"),
                    "Performance reports produced, at least termly, demonstrating a culture of challenge and "
                            + "accountability.",
                    List.of("Complete", "Complete", "Complete", "Complete"),
                    ordered("2021-02", "Monthly performance (SEND) presented to SEND IPG"),
                    List.of("Performance reports to SIPG", "Performance framework", "Power BI reports")),
            new SeedAction("1.1.c", "1.1",
                    "Establish SEND sub-groups which report (to the IPG) and ensure pace of change",
                    List.of("Tim Moss", "Lynn Tolley"),
                    "Sub-groups and agreed reporting structures are in place and linked to service development plans.",
                    List.of("Complete", "Complete", "complete", "Complete"),
                    ordered("2021-02", "Early Years Sub Group currently being chaired by Emma Dodd (Sn EP) and taking "
                            + "a lead on the group's joint focus of Early Years and SEND, reporting to the EYAB and to "
                            + "the management group, which then reports to the S&IPG. Develop action plan at next "
                            + "meeting: Transition guidance document developed; Develop links with SEND locality "
                            + "hubs; Develop work on case studies"),
                    List.of()),
            new SeedAction("1.1.d", "1.1",
                    "Establish appropriate resources and capacity across the partnership. Needs to include: LA "
                            + "permanent Lead for Education; LA permanent Head of Vulnerable Learners; CCG Children's "
                            + "Commissioner; Project management secured to support the development and implementation "
                            + "of the action plans",
                    List.of("Tim Moss", "Lynn Tolley"),
                    "Strategic lead posts recruited to and driving implementation of action plans",
                    List.of("Complete", "Complete", "complete", "Complete"),
                    ordered("2021-12", "Following Children's Transformation (October 2021), a new Head of SEND has "
                            + "been appointed."),
                    List.of()),
            new SeedAction("1.1.e", "1.1",
                    "Local area continues to explore good practice and national research to influence developments",
                    List.of("Tim Moss", "Lynn Tolley"),
                    "SEND IPG mins and feedback from service areas. WSoA positive practice examples received and in EB.",
                    List.of("In progress", "Complete", "complete", "Complete"),
                    ordered(),
                    List.of("WSoA Positive Practice examples")),
            new SeedAction("1.2.a", "1.2",
                    "Develop and agree a shared SEND JSNA. Use our needs analysis intelligence to inform "
                            + "commissioning, policy and practice",
                    List.of("Wendy Tompson"),
                    "JSNA meeting minutes, policies and practice guidance",
                    List.of("In progress", "In progress", "complete", "Complete"),
                    ordered("2021-02", "Joint Comm sub group report is ongoing Apr 21: NM reported that JSNA is "
                            + "responsibility of JC Group and monitored via the ongoing JC Action Plan. Dec 2021: SEND "
                            + "JSNA completed (See link in Priority 4 Position Statement)"),
                    List.of("JSNA (SEND focus)", "Position Statement 4 (EHC)")));

    private static Map<String, String> ordered(String... dateAndBody) {
        Map<String, String> updates = new LinkedHashMap<>();
        for (int i = 0; i < dateAndBody.length; i += 2) {
            updates.put(dateAndBody[i], dateAndBody[i + 1]);
        }
        return updates;
    }

    @Autowired
    private EventProcessingConfiguration eventProcessing;

    private ActionPlanRequests plans;

    /** The seed is entered once, by the first test that needs it (some seventy requests); the tests only read it. */
    private static String authorityId;
    private static Map.Entry<String, Long> entered;

    @BeforeEach
    void seed002() {
        plans = new ActionPlanRequests(api);
        if (entered == null) {
            authorityId = plans.council("Staffordshire County Council");
            entered = enterPriorityOne();
        }
    }

    /** Enters priority 1 of seed 002 and answers the plan id and the version of its last event. */
    private Map.Entry<String, Long> enterPriorityOne() {
        String planId = plans.plan(authorityId, "Staffordshire Local Area Written Statement of Action",
                "WRITTEN_STATEMENT_OF_ACTION");
        plans.priority(planId, "1", null, "Leaders in education, health and social care have not worked together to "
                + "organise roles and responsibilities, establish a united vision and strategic plan, communicate "
                + "effectively, drive improvement or share what works well.", "Develop a clear Governance Structure "
                + "which ensures active collaboration, strategic development and joint operations in relation to local "
                + "area SEND provision between Health, Social Care, Education, schools, children, young people and "
                + "their families");
        plans.priority(planId, "1.1", "1", "Roles and responsibilities to drive improvement", null);
        plans.priority(planId, "1.2", "1", "United vision and strategic planning to drive improvement", null);
        long version = 0;
        for (SeedAction action : PRIORITY_1) {
            plans.action(planId, action.ref(), action.priorityRef(), action.description(), action.leads(),
                    action.evidenceOfImpact());
            for (int i = 0; i < REVIEW_POINTS.size(); i++) {
                version = ActionPlanRequests.version(
                        plans.status(planId, action.ref(), REVIEW_POINTS.get(i), action.statuses().get(i)));
            }
            for (Map.Entry<String, String> update : action.updates().entrySet()) {
                version = ActionPlanRequests.version(
                        plans.update(planId, action.ref(), update.getKey(), update.getValue()));
            }
            for (String document : action.evidence()) {
                version = ActionPlanRequests.version(plans.evidence(planId, action.ref(), document));
            }
        }
        return Map.entry(planId, version);
    }

    @Test
    void priorityOneOfSeed002ReadsBackAsTheTracker() {
        String planId = entered.getKey();

        JsonNode tracker = plans.trackerAt(planId, entered.getValue(), ON);

        assertThat(tracker.get("title").asString()).isEqualTo("Staffordshire Local Area Written Statement of Action");
        assertThat(tracker.get("kind").asString()).isEqualTo("WRITTEN_STATEMENT_OF_ACTION");
        assertThat(tracker.get("authorityId").asString()).isEqualTo(authorityId);
        assertThat(texts(tracker.get("priorities"), "ref")).containsExactly("1", "1.1", "1.2");
        assertThat(tracker.get("priorities").get(0).get("vision").asString()).startsWith("Develop a clear Governance");
        assertThat(tracker.get("priorities").get(1).get("parentRef").asString()).isEqualTo("1");
        assertThat(texts(tracker.get("reviewPoints"), null)).containsExactlyElementsOf(REVIEW_POINTS);
        assertThat(texts(tracker.get("actions"), "ref")).containsExactly("1.1.a", "1.1.b", "1.1.c", "1.1.d", "1.1.e",
                "1.2.a");

        for (SeedAction seed : PRIORITY_1) {
            JsonNode action = actionOf(tracker, seed.ref());
            assertThat(action.get("priorityRef").asString()).isEqualTo(seed.priorityRef());
            assertThat(texts(action.get("leads"), null)).containsExactlyElementsOf(seed.leads());
            assertThat(action.get("evidenceOfImpact").asString()).isEqualTo(seed.evidenceOfImpact());
            JsonNode byReviewPoint = action.get("statusByReviewPoint");
            assertThat(fieldNames(byReviewPoint)).as(seed.ref()).containsExactlyElementsOf(REVIEW_POINTS);
            for (int i = 0; i < REVIEW_POINTS.size(); i++) {
                JsonNode status = byReviewPoint.get(REVIEW_POINTS.get(i));
                assertThat(status.get("rawStatus").asString()).as(seed.ref() + " at " + REVIEW_POINTS.get(i))
                        .isEqualTo(seed.statuses().get(i));
                assertThat(status.get("status").asString())
                        .isEqualTo(seed.statuses().get(i).equalsIgnoreCase("in progress") ? "IN_PROGRESS" : "COMPLETE");
                assertThat(status.get("statusNumber").asInt()).isEqualTo(i + 1);
            }
            assertThat(action.get("latestStatus").get("reviewPoint").asString()).isEqualTo("2021-12");
            assertThat(action.get("latestStatus").get("status").asString()).isEqualTo("COMPLETE");
            assertThat(texts(action.get("subGroupUpdates"), "date")).containsExactlyElementsOf(seed.updates().keySet());
            assertThat(texts(action.get("subGroupUpdates"), "body"))
                    .containsExactlyElementsOf(seed.updates().values());
            assertThat(texts(action.get("evidence"), "name")).containsExactlyElementsOf(seed.evidence());
        }
        assertThat(actionOf(tracker, "1.1.c").get("statusByReviewPoint").get("2021-04").get("rawStatus").asString())
                .as("the council's own words are kept, lower case and all").isEqualTo("complete");

        assertThat(tracker.get("statusCounts").get("COMPLETE").asInt()).isEqualTo(6);
        assertThat(tracker.get("statusCounts").get("IN_PROGRESS").asInt()).isZero();
        assertThat(tracker.get("actionsWithoutStatus").asInt()).isZero();
        JsonNode december2019 = tracker.get("countsByReviewPoint").get(0);
        assertThat(december2019.get("reviewPoint").asString()).isEqualTo("2019-12");
        assertThat(december2019.get("counts").get("COMPLETE").asInt()).isEqualTo(4);
        assertThat(december2019.get("counts").get("IN_PROGRESS").asInt()).isEqualTo(2);
        JsonNode january2020 = tracker.get("countsByReviewPoint").get(1);
        assertThat(january2020.get("counts").get("COMPLETE").asInt()).isEqualTo(5);
        assertThat(january2020.get("counts").get("IN_PROGRESS").asInt()).isEqualTo(1);
        assertThat(tracker.get("overdueActions").isEmpty()).as("the seed gives no due dates").isTrue();
        assertThat(tracker.get("asOf").asString()).isEqualTo("2022-01-10");

        assertThat(jdbc.queryForList("""
                SELECT payload->>'rawStatus' FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload->>'actionRef' = '1.1.e'
                  AND payload_type LIKE '%ActionStatusRecorded' ORDER BY sequence_number""", String.class, planId))
                .as("auditors read the council's words straight from the event table")
                .containsExactly("In progress", "Complete", "complete", "Complete");

        JsonNode listed = api.anonymous().get("/api/action-plans?authority=" + authorityId).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asString()).isEqualTo(planId);
        assertThat(listed.get(0).get("actions").asInt()).isEqualTo(6);
        assertThat(listed.get(0).get("statusCounts").get("COMPLETE").asInt()).isEqualTo(6);
    }

    @Test
    void eachActionOfSeed002HasItsFullHistory() {
        String planId = entered.getKey();
        plans.trackerAt(planId, entered.getValue(), ON);

        for (SeedAction seed : PRIORITY_1) {
            Api.Response response = api.anonymous().get("/api/action-plans/" + planId + "/actions/" + seed.ref()
                    + "/history");
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonNode entries = response.json().get("entries");

            List<String> expectedKinds = new ArrayList<>();
            expectedKinds.add("ACTION_ADDED");
            seed.statuses().forEach(status -> expectedKinds.add("STATUS_RECORDED"));
            seed.updates().forEach((date, body) -> expectedKinds.add("SUB_GROUP_UPDATE"));
            seed.evidence().forEach(name -> expectedKinds.add("EVIDENCE_CITED"));
            assertThat(texts(entries, "kind")).as(seed.ref()).containsExactlyElementsOf(expectedKinds);
            assertThat(texts(entries, "actor")).as("who recorded each step").containsOnly("officer");
            List<Long> sequences = IntStream.range(0, entries.size()).mapToObj(i -> entries.get(i).get("sequence").asLong())
                    .toList();
            assertThat(sequences).isSorted().doesNotHaveDuplicates();
            for (int i = 0; i < REVIEW_POINTS.size(); i++) {
                JsonNode status = entries.get(1 + i);
                assertThat(status.get("date").asString()).isEqualTo(REVIEW_POINTS.get(i));
                assertThat(status.get("status").get("rawStatus").asString()).isEqualTo(seed.statuses().get(i));
            }
        }
        JsonNode added = api.get("/api/action-plans/" + planId + "/actions/1.2.a/history").json().get("entries").get(0);
        assertThat(texts(added.get("leads"), null)).containsExactly("Wendy Tompson");
        assertThat(added.get("description").asString()).startsWith("Develop and agree a shared SEND JSNA");
    }

    @Test
    void theTrackerAndTheHistoriesAreIdenticalAfterTheProjectionIsRebuilt() throws Exception {
        String planId = entered.getKey();
        plans.trackerAt(planId, entered.getValue(), ON);
        String trackerBefore = api.get("/api/action-plans/" + planId + ON).body();
        Map<String, JsonNode> historiesBefore = histories(planId);
        jdbc.update("UPDATE action_plan_view SET document = jsonb_set(document::jsonb, '{title}', '\"tampered\"')::json "
                + "WHERE plan_id = ?", planId);
        assertThat(api.get("/api/action-plans/" + planId + ON).body()).as("the read model is disposable")
                .isNotEqualTo(trackerBefore);

        StreamingEventProcessor processor = eventProcessing
                .eventProcessor("action-plan-tracker", StreamingEventProcessor.class).orElseThrow();
        processor.shutdownAsync().get();
        processor.resetTokens();
        processor.start();

        await().atMost(Duration.ofSeconds(60)).until(
                () -> api.get("/api/action-plans/" + planId + ON),
                response -> response.status() == 200 && response.body().equals(trackerBefore));
        await().atMost(Duration.ofSeconds(30)).until(() -> histories(planId).equals(historiesBefore));
        assertThat(api.get("/api/action-plans/" + planId + ON).body()).as("the same JSON, byte for byte")
                .isEqualTo(trackerBefore);
    }

    private Map<String, JsonNode> histories(String planId) {
        Map<String, JsonNode> histories = new LinkedHashMap<>();
        for (SeedAction seed : PRIORITY_1) {
            histories.put(seed.ref(), api.get("/api/action-plans/" + planId + "/actions/" + seed.ref() + "/history")
                    .json());
        }
        return histories;
    }

    private static JsonNode actionOf(JsonNode tracker, String ref) {
        for (JsonNode action : tracker.get("actions")) {
            if (action.get("ref").asString().equals(ref)) {
                return action;
            }
        }
        throw new AssertionError("No action " + ref + " in the tracker");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array) {
            values.add(field == null ? item.asString() : item.get(field).asString());
        }
        return values;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }
}
