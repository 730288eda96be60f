package org.decisionledger.command.common;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Hands a cached aggregate to the repository only while the event store holds nothing newer for it
 * (ADR 14). Another node may have appended to the aggregate since this node cached it; a decision
 * taken on that stale copy would be refused at the append, but a refusal thrown from stale state would
 * reach the caller as if it were true. So each hit costs one indexed look-up of the aggregate's last
 * sequence number, and a copy that is behind is dropped and the aggregate loaded from the store.
 */
public final class StoreCheckedAggregateCache implements Cache {

    /** Axon keeps a cached aggregate's version in a private field of its cache entry, with no accessor. */
    private static final VarHandle VERSION;

    static {
        try {
            VERSION = MethodHandles.privateLookupIn(AggregateCacheEntry.class, MethodHandles.lookup())
                    .findVarHandle(AggregateCacheEntry.class, "version", Long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError("Axon's AggregateCacheEntry no longer has its version field: " + e);
        }
    }

    private final Cache entries;
    private final Supplier<EventStore> eventStore;

    public StoreCheckedAggregateCache(Cache entries, Supplier<EventStore> eventStore) {
        this.entries = entries;
        this.eventStore = eventStore;
    }

    @Override
    public <K, V> V get(K key) {
        V value = entries.get(key);
        if (value instanceof AggregateCacheEntry<?> entry && !current(key.toString(), entry)) {
            entries.remove(key);
            return null;
        }
        return value;
    }

    private boolean current(String aggregateId, AggregateCacheEntry<?> entry) {
        Long cached = (Long) VERSION.get(entry);
        Long stored = eventStore.get().lastSequenceNumberFor(aggregateId).orElse(null);
        return Objects.equals(cached, stored);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value);
    }

    @Override
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        T present = get(key);
        return present != null ? present : entries.computeIfAbsent(key, valueSupplier);
    }

    @Override
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.computeIfPresent(key, update);
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key);
    }

    @Override
    public void removeAll() {
        entries.removeAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        return entries.registerCacheEntryListener(listener);
    }
}
