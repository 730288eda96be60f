package org.decisionledger.app.axon;

import java.util.function.Function;

import org.decisionledger.kernel.authority.AuthorityId;
import org.decisionledger.kernel.common.Identifier;
import org.decisionledger.kernel.decision.DecisionId;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Typed identifiers are stored as plain strings ({@code "decisionId": "..."}) so the event table
 * reads naturally in SQL. Every identifier type in the published language is registered here; the
 * event JSON tests fail if one is missing.
 */
public final class IdentifierJacksonModule extends SimpleModule {

    public IdentifierJacksonModule() {
        super("decision-ledger-identifiers");
        addSerializer(Identifier.class, new IdentifierSerializer());
        register(AuthorityId.class, AuthorityId::new);
        register(DecisionId.class, DecisionId::new);
    }

    private <T extends Identifier> void register(Class<T> type, Function<String, T> factory) {
        addDeserializer(type, new IdentifierDeserializer<>(type, factory));
    }

    private static final class IdentifierSerializer extends StdSerializer<Identifier> {

        IdentifierSerializer() {
            super(Identifier.class);
        }

        @Override
        public void serialize(Identifier value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(value.value());
        }
    }

    private static final class IdentifierDeserializer<T extends Identifier> extends StdDeserializer<T> {

        private final Function<String, T> factory;

        IdentifierDeserializer(Class<T> type, Function<String, T> factory) {
            super(type);
            this.factory = factory;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            return factory.apply(parser.getString());
        }
    }
}
