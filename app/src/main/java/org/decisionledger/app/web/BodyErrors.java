package org.decisionledger.app.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.core.JacksonException;

/** Describes an unreadable body without echoing it back: names the field when Jackson knows it. */
final class BodyErrors {

    private BodyErrors() {
    }

    static String describe(HttpMessageNotReadableException exception) {
        Throwable cause = jacksonCause(exception);
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'.";
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return "field '" + path(databind) + "' has an invalid value.";
        }
        if (cause instanceof JacksonException) {
            return "malformed JSON.";
        }
        return "the body is missing or unreadable.";
    }

    static List<Map<String, String>> fields(HttpMessageNotReadableException exception) {
        Throwable cause = jacksonCause(exception);
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return List.of(Map.of("field", unknown.getPropertyName(), "message", "unknown field"));
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return List.of(Map.of("field", path(databind), "message", "invalid value"));
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

    private static String path(DatabindException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
