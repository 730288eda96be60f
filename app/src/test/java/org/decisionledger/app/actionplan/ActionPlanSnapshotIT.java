package org.decisionledger.app.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * A whole plan is one aggregate, snapshotted every 50 events (ADR 7). Axon silently falls back to the
 * full history when a snapshot cannot be read, so rules that still hold prove nothing on their own:
 * this reads the stored snapshot back through the service's own serializer and checks it loses nothing,
 * and that the event store hands it to the repository.
 */
class ActionPlanSnapshotIT extends IntegrationTest {

    private static final int ACTIONS = 25;

    @Autowired
    private Serializer serializer;

    @Autowired
    private EventStore eventStore;

    @Test
    void aLongPlanIsSnapshottedAndTheSnapshotReadsBackWhole() {
        ActionPlanRequests plans = new ActionPlanRequests(api);
        String planId = plans.plan(plans.council("Staffordshire County Council"), "Accelerated Progress Plan",
                "ACCELERATED_PROGRESS_PLAN");
        plans.priority(planId, "1", null, "Identification of need", null);
        long version = 0;
        for (int i = 1; i <= ACTIONS; i++) {
            plans.action(planId, "1.a" + i, "1", "Action " + i, List.of("Lead " + i), null);
            version = ActionPlanRequests.version(plans.status(planId, "1.a" + i, "2023-12", i % 2 == 0
                    ? "Complete" : "On track"));
        }
        assertThat(version).as("events in the plan's history, counted from 0").isEqualTo(1 + 2L * ACTIONS);

        Map<String, Object> snapshot = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList("""
                SELECT payload::text AS payload, payload_type, payload_revision, sequence_number
                FROM snapshot_event_entry WHERE aggregate_identifier = ?""", planId), rows -> !rows.isEmpty()).get(0);

        assertThat(snapshot.get("payload_type")).isEqualTo("org.decisionledger.command.actionplan.ActionPlan");
        assertThat(snapshot.get("payload_revision")).isEqualTo("2");
        String stored = (String) snapshot.get("payload");
        JsonNode json = Api.JSON.readTree(stored);
        assertThat(json.get("planId").asString()).isEqualTo(planId);
        assertThat(json.get("priorityRefs").get(0).asString()).isEqualTo("1");
        JsonNode firstAction = json.get("actions").get("1.a1");
        assertThat(firstAction.get("statuses").get(0).get("rawStatus").asString()).isEqualTo("On track");
        assertThat(firstAction.get("statuses").get(0).get("status").asString()).isEqualTo("IN_PROGRESS");

        Object loaded = serializer.deserialize(new SimpleSerializedObject<>(stored, String.class,
                new SimpleSerializedType((String) snapshot.get("payload_type"), "1")));
        assertThat(loaded.getClass().getSimpleName()).isEqualTo("ActionPlan");
        assertThat(Api.JSON.readTree(serializer.serialize(loaded, String.class).getData()))
                .as("written again after reading, the snapshot is the same: no field was lost on the way in")
                .isEqualTo(json);

        DomainEventMessage<?> first = eventStore.readEvents(planId).peek();
        assertThat(first.getPayloadType().getSimpleName()).as("the store starts the plan from its snapshot")
                .isEqualTo("ActionPlan");
        assertThat(first.getSequenceNumber()).isEqualTo(((Number) snapshot.get("sequence_number")).longValue());

        long before = storedEvents();
        Api.Response duplicate = api.as("officer").post("/api/action-plans/" + planId + "/actions",
                Map.of("ref", "1.a1", "priorityRef", "1", "description", "Again", "leads", List.of("Someone")));
        assertThat(duplicate.status()).as("an action added before the snapshot is still known").isEqualTo(409);
        Api.Response secondStatus = api.as("officer").post("/api/action-plans/" + planId + "/actions/1.a1/status",
                Map.of("reviewPoint", "2023-12", "status", "Complete"));
        assertThat(secondStatus.status()).as("and so is its status").isEqualTo(409);
        assertThat(secondStatus.json().get("code").asString()).isEqualTo("STATUS_ALREADY_RECORDED");
        assertThat(storedEvents()).isEqualTo(before);

        Api.Response corrected = api.as("officer").post("/api/action-plans/" + planId + "/actions/1.a1/status",
                Map.of("reviewPoint", "2023-12", "status", "Complete", "corrects", 1,
                        "correctionReason", "Signed off at the December review"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().get("statusNumber").asInt()).isEqualTo(2);
        assertThat(ActionPlanRequests.version(corrected)).as("versions run on from the snapshot").isEqualTo(version + 1);

        JsonNode tracker = plans.trackerAt(planId, version + 1, "");
        assertThat(tracker.get("statusCounts").get("COMPLETE").asInt()).isEqualTo(ACTIONS / 2 + 1);
    }
}
