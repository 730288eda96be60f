package org.decisionledger.app.audit;

import java.util.List;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the audit metadata into Axon: stamped on dispatch through the gateway, carried onto events on handling. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    CorrelationDataProvider auditCorrelationDataProvider() {
        return new AuditCorrelationDataProvider();
    }

    /**
     * Deadlines are handled outside any command, so the deadline manager gets the same correlation
     * providers: events a deadline causes name the system actor and keep the scheduling command's
     * correlation id, which the deadline message carries.
     */
    @Bean
    InitializingBean deadlineAuditing(DeadlineManager deadlineManager, List<CorrelationDataProvider> providers) {
        return () -> deadlineManager.registerHandlerInterceptor(new CorrelationDataInterceptor<>(providers));
    }

    /** Axon registers dispatch interceptor beans on the command gateway, which every command goes through. */
    @Bean
    SignedInActorInterceptor signedInActorInterceptor() {
        return new SignedInActorInterceptor();
    }
}
