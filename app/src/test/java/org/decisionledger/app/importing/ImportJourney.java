package org.decisionledger.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.decisionledger.app.support.Api;

import tools.jackson.databind.JsonNode;

/** Imports pages over HTTP as an officer would, each into a council of the test's own. */
final class ImportJourney {

    private final Api api;

    ImportJourney(Api api) {
        this.api = api;
    }

    String council(int callInWorkingDays) {
        String id = "importing-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response response = api.as("admin").put("/api/authorities/" + id, Map.of("name", "County Council " + id,
                "callInWorkingDays", callInWorkingDays, "callInSignatoriesRequired", 2));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return id;
    }

    Api.Response moderngov(String council, boolean dryRun, String page) {
        return api.as("officer").postRaw("/api/imports/moderngov?authority=" + council + "&dryRun=" + dryRun,
                "text/plain", page);
    }

    Api.Response actionPlan(String council, boolean dryRun, String page) {
        return api.as("officer").postRaw("/api/imports/action-plan?authority=" + council + "&dryRun=" + dryRun,
                "text/plain", page);
    }

    static String seed(String name) {
        try {
            return Files.readString(Path.of("..", "seeds", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode readWhen(String path, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            Api.Response response = api.get(path);
            return response.status() == 200 ? response.json() : null;
        }, json -> json != null && condition.test(json));
    }
}
