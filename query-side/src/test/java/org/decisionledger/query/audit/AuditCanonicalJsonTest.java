package org.decisionledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuditCanonicalJsonTest {

    @Test
    void keyOrderAndWhitespaceDoNotChangeTheCanonicalText() {
        String stored = "{\"title\": \"SEND plan\", \"authorityId\": \"kent\", \"keyDecision\": true}";
        String reordered = "{ \"keyDecision\":true,\n  \"authorityId\":\"kent\",\"title\":\"SEND plan\" }";

        assertThat(CanonicalJson.of(stored))
                .isEqualTo(CanonicalJson.of(reordered))
                .isEqualTo("{\"authorityId\":\"kent\",\"keyDecision\":true,\"title\":\"SEND plan\"}");
    }

    @Test
    void nestedObjectsAreSortedAndArraysKeepTheirOrder() {
        assertThat(CanonicalJson.of("{\"b\": [3, 1, {\"z\": null, \"a\": false}], \"a\": {\"y\": 1, \"x\": 2}}"))
                .isEqualTo("{\"a\":{\"x\":2,\"y\":1},\"b\":[3,1,{\"a\":false,\"z\":null}]}");
    }

    @Test
    void numbersKeepExactlyTheDigitsTheyWereStoredWith() {
        assertThat(CanonicalJson.of("{\"threshold\": 1000000.00, \"days\": 28, \"big\": 123456789012345678901234567890}"))
                .isEqualTo("{\"big\":123456789012345678901234567890,\"days\":28,\"threshold\":1000000.00}");
    }

    @Test
    void stringsAreEscapedOnlyWhereJsonRequires() {
        assertThat(CanonicalJson.of("{\"text\": \"Council \\u2019s \\\"plan\\\"\\n\\u0001 / £1m\"}"))
                .isEqualTo("{\"text\":\"Council \u2019s \\\"plan\\\"\\n\\u0001 / £1m\"}");
    }

    @Test
    void nullStaysNullAndGarbageIsRefused() {
        assertThat(CanonicalJson.of(null)).isNull();
        assertThat(CanonicalJson.of("null")).isEqualTo("null");
        assertThatThrownBy(() -> CanonicalJson.of("{\"a\": 1} trailing")).isInstanceOf(RuntimeException.class);
    }
}
