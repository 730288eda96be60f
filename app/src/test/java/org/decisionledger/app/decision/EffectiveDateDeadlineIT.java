package org.decisionledger.app.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.ServiceInstance;
import org.decisionledger.app.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The deadline that makes a decision effective is persisted: scheduled by one instance of the
 * service, it survives a restart and fires once in the next. Instead of waiting for a real
 * closing date, the test moves the persisted execution time forward, as time passing would.
 */
class EffectiveDateDeadlineIT {

    private static final String SCHEDULE_ID = "SELECT payload->>'deadlineScheduleId' FROM domain_event_entry"
            + " WHERE aggregate_identifier = ? AND payload_type LIKE '%DecisionPublished'";
    private static final String TOOK_EFFECT = "SELECT count(*) FROM domain_event_entry"
            + " WHERE aggregate_identifier = ? AND payload_type LIKE '%DecisionTookEffect'";

    @Test
    void aDeadlineScheduledBeforeARestartFiresOnceAfterIt() {
        Map<String, String> store = TestDatabase.freshStore();
        String decision;
        String scheduleId;
        try (ServiceInstance first = ServiceInstance.start(store, "local")) {
            DecisionJourney journey = new DecisionJourney(first.api());
            String council = journey.council(3, 1);
            decision = journey.propose(council, "Future school places plan", false);
            assertThat(journey.approve(decision, "2027-02-26").status()).isEqualTo(200);
            Api.Response published = journey.publish(decision, "2027-03-01");
            assertThat(published.json().get("callInClosesOn").asString()).isEqualTo("2027-03-04");
            assertThat(published.json().get("effectiveFrom").asString()).isEqualTo("2027-03-05");
            scheduleId = first.jdbc().queryForObject(SCHEDULE_ID, String.class, decision);
            assertThat(first.jdbc().queryForObject("SELECT execution_time > now() FROM scheduled_tasks"
                    + " WHERE task_instance = ?", Boolean.class, scheduleId)).isTrue();
        }

        try (ServiceInstance second = ServiceInstance.start(store, "local")) {
            assertThat(second.jdbc().queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?",
                    Long.class, scheduleId)).as("the deadline survived the restart").isOne();
            assertThat(second.jdbc().queryForObject(TOOK_EFFECT, Long.class, decision)).isZero();

            second.jdbc().update("UPDATE scheduled_tasks SET execution_time = now() WHERE task_instance = ?", scheduleId);

            DecisionJourney journey = new DecisionJourney(second.api());
            var view = journey.viewWhen(decision, json -> "EFFECTIVE".equals(json.get("status").asString()));
            assertThat(view.get("effectiveFrom").asString()).isEqualTo("2027-03-05");
            assertThat(view.get("effectiveRoute").asString()).isEqualTo("CALL_IN_WINDOW_CLOSED_WITHOUT_CALL_IN");
            await().atMost(Duration.ofSeconds(30)).until(() -> second.jdbc().queryForObject(
                    "SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?", Long.class, scheduleId) == 0);
            assertThat(second.jdbc().queryForObject(TOOK_EFFECT, Long.class, decision)).as("fired once").isOne();
            assertThat(second.jdbc().queryForObject("SELECT meta_data->>'actor' FROM domain_event_entry"
                    + " WHERE aggregate_identifier = ? AND payload_type LIKE '%DecisionTookEffect'", String.class,
                    decision)).isEqualTo("system");
            String publicationCorrelation = second.jdbc().queryForObject("SELECT meta_data->>'correlationId'"
                    + " FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE '%DecisionPublished'",
                    String.class, decision);
            assertThat(second.jdbc().queryForObject("SELECT meta_data->>'correlationId' FROM domain_event_entry"
                    + " WHERE aggregate_identifier = ? AND payload_type LIKE '%DecisionTookEffect'", String.class,
                    decision)).as("the chain keeps the publishing command's correlation: " + second.jdbc().queryForList(
                    "SELECT meta_data::text FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                    String.class, decision)).isEqualTo(publicationCorrelation);
        }
    }
}
