package org.decisionledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class AuditLedgerHashTest {

    private static final StoredEvent PROPOSED = new StoredEvent(41, "event-1", "Decision", "decision-1", 0,
            "2026-01-05T10:15:30.123Z", "org.decisionledger.kernel.decision.DecisionProposed", "1",
            "{\"title\": \"SEND plan\", \"decisionId\": \"decision-1\"}", "{\"actor\": \"officer\"}");

    @Test
    void theHashIsSha256OfThePreviousHashAndTheLengthPrefixedCanonicalFields() throws Exception {
        String expected = independentlyComputed(LedgerHash.GENESIS, "event-1", "Decision", "decision-1", "0",
                "2026-01-05T10:15:30.123Z", "org.decisionledger.kernel.decision.DecisionProposed", "1",
                "{\"decisionId\":\"decision-1\",\"title\":\"SEND plan\"}", "{\"actor\":\"officer\"}");

        assertThat(LedgerHash.chain(LedgerHash.GENESIS, PROPOSED)).isEqualTo(expected).hasSize(64);
    }

    @Test
    void eachHashDependsOnThePreviousOne() {
        String first = LedgerHash.chain(LedgerHash.GENESIS, PROPOSED);

        assertThat(LedgerHash.chain(first, PROPOSED)).isNotEqualTo(first);
    }

    @Test
    void anyChangeToTheStoredEventChangesTheHash() {
        String original = LedgerHash.chain(LedgerHash.GENESIS, PROPOSED);
        StoredEvent edited = new StoredEvent(41, "event-1", "Decision", "decision-1", 0, "2026-01-05T10:15:30.123Z",
                "org.decisionledger.kernel.decision.DecisionProposed", "1",
                "{\"title\": \"SEND plan (amended)\", \"decisionId\": \"decision-1\"}", "{\"actor\": \"officer\"}");
        StoredEvent otherActor = new StoredEvent(41, "event-1", "Decision", "decision-1", 0, "2026-01-05T10:15:30.123Z",
                "org.decisionledger.kernel.decision.DecisionProposed", "1",
                "{\"title\": \"SEND plan\", \"decisionId\": \"decision-1\"}", "{\"actor\": \"admin\"}");

        assertThat(LedgerHash.chain(LedgerHash.GENESIS, edited)).isNotEqualTo(original);
        assertThat(LedgerHash.chain(LedgerHash.GENESIS, otherActor)).isNotEqualTo(original);
    }

    @Test
    void theGlobalIndexIsNotHashedSoTheChainDependsOnlyOnWhatWasRecorded() {
        StoredEvent elsewhere = new StoredEvent(99, "event-1", "Decision", "decision-1", 0, "2026-01-05T10:15:30.123Z",
                "org.decisionledger.kernel.decision.DecisionProposed", "1",
                "{\"decisionId\": \"decision-1\", \"title\": \"SEND plan\"}", "{\"actor\": \"officer\"}");

        assertThat(LedgerHash.chain(LedgerHash.GENESIS, elsewhere)).isEqualTo(LedgerHash.chain(LedgerHash.GENESIS, PROPOSED));
    }

    @Test
    void aMissingFieldIsNotTheSameAsAnEmptyOne() {
        assertThat(LedgerHash.chain(LedgerHash.GENESIS, "a", null))
                .isNotEqualTo(LedgerHash.chain(LedgerHash.GENESIS, "a", ""));
        assertThat(LedgerHash.chain(LedgerHash.GENESIS, "ab", "c"))
                .isNotEqualTo(LedgerHash.chain(LedgerHash.GENESIS, "a", "bc"));
    }

    /** The definition written out again without the production code, as an offline verifier would. */
    private static String independentlyComputed(String previous, String... fields) throws IOException, Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(HexFormat.of().parseHex(previous));
        for (String field : fields) {
            byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
    }
}
