package io.dacr.api;

import java.util.Locale;

/**
 * The kinds of check on an answer artifact. A word is a whitespace-separated token. The wire name
 * is the lower-case enum name.
 */
public enum ConstraintKind {
    /** The artifact has exactly N words, N derived from an answer. */
    WORD_COUNT,
    /** The artifact includes an attribute value of the entity that answers a question. */
    INCLUDES_ATTRIBUTE,
    /** The artifact includes a prime derived from a number (e.g. the next prime after an answer). */
    PRIME,
    /** The artifact includes an equation A+B=C whose terms derive from answers. */
    EQUATION,
    /** The initials of the artifact's words spell the initials of answers. */
    ACROSTIC,
    /** The artifact must not contain a letter derived from an answer. */
    FORBIDDEN_LETTER;

    /** @return the wire name, e.g. {@code word_count} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param wireName a wire name such as {@code acrostic}
     * @return the kind
     * @throws IllegalArgumentException if no kind has that name
     */
    public static ConstraintKind fromWireName(String wireName) {
        for (ConstraintKind k : values()) {
            if (k.wireName().equals(wireName)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown constraint kind '" + wireName + "'");
    }
}
