package org.decisionledger.query.common;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The views of one kind that a {@link ProjectionBatch} has read and changed: each is read (and
 * locked) from its table once, on first use in the batch, and afterwards taken from here, so an
 * event sees what earlier events of the same batch made of it.
 *
 * @param <V> the view
 */
public final class BatchedViews<V> {

    private final Function<String, V> read;
    private final Map<String, V> views = new HashMap<>();
    private final Map<String, V> changed = new LinkedHashMap<>();

    /** @param read reads and locks the stored view with this id; null when there is none yet */
    public BatchedViews(Function<String, V> read) {
        this.read = read;
    }

    /** The view as the batch has it so far; null when it does not exist yet. */
    public V get(String id) {
        if (!views.containsKey(id)) {
            views.put(id, read.apply(id));
        }
        return views.get(id);
    }

    /**
     * Reads (and locks) at once every view with one of these ids that the batch has not read yet,
     * so a batch of events about many views costs one query instead of one per view. An id with
     * no stored view is remembered as having none.
     *
     * @param readAll reads and locks the stored views with these ids, keyed by id; ids without a view are absent
     */
    public void preload(Collection<String> ids, Function<Collection<String>, Map<String, V>> readAll) {
        Set<String> unread = new LinkedHashSet<>();
        for (String id : ids) {
            if (!views.containsKey(id)) {
                unread.add(id);
            }
        }
        if (unread.isEmpty()) {
            return;
        }
        Map<String, V> found = readAll.apply(unread);
        for (String id : unread) {
            views.put(id, found.get(id));
        }
    }

    public void changed(String id, V view) {
        views.put(id, view);
        changed.put(id, view);
    }

    /** The changed views, in the order first changed. */
    public Collection<V> changed() {
        return changed.values();
    }

    public Set<String> changedIds() {
        return changed.keySet();
    }

    public Map<String, V> changedById() {
        return changed;
    }

    public boolean noneChanged() {
        return changed.isEmpty();
    }
}
