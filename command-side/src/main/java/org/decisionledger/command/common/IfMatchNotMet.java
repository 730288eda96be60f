package org.decisionledger.command.common;

/**
 * An If-Match no current version can satisfy, known before the command is sent: a weak entity tag,
 * which never matches under the strong comparison RFC 9110 requires of If-Match. Answered 412
 * {@code VERSION_MISMATCH} like a stale version; nothing is recorded.
 */
public class IfMatchNotMet extends RuntimeException {

    public IfMatchNotMet(String message) {
        super(message);
    }
}
