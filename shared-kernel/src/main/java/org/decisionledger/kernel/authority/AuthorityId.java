package org.decisionledger.kernel.authority;

import java.util.regex.Pattern;

import org.decisionledger.kernel.common.Identifier;

/** A council's identifier, chosen by its administrator: a lower-case slug such as {@code staffordshire}. */
public record AuthorityId(String value) implements Identifier {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public AuthorityId {
        Identifier.requireValid(value, "authority id");
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "authority id must be lower-case letters, digits and hyphens (at most 63), starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
