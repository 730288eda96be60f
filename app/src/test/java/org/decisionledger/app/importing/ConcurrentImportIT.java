package org.decisionledger.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * One page sent by several officers at once: one import runs at a time per council, the others are
 * refused before sending anything, the page's facts are recorded once, and every import id on a
 * recorded event names an entry of the import log.
 */
class ConcurrentImportIT extends IntegrationTest {

    private static final int SENDERS = 8;

    @Test
    void simultaneousImportsOfOnePageRecordItOnceAndLogEveryImportTheEventsName() throws Exception {
        ImportJourney imports = new ImportJourney(api);
        String council = imports.council(3);
        String page = ImportJourney.seed("000_e0c1191d80822cf6.txt");

        List<Api.Response> answers = new ArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Response>> sent = new ArrayList<>();
            for (int i = 0; i < SENDERS; i++) {
                sent.add(senders.submit(() -> {
                    start.await();
                    return imports.moderngov(council, false, page);
                }));
            }
            start.countDown();
            for (Future<Api.Response> answer : sent) {
                answers.add(answer.get());
            }
        } finally {
            senders.shutdownNow();
        }

        for (Api.Response answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isIn(200, 409);
            if (answer.status() == 409) {
                assertThat(answer.json().get("code").asString()).as(answer.toString()).isEqualTo("IMPORT_IN_PROGRESS");
            }
        }
        assertThat(answers).filteredOn(answer -> answer.status() == 200).isNotEmpty();

        String mentionsCouncil = "%\"" + council + "\"%";
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry
                WHERE payload_type LIKE '%.DecisionProposed' AND payload::text LIKE ?""", Long.class, mentionsCouncil))
                .as("the page's decision is proposed once").isEqualTo(1);
        List<String> importIds = jdbc.queryForList("""
                SELECT DISTINCT e.meta_data ->> 'importId' FROM domain_event_entry e
                WHERE e.meta_data ->> 'importId' IS NOT NULL
                  AND e.aggregate_identifier IN (SELECT aggregate_identifier FROM domain_event_entry
                                                 WHERE payload::text LIKE ?)""", String.class, mentionsCouncil);
        assertThat(importIds).isNotEmpty();
        for (String importId : importIds) {
            Api.Response logged = api.as("auditor").get("/api/imports/" + importId);
            assertThat(logged.status()).as("import " + importId + " named on an event: " + logged).isEqualTo(200);
        }

        Api.Response again = imports.moderngov(council, false, page);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("counts").get("recorded").asLong()).as(again.toString()).isZero();
        assertThat(again.json().get("counts").get("refused").asLong()).as(again.toString()).isZero();
    }
}
