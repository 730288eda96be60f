package org.decisionledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** How an unreadable body is named back to the client: by the field, where Jackson knows it. */
class BodyErrorsTest {

    record SubItem(String text) {
    }

    record Resolution(String text, List<SubItem> subItems) {
    }

    record Approval(String decidedOn, List<Resolution> resolutions) {
    }

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static HttpMessageNotReadableException unreadable(String body) {
        Throwable failure = catchThrowable(() -> STRICT.readValue(body, Approval.class));
        assertThat(failure).as(body).isNotNull();
        return new HttpMessageNotReadableException("unreadable", failure, new MockHttpInputMessage(new byte[0]));
    }

    @Test
    void anUnknownFieldIsNamedByItsPlaceInTheBody() {
        HttpMessageNotReadableException failure = unreadable(
                "{\"resolutions\": [{\"text\": \"a\", \"subItems\": [{\"text\": \"i\", \"bogus\": 1}]}]}");

        assertThat(BodyErrors.fields(failure))
                .containsExactly(Map.of("field", "resolutions[0].subItems[0].bogus", "message", "unknown field"));
        assertThat(BodyErrors.describe(failure)).contains("resolutions[0].subItems[0].bogus");
    }

    @Test
    void aTopLevelUnknownFieldIsItsName() {
        assertThat(BodyErrors.fields(unreadable("{\"actor\": \"mallory\"}")))
                .containsExactly(Map.of("field", "actor", "message", "unknown field"));
    }

    @Test
    void aFieldGivenTwiceIsNamed() {
        HttpMessageNotReadableException failure = unreadable("{\"decidedOn\": \"2024-01-01\", \"decidedOn\": \"2024-01-02\"}");

        assertThat(BodyErrors.fields(failure)).containsExactly(Map.of("field", "decidedOn", "message", "given twice"));
    }

    @Test
    void bodiesThatAreNotJsonNameTheBody() {
        assertThat(BodyErrors.fields(unreadable("{\"decidedOn\": "))).extracting(field -> field.get("field"))
                .containsExactly("body");
    }
}
