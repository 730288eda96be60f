package org.decisionledger.app.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text in request bodies is stored byte for byte, so it must be text PostgreSQL can store: a NUL
 * character or a lone UTF-16 surrogate is refused as invalid input (400 naming the field) rather
 * than failing in the database. Numbers are not silently turned into text either.
 */
public final class SafeTextModule extends SimpleModule {

    public SafeTextModule() {
        super("decision-ledger-safe-text");
        addDeserializer(String.class, new SafeTextDeserializer());
    }

    static final class SafeTextDeserializer extends StdScalarDeserializer<String> {

        SafeTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getString();
            String problem = problemWith(text);
            if (problem != null) {
                return (String) context.handleWeirdStringValue(String.class, text, problem);
            }
            return text;
        }

        static String problemWith(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\u0000') {
                    return "text must not contain the NUL character";
                }
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        i++;
                        continue;
                    }
                    return "text must be valid Unicode (a lone surrogate was found)";
                }
                if (Character.isLowSurrogate(c)) {
                    return "text must be valid Unicode (a lone surrogate was found)";
                }
            }
            return null;
        }
    }
}
