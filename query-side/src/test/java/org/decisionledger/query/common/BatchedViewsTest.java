package org.decisionledger.query.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BatchedViewsTest {

    private final List<String> readOneByOne = new ArrayList<>();
    private final List<List<String>> readTogether = new ArrayList<>();
    private final Map<String, String> stored = new HashMap<>(Map.of("a", "stored a", "b", "stored b"));

    private final BatchedViews<String> views = new BatchedViews<>(id -> {
        readOneByOne.add(id);
        return stored.get(id);
    });

    private Map<String, String> readAll(Collection<String> ids) {
        readTogether.add(List.copyOf(ids));
        Map<String, String> found = new HashMap<>();
        ids.forEach(id -> {
            if (stored.containsKey(id)) {
                found.put(id, stored.get(id));
            }
        });
        return found;
    }

    @Test
    void preloadedViewsAreReadInOneGoAndNeverAgainOneByOne() {
        views.preload(List.of("a", "b", "new", "a"), this::readAll);

        assertThat(views.get("a")).isEqualTo("stored a");
        assertThat(views.get("b")).isEqualTo("stored b");
        assertThat(views.get("new")).isNull();
        assertThat(readTogether).containsExactly(List.of("a", "b", "new"));
        assertThat(readOneByOne).isEmpty();
    }

    @Test
    void aViewTheBatchAlreadyHoldsIsNotReadAgainNorReplacedByItsStoredVersion() {
        views.changed("a", "changed a");

        views.preload(List.of("a", "b"), this::readAll);

        assertThat(views.get("a")).isEqualTo("changed a");
        assertThat(readTogether).containsExactly(List.of("b"));
    }

    @Test
    void nothingIsReadWhenEveryViewIsHeldAlready() {
        views.get("a");

        views.preload(List.of("a"), this::readAll);

        assertThat(readTogether).isEmpty();
        assertThat(readOneByOne).containsExactly("a");
    }

    @Test
    void aViewOutsideThePreloadIsStillReadOnFirstUse() {
        views.preload(List.of("a"), this::readAll);

        assertThat(views.get("b")).isEqualTo("stored b");
        assertThat(readOneByOne).containsExactly("b");
    }
}
