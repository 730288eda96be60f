package org.decisionledger.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.decisionledger.app.support.Api;
import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input to the importers: a clear 400 (or 401, 403, 404), and nothing recorded. */
class ImportBadInputIT extends IntegrationTest {

    private static final String[] PATHS = {"/api/imports/moderngov", "/api/imports/action-plan"};

    private ImportJourney journey;
    private String council;

    @BeforeEach
    void journey() {
        journey = new ImportJourney(api);
        council = journey.council(3);
    }

    private void refused(Api.Response response, int status, String words) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains(words);
    }

    private Api.Response post(String path, byte[] body) {
        return api.as("officer").postBytes(path + "?authority=" + council + "&dryRun=false", "text/plain", body);
    }

    @Test
    void emptyBinaryAndUnrecognisablePagesAre400AndRecordNothing() {
        long before = storedEvents();
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        for (String path : PATHS) {
            refused(post(path, new byte[0]), 400, "empty");
            refused(post(path, junk), 400, "not UTF-8");
            refused(post(path, "Decision Maker: Cabinet\u0000".getBytes(StandardCharsets.UTF_8)), 400, "control characters");
            refused(post(path, "Welcome to our website.\nContact us.".getBytes(StandardCharsets.UTF_8)), 400,
                    "was recognised");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aFiveMegabytePageReachesTheParserAndIsRefusedForHavingNoRecord() {
        long before = storedEvents();
        byte[] page = "The council's website is being updated. ".repeat(130_000).getBytes(StandardCharsets.UTF_8);
        assertThat(page.length).isGreaterThan(5_000_000);
        for (String path : PATHS) {
            refused(post(path, page), 400, "was recognised");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anUnknownCouncilIs404AndTheRolesAreChecked() {
        byte[] page = ImportJourney.seed("000_e0c1191d80822cf6.txt").getBytes(StandardCharsets.UTF_8);
        long before = storedEvents();
        refused(api.as("officer").postBytes("/api/imports/moderngov?authority=nowhere-council&dryRun=true",
                "text/plain", page), 404, "UNKNOWN_AUTHORITY");
        assertThat(api.postBytes("/api/imports/moderngov?authority=" + council, "text/plain", page).status())
                .isEqualTo(401);
        assertThat(api.as("scrutiny").postBytes("/api/imports/moderngov?authority=" + council, "text/plain", page)
                .status()).isEqualTo(403);
        assertThat(api.as("officer").postBytes("/api/imports/moderngov?authority=" + council, "application/pdf", page)
                .status()).isEqualTo(415);
        assertThat(api.as("officer").postBytes("/api/imports/moderngov", "text/plain", page).status()).isEqualTo(400);
        assertThat(api.get("/api/imports").status()).isEqualTo(401);
        assertThat(api.head("/api/imports").status()).as("HEAD is held to what GET is").isEqualTo(401);
        assertThat(api.as("auditor").get("/api/imports/not-an-import").status()).isEqualTo(404);
        assertThat(storedEvents()).isEqualTo(before);
    }
}
