package org.decisionledger.app.axon;

import java.time.Duration;

import javax.sql.DataSource;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.TokenStoreProperties;
import org.decisionledger.app.storage.StoreTransactionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Events, tokens and sagas in PostgreSQL through Axon's JDBC engine: snake_case tables created by
 * Flyway, payload and metadata as jsonb. Not active with Axon Server, which stores the events itself.
 */
@Configuration(proxyBeanMethods = false)
class AxonStorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AxonStorageConfiguration.class);

    static final String DUPLICATE_KEY = "23505";

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema(SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .associationValueEntryTable("association_value_entry")
                .sagaIdColumn("saga_id")
                .revisionColumn("revision")
                .sagaTypeColumn("saga_type")
                .serializedSagaColumn("serialized_saga")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .build());
    }

    /**
     * Axon's own auto-configuration of this bean is ordered after Spring Boot 3's transaction
     * auto-configuration, whose classes moved in Spring Boot 4, so it looked for Boot's transaction
     * manager before there was one and fell back to none: every statement of a projection, a token
     * update or an append then committed on its own. Declared here, a processor's batch (its view
     * rows and its token) and a command's events and deadlines commit together.
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    /** Spring's JDBC transaction manager, which lets a commit cut off by a restart say so (ADR 0018). */
    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new StoreTransactionManager(dataSource);
    }

    /** PostgreSQL's duplicate key on (aggregate, sequence) is a concurrent append, not a store failure. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(DUPLICATE_KEY);
    }

    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /** Every event read from the table passes the upcasters first (Axon Server's store gets them from Axon). */
    @Bean
    @Profile("!axonserver")
    EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
            Serializer snapshotSerializer, PersistenceExceptionResolver persistenceExceptionResolver,
            ConnectionProvider connectionProvider, TransactionManager transactionManager, EventSchema eventSchema,
            ObjectProvider<EventUpcaster> upcasters, EventStoreTuning tuning) {
        return JdbcEventStorageEngine.builder()
                .batchSize(tuning.batchSize())
                .upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList()))
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(String.class)
                .appendEvents(JsonbStatements::appendEvents)
                .appendSnapshot(JsonbStatements::appendSnapshot)
                .build();
    }

    /**
     * Axon's own event store over the JDBC engine. Each processor reads the table through a stream of
     * its own, a batch at a time, and holds at most what its segments have queued (ADR 17). Axon's
     * shared stream for processors at the head is off: it reads ahead without limit, and a processor
     * that falls behind keeps everything read after its position in memory until a cleaner notices it.
     * A burst of events beyond the heap stopped a node's processors that way.
     */
    @Bean
    @Profile("!axonserver")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .optimizeEventConsumption(false)
                .build();
    }

    /**
     * Segments are claimed under this node's name (ADR 24). A claim not extended for
     * {@code axon.eventhandling.tokenstore.claim-timeout} (Axon's property, 10 s by default; this bean
     * replaces the one that would read it) belongs to a node that is gone, and another node takes the
     * segment over: that is how the projections of a node killed with -9 carry on elsewhere.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
            NodeIdentity node, ObjectProvider<TokenStoreProperties> tokenStoreProperties) {
        Duration claimTimeout = tokenStoreProperties.getIfAvailable(TokenStoreProperties::new).getClaimTimeout();
        log.info("Claiming processor segments as node {} (claims held by a node silent for {} are taken over)",
                node.ownerName(), claimTimeout);
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(tokenSchema)
                .contentType(byte[].class)
                .nodeId(node.ownerName())
                .claimTimeout(claimTimeout)
                .build();
    }

    /**
     * Every read model runs in a pooled streaming processor of its own, with tokens in PostgreSQL. A
     * handler that fails stops its processor's segment at that event, which it retries with a growing
     * pause and reports as an error in the projection status, instead of Axon's default of logging the
     * failure and moving on: a view must never silently miss an event.
     */
    @Autowired
    void processors(EventProcessingConfigurer configurer) {
        configurer.usingPooledStreamingEventProcessors();
        configurer.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
