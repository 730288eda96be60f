package org.decisionledger.kernel.actionplan;

/**
 * What a council's status words mean in the ledger's vocabulary.
 *
 * @param status never null; {@link ActionStatus#UNKNOWN} when the words say nothing recognisable
 * @param rag    the rating the words name, or null when they name none
 */
public record NormalisedStatus(ActionStatus status, Rag rag) {
}
