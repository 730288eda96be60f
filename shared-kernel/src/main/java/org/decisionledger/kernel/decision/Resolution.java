package org.decisionledger.kernel.decision;

import java.util.List;

/**
 * One resolution of a decision as the record words it, with its own sub-items, so that
 * "(e) to delegate ... (i) ... (ii) ..." keeps its shape.
 *
 * @param label    the label as published, for example {@code "(e)"} or {@code "1."}; may be null
 * @param text     the words of the resolution
 * @param subItems the resolution's sub-items, in order; empty when it has none
 */
public record Resolution(String label, String text, List<Resolution> subItems) {

    public Resolution {
        subItems = subItems == null ? List.of() : List.copyOf(subItems);
    }

    public static Resolution of(String label, String text) {
        return new Resolution(label, text, List.of());
    }
}
