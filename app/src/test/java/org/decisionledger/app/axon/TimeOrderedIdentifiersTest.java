package org.decisionledger.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

class TimeOrderedIdentifiersTest {

    @Test
    void areVersionSevenUuidsThatCarryTheirMillisecond() {
        UUID id = UUID.fromString(TimeOrderedIdentifiers.at(1_795_000_000_123L, new Random(7)));

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(1_795_000_000_123L);
    }

    @Test
    void aLaterMillisecondSortsAfterAnEarlierOneAsText() {
        Random random = new Random(11);
        String previous = TimeOrderedIdentifiers.at(1_700_000_000_000L, random);
        for (long ms = 1_700_000_000_001L; ms < 1_700_000_100_000L; ms += 997) {
            String next = TimeOrderedIdentifiers.at(ms, random);
            assertThat(next).isGreaterThan(previous);
            previous = next;
        }
    }

    @Test
    void manyMadeInOneMillisecondAreAllDifferent() {
        Random random = new Random(13);
        Set<String> made = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            made.add(TimeOrderedIdentifiers.at(1_795_000_000_000L, random));
        }
        assertThat(made).hasSize(100_000);
    }

    @Test
    void isTheIdentifierFactoryAxonFinds() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(TimeOrderedIdentifiers.class);
        assertThat(UUID.fromString(IdentifierFactory.getInstance().generateIdentifier()).version()).isEqualTo(7);
    }
}
