package org.decisionledger.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

/**
 * Tokens are stored with the same serializer as everything else. A projection rebuild stores a
 * ReplayToken, which names its inner tokens' classes; Jackson 3 refuses such polymorphic values by
 * default, which would leave a rebuilt processor unable to claim its segments.
 */
class TrackingTokenSerializationTest {

    private final Jackson3Serializer serializer = AxonSerializerConfiguration.ledgerSerializer();

    private TrackingToken roundTrip(TrackingToken token) {
        SerializedObject<byte[]> stored = serializer.serialize(token, byte[].class);
        return serializer.deserialize(stored);
    }

    @Test
    void theTokenOfARebuildReadsBack() {
        TrackingToken atReset = new GapAwareTrackingToken(41, List.of(37L, 39L));
        TrackingToken replay = ReplayToken.createReplayToken(atReset, new GapAwareTrackingToken(-1, List.of()));

        assertThat(roundTrip(replay)).isEqualTo(replay);
    }

    @Test
    void ordinaryTokensReadBack() {
        TrackingToken token = new GapAwareTrackingToken(7, List.of(5L));

        assertThat(roundTrip(token)).isEqualTo(token);
        assertThat(roundTrip(new GlobalSequenceTrackingToken(3))).isEqualTo(new GlobalSequenceTrackingToken(3));
    }
}
