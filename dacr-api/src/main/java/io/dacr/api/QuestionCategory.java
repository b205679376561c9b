package io.dacr.api;

import java.util.Locale;

/** The seven reasoning categories of DACR-Bench. The wire name is the lower-case enum name. */
public enum QuestionCategory {
    /** One fact, read from the text (possibly under an alias or a trap). */
    DIRECT_EXTRACTION,
    /** An entity found through another one, then a fact of it. */
    MULTI_HOP_BRIDGE,
    /** Which of several entities has the largest or smallest value. */
    COMPARATIVE,
    /** Arithmetic over extracted values. */
    COMPUTATION,
    /** A filter over entities, then a fact or a count of what remains. */
    CONDITIONAL_FILTERED,
    /** A fact whose text carries a trap; the question tests that the trap is seen through. */
    TRAP_TARGETED,
    /** Facts from distant sections combined. */
    CROSS_SECTION_SYNTHESIS;

    /** @return the wire name, e.g. {@code multi_hop_bridge} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param wireName a wire name such as {@code comparative}
     * @return the category
     * @throws IllegalArgumentException if no category has that name
     */
    public static QuestionCategory fromWireName(String wireName) {
        for (QuestionCategory c : values()) {
            if (c.wireName().equals(wireName)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown question category '" + wireName + "'");
    }
}
