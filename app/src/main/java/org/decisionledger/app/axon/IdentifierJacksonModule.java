package org.decisionledger.app.axon;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

import org.decisionledger.kernel.common.Identifier;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Typed identifiers are stored as plain strings ({@code "decisionId": "..."}) so the event table
 * reads naturally in SQL. Any record implementing {@link Identifier} with one String component is
 * handled, so a new identifier type needs no registration.
 */
public final class IdentifierJacksonModule extends SimpleModule {

    public IdentifierJacksonModule() {
        super("decision-ledger-identifiers");
        addSerializer(Identifier.class, new IdentifierSerializer());
        setDeserializers(new IdentifierDeserializers());
    }

    private static final class IdentifierDeserializers extends SimpleDeserializers {

        @Override
        public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                BeanDescription.Supplier description) {
            Class<?> raw = type.getRawClass();
            if (isIdentifier(raw)) {
                return new IdentifierDeserializer(raw);
            }
            return super.findBeanDeserializer(type, config, description);
        }

        @Override
        public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
            return isIdentifier(valueType) || super.hasDeserializerFor(config, valueType);
        }

        private static boolean isIdentifier(Class<?> type) {
            return Identifier.class.isAssignableFrom(type) && type.isRecord()
                    && type.getRecordComponents().length == 1
                    && type.getRecordComponents()[0].getType() == String.class;
        }
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

    private static final class IdentifierDeserializer extends StdDeserializer<Object> {

        private final Constructor<?> constructor;

        IdentifierDeserializer(Class<?> type) {
            super(type);
            try {
                this.constructor = type.getDeclaredConstructor(String.class);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical String constructor", e);
            }
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            try {
                return constructor.newInstance(parser.getString());
            } catch (InvocationTargetException e) {
                return context.handleWeirdStringValue(handledType(), parser.getString(),
                        String.valueOf(e.getCause().getMessage()));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
