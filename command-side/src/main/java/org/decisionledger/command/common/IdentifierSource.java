package org.decisionledger.command.common;

/** Where new aggregate identifiers come from; the assembly provides it so command handling stays deterministic. */
@FunctionalInterface
public interface IdentifierSource {

    String newIdentifier();
}
