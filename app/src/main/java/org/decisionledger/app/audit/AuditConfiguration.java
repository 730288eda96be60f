package org.decisionledger.app.audit;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
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
}
