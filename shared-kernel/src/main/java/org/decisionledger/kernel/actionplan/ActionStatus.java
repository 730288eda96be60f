package org.decisionledger.kernel.actionplan;

/** An action's status in one vocabulary, whatever words the council used (see {@link StatusVocabulary}). */
public enum ActionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETE,
    DELAYED,
    /** The words were kept but could not be read as any of the others. */
    UNKNOWN
}
