package org.decisionledger.command.common;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One bounded cache per kind of aggregate, named by each aggregate's {@code @Aggregate(cache = ...)}.
 * A cached aggregate is used only while the store holds nothing newer for it, and Axon drops it when
 * a unit of work that loaded it rolls back (ADR 14).
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCaches {

    public static final String DECISIONS = "decisionCache";
    public static final String ACTION_PLANS = "actionPlanCache";
    public static final String AUTHORITIES = "authorityCache";
    public static final String DELEGATIONS = "delegationCache";

    @Bean(DECISIONS)
    Cache decisionCache(AggregateCacheProperties properties, ObjectProvider<EventStore> eventStore) {
        return checked(properties.decisions(), eventStore);
    }

    @Bean(ACTION_PLANS)
    Cache actionPlanCache(AggregateCacheProperties properties, ObjectProvider<EventStore> eventStore) {
        return checked(properties.actionPlans(), eventStore);
    }

    @Bean(AUTHORITIES)
    Cache authorityCache(AggregateCacheProperties properties, ObjectProvider<EventStore> eventStore) {
        return checked(properties.others(), eventStore);
    }

    @Bean(DELEGATIONS)
    Cache delegationCache(AggregateCacheProperties properties, ObjectProvider<EventStore> eventStore) {
        return checked(properties.others(), eventStore);
    }

    /** A bounded cache of {@code size} aggregates, each used only while the store holds nothing newer for it. */
    private static Cache checked(int size, ObjectProvider<EventStore> eventStore) {
        return new StoreCheckedAggregateCache(new BoundedCache(size), eventStore::getObject);
    }
}
