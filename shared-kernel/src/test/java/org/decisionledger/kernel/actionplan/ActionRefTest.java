package org.decisionledger.kernel.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionRefTest {

    @ParameterizedTest
    @ValueSource(strings = {"1.1.a", "1.2.a", "1", "1.1", "P4-b", "A12"})
    void councilsNumberingIsAccepted(String ref) {
        assertThat(new ActionRef(ref).value()).isEqualTo(ref);
        assertThat(new PriorityRef(ref).toString()).isEqualTo(ref);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1.1 a", "1..1", ".1", "1.1.", "1/1", "a?b", "1234567890.1234567890.1234567890"})
    void refsThatCannotBePartOfAnAddressAreRefused(String ref) {
        assertThatThrownBy(() -> new ActionRef(ref)).isInstanceOf(IllegalArgumentException.class);
    }
}
