package org.decisionledger.app.scrutiny;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.decisionledger.app.support.Api;

import tools.jackson.databind.JsonNode;

/** Seed 003's story as a panel's clerk enters it: a council of the test's own and the item's fields. */
final class ScrutinyItemJourney {

    static final String PANEL = "Children and Families Overview and Scrutiny Panel";
    static final String TITLE = "Special Education Needs/Disabilities Strategy";
    static final String SEVENTY_DAYS = "the Action Plan agreed by all partners needed to be signed and submitted to "
            + "Ofsted/CQC within 70 days";
    static final List<String> FINDINGS = List.of("relationships with parent and carers were fragile",
            "the local offer was not fit for purpose");

    private final Api api;

    ScrutinyItemJourney(Api api) {
        this.api = api;
    }

    String council() {
        String council = "scrutiny-" + UUID.randomUUID().toString().substring(0, 8);
        api.as("admin").put("/api/authorities/" + council, Map.of("name", "Scrutiny test council",
                "callInWorkingDays", 5));
        return council;
    }

    static Map<String, Object> item(String council) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authorityId", council);
        body.put("committee", PANEL);
        body.put("meetingDate", "2018-05-16");
        body.put("itemNumber", "325");
        body.put("title", TITLE);
        body.put("summary", "The Panel was advised that the feedback had been made public that morning.");
        body.put("findings", FINDINGS);
        body.put("requirements", List.of(Map.of("text", SEVENTY_DAYS, "dueBy", "2018-07-25")));
        return body;
    }

    JsonNode readWhen(String path, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            Api.Response response = api.get(path);
            return response.status() == 200 ? response.json() : null;
        }, json -> json != null && condition.test(json));
    }
}
