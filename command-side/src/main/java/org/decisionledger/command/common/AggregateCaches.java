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
        return new StoreCheckedAggregateCache(new BoundedCache(properties.decisions()), eventStore::getObject);
    }

    @Bean(ACTION_PLANS)
    Cache actionPlanCache(AggregateCacheProperties properties, ObjectProvider<EventStore> eventStore) {
        return new StoreCheckedAggregateCache(new BoundedCache(properties.actionPlans()), eventStore::getObject);
    }

    @Bean(AUTHORITIES)
    Cache authorityCache(AggregateCacheProperties properties, ObjectProvider<EventStore> eventStore) {
        return new StoreCheckedAggregateCache(new BoundedCache(properties.others()), eventStore::getObject);
    }

    @Bean(DELEGATIONS)
    Cache delegationCache(AggregateCacheProperties properties, ObjectProvider<EventStore> eventStore) {
        return new StoreCheckedAggregateCache(new BoundedCache(properties.others()), eventStore::getObject);
    }
}
