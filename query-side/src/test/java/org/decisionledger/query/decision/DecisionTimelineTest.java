package org.decisionledger.query.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How a timeline entry names the resolutions of a decision. */
class DecisionTimelineTest {

    @Test
    void labelledResolutionsAreNamedByTheirLabels() {
        assertThat(DecisionTimeline.resolutions(List.of("(a)", "(b)", "(c)"))).isEqualTo(": resolutions (a), (b), (c)");
    }

    @Test
    void resolutionsWithoutLabelsAreCountedNotShownAsDashes() {
        assertThat(DecisionTimeline.resolutions(Arrays.asList((String) null))).isEqualTo(": one resolution");
        assertThat(DecisionTimeline.resolutions(Arrays.asList("(a)", null, " "))).isEqualTo(": 3 resolutions");
        assertThat(DecisionTimeline.resolutions(List.of())).isEmpty();
    }
}
