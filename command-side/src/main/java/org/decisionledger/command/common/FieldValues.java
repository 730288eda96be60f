package org.decisionledger.command.common;

import java.util.function.Function;

import org.decisionledger.kernel.common.InvalidCommand;

/** Turns raw request values into typed values, naming the field when one is refused. */
public final class FieldValues {

    private FieldValues() {
    }

    public static <T> T typed(String field, String raw, Function<String, T> factory) {
        try {
            return factory.apply(raw);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidCommand(field, invalid.getMessage());
        }
    }
}
