package io.dacr.api;

/**
 * The reading shortcuts that DACR's traps are aimed at (see the trap table in DESIGN.md), and the
 * {@linkplain #CUE_READER cue reader} that combines their skills, which no trap kind targets.
 */
public enum Shortcut {
    /** Takes the first value stated near an entity's names. */
    FIRST_MENTION,
    /** Takes the last value stated. */
    LAST_MENTION,
    /** Takes the value stated most often. */
    MAJORITY,
    /** Resolves entities only by their canonical names. */
    CANONICAL_ONLY,
    /** Extracts "name … attribute … number" patterns with regular expressions. */
    REGEX_KEY_VALUE,
    /**
     * Combines every skill a template gives: reads sentences with the domain pack's own templates,
     * knows the aliases and believes the strongest authority cue. No trap kind targets it; it
     * measures how far a mechanical reader of DACR's public grammar gets, and no quality gate bounds it.
     */
    CUE_READER
}
