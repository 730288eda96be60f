package org.decisionledger.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

/** A projection rebuild stores a ReplayToken; the token store must be able to read it back. */
class ReplayTokenSerializationTest {

    private final Jackson3Serializer serializer = AxonSerializerConfiguration.ledgerSerializer();

    @Test
    void aReplayTokenSurvivesTheTokenStoresSerializer() {
        TrackingToken atReset = GapAwareTrackingToken.newInstance(41, List.of(37L));
        TrackingToken replay = ReplayToken.createReplayToken(atReset);

        SerializedObject<byte[]> stored = serializer.serialize(replay, byte[].class);
        TrackingToken loaded = serializer.deserialize(stored);

        assertThat(loaded).isEqualTo(replay);
        assertThat(ReplayToken.isReplay(loaded)).isTrue();
        assertThat(ReplayToken.getTokenAtReset(loaded)).hasValue(41);
    }
}
