package org.decisionledger.app.audit;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the audit metadata into Axon: stamped on dispatch, carried onto events on handling. */
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

    @Autowired
    void stampCommands(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(new SignedInActorInterceptor());
    }
}
