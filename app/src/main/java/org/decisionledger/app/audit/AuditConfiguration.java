package org.decisionledger.app.audit;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the audit metadata into Axon: stamped on dispatch through the gateway, carried onto events on handling. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    /** Declared here because defining any provider switches off Axon's default one. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider auditCorrelationDataProvider() {
        return new AuditCorrelationDataProvider();
    }

    /** Axon registers dispatch interceptor beans on the command gateway, which every command goes through. */
    @Bean
    SignedInActorInterceptor signedInActorInterceptor() {
        return new SignedInActorInterceptor();
    }

    /**
     * The command bus applies the correlation providers to what a command causes, but the db-scheduler
     * deadline manager applies none: without this, events caused by a deadline would carry no actor and
     * no correlation at all. Registered once every bean exists, so the deadline manager's own wiring
     * (which needs Axon's configuration, which needs these providers) is never circular.
     */
    @Bean
    SmartInitializingSingleton deadlinesCarryAuditMetadata(ObjectProvider<DeadlineManager> deadlineManager,
            ObjectProvider<CorrelationDataProvider> providers) {
        return () -> deadlineManager.ifAvailable(manager -> manager.registerHandlerInterceptor(
                new CorrelationDataInterceptor<>(providers.orderedStream().toList())));
    }
}
