package org.decisionledger.app.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.decisionledger.app.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;

/** Every test vector of the domain rules, through the HTTP API and through a real publication. */
class DecisionVectorsIT extends IntegrationTest {

    private static final Map<Integer, String> COUNCILS = new HashMap<>();

    private String councilWith(int callInWorkingDays) {
        return COUNCILS.computeIfAbsent(callInWorkingDays, days -> new DecisionJourney(api).council(days, 1));
    }

    @ParameterizedTest(name = "published {0} with {1} working days closes {2}, effective {3}")
    @CsvSource({
            "2023-09-21, 3, 2023-09-26, 2023-09-27",
            "2020-05-21, 3, 2020-05-27, 2020-05-28",
            "2022-05-30, 3, 2022-06-06, 2022-06-07",
            "2022-09-14, 3, 2022-09-20, 2022-09-21",
            "2023-12-21, 5, 2024-01-02, 2024-01-03",
            "2024-03-27, 3, 2024-04-03, 2024-04-04"})
    void callInWindows(String published, int days, String closes, String effective) {
        String council = councilWith(days);
        org.decisionledger.app.support.Api.Response answer =
                api.get("/api/authorities/" + council + "/dates?published=" + published);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode dates = answer.json();
        assertThat(dates.get("callInClosesOn").asString()).isEqualTo(closes);
        assertThat(dates.get("effectiveFrom").asString()).isEqualTo(effective);

        DecisionJourney journey = new DecisionJourney(api);
        String decision = journey.propose(council, "Vector " + published, false);
        assertThat(journey.approve(decision, published).status()).isEqualTo(200);
        JsonNode publication = journey.publish(decision, published).json();
        assertThat(publication.get("callInClosesOn").asString()).isEqualTo(closes);
        assertThat(publication.get("effectiveFrom").asString()).isEqualTo(effective);
    }

    @ParameterizedTest(name = "notice first published {0}: earliest {1}, under general exception {2}")
    @CsvSource({
            "2021-02-04, 2021-03-05, 2021-02-10",
            "2023-12-01, 2023-12-30, 2023-12-07"})
    void noticePeriods(String firstPublished, String earliest, String underException) {
        String council = councilWith(3);
        JsonNode dates = api.get("/api/authorities/" + council + "/dates?noticeFirstPublished=" + firstPublished).json();
        assertThat(dates.get("earliestDecisionDate").asString()).isEqualTo(earliest);
        assertThat(dates.get("earliestUnderGeneralException").asString()).isEqualTo(underException);

        DecisionJourney journey = new DecisionJourney(api);
        String decision = journey.propose(council, "Notice " + firstPublished, true);
        assertThat(journey.notice(decision, firstPublished).json().get("earliestDecisionDate").asString())
                .isEqualTo(earliest);
    }
}
