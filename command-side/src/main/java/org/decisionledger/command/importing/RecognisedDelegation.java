package org.decisionledger.command.importing;

/**
 * A delegation of authority a resolution words plainly enough to be recognised: to whom, for what,
 * on which conditions, and which resolution says so ({@code (c)}, {@code (e)(ii)}).
 */
public record RecognisedDelegation(String resolution, String delegate, String scope, String conditions) {
}
