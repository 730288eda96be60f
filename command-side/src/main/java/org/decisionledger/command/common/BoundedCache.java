package org.decisionledger.command.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * A cache of at most {@code capacity} entries that forgets the least recently used one first. It
 * keeps loaded aggregates on the node that last handled them (ADR 14), so a command does not read
 * and apply the aggregate's whole history again; its size bounds the memory that costs.
 */
public final class BoundedCache implements Cache {

    private final int capacity;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();
    private final LinkedHashMap<Object, Object> entries;

    public BoundedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a cache holds at least one entry");
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value;
        synchronized (entries) {
            value = entries.get(key);
        }
        if (value != null) {
            listeners.forEach(listener -> listener.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        if (value == null) {
            remove(key);
            return;
        }
        Object previous;
        Map.Entry<Object, Object> evicted;
        synchronized (entries) {
            previous = entries.put(key, value);
            evicted = evictEldest();
        }
        if (previous == null) {
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
        } else {
            listeners.forEach(listener -> listener.onEntryUpdated(key, value));
        }
        expired(evicted);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        Map.Entry<Object, Object> evicted;
        synchronized (entries) {
            if (entries.containsKey(key)) {
                return false;
            }
            entries.put(key, value);
            evicted = evictEldest();
        }
        listeners.forEach(listener -> listener.onEntryCreated(key, value));
        expired(evicted);
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        synchronized (entries) {
            Object present = entries.get(key);
            if (present != null) {
                return (T) present;
            }
        }
        T value = valueSupplier.get();
        if (value != null && !putIfAbsent(key, value)) {
            return get(key);
        }
        return value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        Object updated;
        synchronized (entries) {
            Object present = entries.get(key);
            if (present == null) {
                return;
            }
            updated = update.apply((V) present);
            if (updated == null) {
                entries.remove(key);
            } else {
                entries.put(key, updated);
            }
        }
        if (updated == null) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        } else {
            listeners.forEach(listener -> listener.onEntryUpdated(key, updated));
        }
    }

    @Override
    public boolean remove(Object key) {
        boolean removed;
        synchronized (entries) {
            removed = entries.remove(key) != null;
        }
        if (removed) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        List<Object> keys;
        synchronized (entries) {
            keys = List.copyOf(entries.keySet());
            entries.clear();
        }
        keys.forEach(key -> listeners.forEach(listener -> listener.onEntryRemoved(key)));
    }

    @Override
    public boolean containsKey(Object key) {
        synchronized (entries) {
            return entries.containsKey(key);
        }
    }

    /** How many entries it holds now. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private Map.Entry<Object, Object> evictEldest() {
        if (entries.size() <= capacity) {
            return null;
        }
        var eldest = entries.entrySet().iterator();
        Map.Entry<Object, Object> entry = eldest.next();
        Map.Entry<Object, Object> copy = Map.entry(entry.getKey(), entry.getValue());
        eldest.remove();
        return copy;
    }

    private void expired(Map.Entry<Object, Object> evicted) {
        if (evicted != null) {
            listeners.forEach(listener -> listener.onEntryExpired(evicted.getKey()));
        }
    }
}
