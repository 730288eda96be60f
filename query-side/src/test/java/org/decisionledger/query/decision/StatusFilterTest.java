package org.decisionledger.query.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The register's status filter accepts exactly the statuses a decision's view can have. */
class StatusFilterTest {

    @Test
    void everyStatusTheFoldingWritesIsAFilterValueAndNothingElse() throws IllegalAccessException {
        List<String> written = new ArrayList<>();
        for (Field field : DecisionViewFolding.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                written.add((String) field.get(null));
            }
        }
        assertThat(written).isNotEmpty();
        assertThat(Arrays.asList(DecisionQueryController.STATUSES.split("\\|")))
                .containsExactlyInAnyOrderElementsOf(written);
    }
}
