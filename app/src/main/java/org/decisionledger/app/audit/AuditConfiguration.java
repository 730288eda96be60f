package org.decisionledger.app.audit;

import org.decisionledger.kernel.common.MetadataKeys;
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

    /**
     * Declared here because defining any provider switches off Axon's default one. Under our keys:
     * {@code causationId} names the message that caused this one, {@code correlationId} the command
     * that started the chain, kept through deadlines and sagas (Axon's default keys would put the
     * direct cause under {@code correlationId}).
     */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider(MetadataKeys.CAUSATION_ID, MetadataKeys.CORRELATION_ID);
    }

    @Bean
    CorrelationDataProvider auditCorrelationDataProvider() {
        return new AuditCorrelationDataProvider();
    }

    /**
     * Axon's deadline managers run handlers with no correlation data providers, so without this a
     * deadline's events would carry no actor and lose the chain's correlation id. Registered once
     * every bean exists, as the deadline manager is built from the Axon configuration these
     * providers feed.
     */
    @Bean
    SmartInitializingSingleton deadlinesCarryAuditMetadata(ObjectProvider<DeadlineManager> deadlineManagers,
            ObjectProvider<CorrelationDataProvider> providers) {
        return () -> deadlineManagers.orderedStream().forEach(deadlines -> deadlines.registerHandlerInterceptor(
                new CorrelationDataInterceptor<>(providers.orderedStream().toList())));
    }

    /** Axon registers dispatch interceptor beans on the command gateway, which every command goes through. */
    @Bean
    SignedInActorInterceptor signedInActorInterceptor() {
        return new SignedInActorInterceptor();
    }
}
