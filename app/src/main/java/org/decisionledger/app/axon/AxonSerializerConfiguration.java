package org.decisionledger.app.axon;

import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.jsontype.PolymorphicTypeValidator;

/**
 * Every Axon serializer is Jackson 3 with a mapper of its own, never Spring MVC's: Axon configures
 * the mapper it is given, and HTTP and storage formats must be able to evolve separately.
 */
@Configuration(proxyBeanMethods = false)
class AxonSerializerConfiguration {

    /**
     * Axon's ReplayToken, written when a projection is rebuilt, names the classes of the tokens inside
     * it. Jackson 3 refuses every such polymorphic value by default, so a rebuilt processor could not
     * read its own token back; only Axon's event-handling types (the tokens) are let through.
     */
    private static final PolymorphicTypeValidator AXON_TOKENS_ONLY = BasicPolymorphicTypeValidator.builder()
            .allowIfSubType("org.axonframework.eventhandling.")
            .build();

    static Jackson3Serializer ledgerSerializer() {
        ChainingConverter converter = new ChainingConverter();
        converter.registerConverter(new PgJsonToStringConverter());
        return Jackson3Serializer.builder()
                .converter(converter)
                .jsonMapperBuilderCustomizer(builder -> builder
                        .addModule(new IdentifierJacksonModule())
                        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .polymorphicTypeValidator(AXON_TOKENS_ONLY))
                .build();
    }

    @Bean
    @Primary
    Serializer serializer() {
        return ledgerSerializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return ledgerSerializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return ledgerSerializer();
    }
}
