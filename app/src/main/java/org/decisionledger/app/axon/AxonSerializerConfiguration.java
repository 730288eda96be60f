package org.decisionledger.app.axon;

import org.axonframework.eventhandling.TrackingToken;
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
     * Jackson 3's default validator refuses the {@code Object}-typed context of Axon 4.13's
     * ReplayToken, so a reset token could be written but never read back and a rebuilt projection
     * stalled (AxonFramework issues 4160 and 4218). Only tracking tokens are polymorphic in what Axon
     * stores; nothing else may name a class to instantiate.
     */
    private static final PolymorphicTypeValidator TOKENS_ONLY = BasicPolymorphicTypeValidator.builder()
            .allowIfBaseType(TrackingToken.class)
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
                        .polymorphicTypeValidator(TOKENS_ONLY))
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
