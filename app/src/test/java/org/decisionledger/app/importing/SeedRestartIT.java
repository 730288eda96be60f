package org.decisionledger.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.decisionledger.app.support.ServiceInstance;
import org.decisionledger.app.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** The seeds are loaded on the first start only: a restart on the same store records nothing. */
class SeedRestartIT {

    private static final String EVENTS = "SELECT count(*) FROM domain_event_entry";
    private static final String SEEDED = "SELECT count(*) FROM domain_event_entry WHERE meta_data ->> 'actor' = 'seed-importer'";

    @Test
    void seedsAreLoadedExactlyOnceAcrossARestart() {
        Map<String, String> store = TestDatabase.freshStore();
        long events;
        long seeded;
        try (ServiceInstance first = ServiceInstance.start(store, "local")) {
            events = first.jdbc().queryForObject(EVENTS, Long.class);
            seeded = first.jdbc().queryForObject(SEEDED, Long.class);
            assertThat(seeded).isGreaterThan(60);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> first.api().get("/api/decisions").json().get("total").asLong() == 3
                            && first.api().get("/api/scrutiny-items").json().size() == 1);
        }
        try (ServiceInstance second = ServiceInstance.start(store, "local")) {
            assertThat(second.jdbc().queryForObject(EVENTS, Long.class)).isEqualTo(events);
            assertThat(second.jdbc().queryForObject(SEEDED, Long.class)).isEqualTo(seeded);
            assertThat(second.jdbc().queryForObject("SELECT count(*) FROM import_log", Long.class)).isEqualTo(5);
        }
    }
}
