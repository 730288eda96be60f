package org.decisionledger.command.common;

import org.decisionledger.kernel.common.CommandRefusedAndRecorded;
import org.decisionledger.kernel.common.DomainException;
import org.decisionledger.kernel.common.InvalidCommand;
import org.decisionledger.kernel.common.RuleRefused;
import org.decisionledger.kernel.common.UnknownResource;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;

/** What each kind of refusal looks like, for aggregate tests of every feature. */
public final class Refusals {

    private Refusals() {
    }

    /** Refused by a thrown rule: nothing recorded, answered 409 with this code. */
    public static Matcher<RuleRefused> refused(String code) {
        return new CustomTypeSafeMatcher<>("a refusal with code " + code) {
            @Override
            protected boolean matchesSafely(RuleRefused refusal) {
                return code.equals(refusal.code()) && refusal.kind() == DomainException.Kind.REFUSED;
            }
        };
    }

    /** Answered 404 with this code. */
    public static Matcher<UnknownResource> notFound(String code) {
        return new CustomTypeSafeMatcher<>("an unknown-resource refusal with code " + code) {
            @Override
            protected boolean matchesSafely(UnknownResource refusal) {
                return code.equals(refusal.code());
            }
        };
    }

    /** Answered 400 naming this field. */
    public static Matcher<InvalidCommand> invalid(String field) {
        return new CustomTypeSafeMatcher<>("an invalid command naming field " + field) {
            @Override
            protected boolean matchesSafely(InvalidCommand invalid) {
                return field.equals(invalid.field());
            }
        };
    }

    /** Refused with the refusal recorded: the answer carries the version that includes the refusal event. */
    public static Matcher<CommandRefusedAndRecorded> refusalRecorded(String id, long version, String code) {
        return new CustomTypeSafeMatcher<>("a recorded refusal of " + id + " at version " + version
                + " with code " + code) {
            @Override
            protected boolean matchesSafely(CommandRefusedAndRecorded refusal) {
                return refusal.id().equals(id) && refusal.version() == version
                        && refusal.code().equals(code) && !refusal.message().isBlank();
            }
        };
    }
}
