package org.decisionledger.kernel.common;

/**
 * A typed identifier. Serialized as its plain string value so stored events stay readable with SQL;
 * {@link #toString()} must return {@link #value()} because Axon routes commands by it.
 */
public interface Identifier {

    String value();

    static String requireValid(String value, String kind) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(kind + " must not be blank");
        }
        if (value.length() > 100) {
            throw new IllegalArgumentException(kind + " must be at most 100 characters");
        }
        return value;
    }
}
