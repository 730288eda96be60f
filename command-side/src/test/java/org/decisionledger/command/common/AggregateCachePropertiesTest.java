package org.decisionledger.command.common;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AggregateCachePropertiesTest {

    @Test
    void aCacheOfNoEntriesStopsTheStartWithThePropertyNamed() {
        assertThatThrownBy(() -> new AggregateCacheProperties(0, 64, 256))
                .hasMessageContaining("decision-ledger.aggregate-cache");
        assertThatThrownBy(() -> new AggregateCacheProperties(1024, -1, 256))
                .hasMessageContaining("decision-ledger.aggregate-cache");
        assertThatThrownBy(() -> new AggregateCacheProperties(1024, 64, 0))
                .hasMessageContaining("decision-ledger.aggregate-cache");
    }
}
