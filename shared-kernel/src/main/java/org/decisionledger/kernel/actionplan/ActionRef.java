package org.decisionledger.kernel.actionplan;

import java.util.regex.Pattern;

import org.decisionledger.kernel.common.Identifier;

/**
 * An action's reference inside its plan, as the council numbers it: {@code 1.1.a}. It appears in
 * addresses ({@code /actions/1.1.a/status}), so it is letters and digits separated by dots or hyphens.
 */
public record ActionRef(String value) implements Identifier {

    static final Pattern REF = Pattern.compile("[A-Za-z0-9]+([.-][A-Za-z0-9]+)*");
    static final int MAX_LENGTH = 30;

    public ActionRef {
        requireRef(value, "action ref");
    }

    static void requireRef(String value, String kind) {
        Identifier.requireValid(value, kind);
        if (value.length() > MAX_LENGTH || !REF.matcher(value).matches()) {
            throw new IllegalArgumentException(kind + " must be letters and digits separated by dots or hyphens "
                    + "(such as 1.1.a), at most " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
