package org.decisionledger.app.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.core.JacksonException;

/** Describes an unreadable body without echoing it back: names the field when Jackson knows it. */
final class BodyErrors {

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:Object property|field) \"([^\"]{1,100})\"");

    private BodyErrors() {
    }

    static String describe(HttpMessageNotReadableException exception) {
        Throwable cause = jacksonCause(exception);
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknownField(unknown) + "'.";
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return "field '" + path(databind) + "' has an invalid value.";
        }
        String duplicated = duplicatedField(cause);
        if (duplicated != null) {
            return "field '" + duplicated + "' is given twice.";
        }
        if (cause instanceof JacksonException) {
            return "malformed JSON.";
        }
        return "the body is missing or unreadable.";
    }

    static List<Map<String, String>> fields(HttpMessageNotReadableException exception) {
        Throwable cause = jacksonCause(exception);
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return List.of(Map.of("field", unknownField(unknown), "message", "unknown field"));
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return List.of(Map.of("field", path(databind), "message", "invalid value"));
        }
        String duplicated = duplicatedField(cause);
        if (duplicated != null) {
            return List.of(Map.of("field", duplicated, "message", "given twice"));
        }
        return List.of(Map.of("field", "body", "message", "malformed or missing"));
    }

    /** The outermost Jackson failure: it knows the field path, unlike the java.time error inside it. */
    private static Throwable jacksonCause(HttpMessageNotReadableException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException) {
                return cause;
            }
        }
        return exception.getMostSpecificCause();
    }

    /** Where in the body the unknown field is, such as {@code resolutions[0].subItems[0].bogus}. */
    private static String unknownField(UnrecognizedPropertyException unknown) {
        String path = path(unknown);
        return path.isEmpty() ? unknown.getPropertyName() : path;
    }

    /**
     * The field a body gives twice: the parser's strict duplicate detection knows no path, only the
     * name, which its message quotes.
     */
    private static String duplicatedField(Throwable cause) {
        if (!(cause instanceof JacksonException) || cause.getMessage() == null) {
            return null;
        }
        Matcher duplicate = DUPLICATE.matcher(cause.getMessage());
        return duplicate.find() ? duplicate.group(1) : null;
    }

    private static String path(DatabindException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
