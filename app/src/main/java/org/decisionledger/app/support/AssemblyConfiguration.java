package org.decisionledger.app.support;

import java.time.Clock;

import org.decisionledger.app.axon.TimeOrderedIdentifiers;
import org.decisionledger.command.common.IdentifierSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.decisionledger.app.web.SafeTextModule;

/** The clock and the identifier source the command side is given, so it never reads them itself. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AssemblyConfiguration {

    @Bean
    SafeTextModule safeTextModule() {
        return new SafeTextModule();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    IdentifierSource identifierSource() {
        return TimeOrderedIdentifiers::next;
    }
}
