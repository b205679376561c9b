package io.dacr.core.verify.policy;

/** How answers are compared with the gold answer. */
public enum MatchMode {
    /**
     * Typed matching (the default): entities and texts by normalised exact match against the
     * canonical and accepted forms, numbers by value within the question's tolerance and unit.
     */
    STRICT,
    /**
     * DACR-Bench's published matching, reproduced for comparison: exact, alias, numeric within 1 %,
     * containment either way, token F1 of at least 0.8. It credits answers that strict mode does not
     * (such as "3" for gold "35.5%").
     */
    LENIENT
}
