package org.decisionledger.kernel.common;

/**
 * What a command handler answers when it refused a command and recorded the refusal as an event,
 * because an auditor must see it. The handler returns rather than throws, so that the refusal
 * event commits; the edge answers 409 with the code.
 */
public record CommandRefusedAndRecorded(String id, long version, String code, String message) {
}
