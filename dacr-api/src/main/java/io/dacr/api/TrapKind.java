package io.dacr.api;

import java.util.List;
import java.util.Locale;

/** The typed traps of a document and the shortcut each one defeats. Wire name: lower-case enum name. */
public enum TrapKind {
    /** A value later corrected, restated or retracted. */
    SUPERSEDED(List.of(Shortcut.FIRST_MENTION)),
    /** An early estimate, then the final figure. */
    PRELIMINARY(List.of(Shortcut.FIRST_MENTION)),
    /** The correction appears before the value it corrects, resolved by dates or authority. */
    CORRECTION_FIRST(List.of(Shortcut.LAST_MENTION)),
    /** An unreliable source repeats a wrong value more often than the authoritative one states the right one. */
    HEARSAY(List.of(Shortcut.MAJORITY)),
    /** "Had the merger closed, revenue would have reached X." */
    COUNTERFACTUAL(List.of(Shortcut.REGEX_KEY_VALUE)),
    /** A similarly named entity with a different value. */
    NEAR_MISS_NAME(List.of(Shortcut.CANONICAL_ONLY, Shortcut.REGEX_KEY_VALUE)),
    /** The fact is stated only under an alias. */
    ALIAS_ONLY(List.of(Shortcut.CANONICAL_ONLY));

    private final List<Shortcut> defeats;

    TrapKind(List<Shortcut> defeats) {
        this.defeats = defeats;
    }

    /** @return the shortcuts this trap is aimed at */
    public List<Shortcut> defeats() {
        return defeats;
    }

    /** @return the wire name, e.g. {@code correction_first} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param wireName a wire name such as {@code hearsay}
     * @return the kind
     * @throws IllegalArgumentException if no kind has that name
     */
    public static TrapKind fromWireName(String wireName) {
        for (TrapKind k : values()) {
            if (k.wireName().equals(wireName)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown trap kind '" + wireName + "'");
    }
}
