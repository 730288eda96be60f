package org.decisionledger.app.web;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.decisionledger.kernel.common.RecordDates;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates and instants as the contract writes them: {@code YYYY-MM-DD} and ISO-8601 instants with a
 * four-digit year. {@code java.time} also reads signed years of up to nine digits, which no council
 * means, which PostgreSQL cannot store and which the date rules cannot count from, so such a value
 * would be accepted and then break a projection or a calculation. Dates are also held to the years
 * 1900 to 2199. Either is refused as invalid input, naming the field, in bodies and query parameters
 * alike. Instants (the audit trail's query bounds) keep any four-digit year.
 */
public final class ContractDates {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.+");

    private ContractDates() {
    }

    static LocalDate date(String text) {
        if (!DATE.matcher(text).matches()) {
            throw new DateTimeParseException("a date is written YYYY-MM-DD", text, 0);
        }
        LocalDate date = LocalDate.parse(text);
        if (!RecordDates.within(date)) {
            throw new DateTimeParseException("a date lies " + RecordDates.range(), text, 0);
        }
        return date;
    }

    static Instant instant(String text) {
        if (!INSTANT.matcher(text).matches()) {
            throw new DateTimeParseException("an instant is written YYYY-MM-DDThh:mm:ssZ", text, 0);
        }
        return DateTimeFormatter.ISO_DATE_TIME.parse(text, Instant::from);
    }

    /** For request bodies: registered with the HTTP layer's JSON mapper only, never Axon's. */
    public static final class Module extends SimpleModule {

        public Module() {
            super("decision-ledger-contract-dates");
            addDeserializer(LocalDate.class, new Deserializer<>(LocalDate.class) {
                @Override
                LocalDate parse(String text) {
                    return date(text);
                }
            });
            addDeserializer(Instant.class, new Deserializer<>(Instant.class) {
                @Override
                Instant parse(String text) {
                    return instant(text);
                }
            });
        }
    }

    private abstract static class Deserializer<T> extends StdScalarDeserializer<T> {

        private final Class<T> type;

        Deserializer(Class<T> type) {
            super(type);
            this.type = type;
        }

        abstract T parse(String text);

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (T) context.handleUnexpectedToken(type, parser);
            }
            String text = parser.getString().trim();
            try {
                return parse(text);
            } catch (DateTimeParseException | ArithmeticException e) {
                return (T) context.handleWeirdStringValue(type, text, e.getMessage());
            }
        }
    }

    /** For query parameters annotated {@code @DateTimeFormat}: the same rule as in bodies. */
    public static final class Formats implements AnnotationFormatterFactory<DateTimeFormat> {

        @Override
        public Set<Class<?>> getFieldTypes() {
            return Set.of(LocalDate.class, Instant.class);
        }

        @Override
        public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
            return (Object value, Locale locale) -> value.toString();
        }

        @Override
        public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
            return (String text, Locale locale) -> {
                try {
                    return fieldType == LocalDate.class ? date(text.trim()) : instant(text.trim());
                } catch (DateTimeParseException | ArithmeticException e) {
                    throw new ParseException(e.getMessage(), 0);
                }
            };
        }
    }
}
