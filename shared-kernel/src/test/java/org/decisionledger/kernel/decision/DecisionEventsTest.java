package org.decisionledger.kernel.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/** Stored events are permanent: every decision event is a top-level record with a revision from day one. */
class DecisionEventsTest {

    private static final List<Class<?>> EVENTS = Arrays.asList(DecisionEvent.class.getPermittedSubclasses());

    @Test
    void everyDecisionEventIsATopLevelRecordAtRevisionOne() {
        assertThat(EVENTS).isNotEmpty().allSatisfy(event -> {
            assertThat(event.isRecord()).as("%s is a record", event.getSimpleName()).isTrue();
            assertThat(event.getEnclosingClass()).as("%s is a top-level type", event.getSimpleName()).isNull();
            assertThat(event.getAnnotation(Revision.class)).as("%s has @Revision", event.getSimpleName())
                    .isNotNull()
                    .extracting(Revision::value).isEqualTo("1");
        });
    }

    @Test
    void theDecisionLifecycleHasTheseEvents() {
        assertThat(EVENTS).extracting(Class::getSimpleName).containsExactlyInAnyOrder(
                "DecisionProposed", "KeyDecisionNoticePublished", "GeneralExceptionRecorded", "SpecialUrgencyRecorded",
                "RecommendationsApproved", "EarlyKeyDecisionRefused", "DecisionRejected", "DecisionDeferred",
                "DecisionWithdrawn", "DecisionPublished", "CallInRaised", "CallInRefused", "CallInOutcomeRecorded",
                "DecisionReconsidered", "DecisionTookEffect");
    }

    @Test
    void aResolutionKeepsItsSubItems() {
        Resolution e = new Resolution("(e)", "That the framework be endorsed:",
                List.of(Resolution.of("(i)", "Tender."), Resolution.of("(ii)", "Delegate the award.")));
        assertThat(e.subItems()).extracting(Resolution::label).containsExactly("(i)", "(ii)");
        assertThat(Resolution.of("(a)", "Endorsed.").subItems()).isEmpty();
    }
}
