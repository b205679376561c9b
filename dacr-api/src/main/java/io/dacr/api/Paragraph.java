package io.dacr.api;

import io.dacr.api.internal.Checks;

/**
 * One paragraph of a challenge document. Citations name paragraphs by id.
 *
 * @param id {@code paragraph_N} with N counting from 1 in document order
 * @param text the paragraph's prose
 */
public record Paragraph(String id, String text) {

    /** Validates the id's form and that the text is not blank. */
    public Paragraph {
        Checks.requireArgument(Checks.isNumberedId(id, "paragraph_", 6),
                "paragraph id must look like paragraph_1, was '%s'", id);
        Checks.notBlank(text, "text");
    }

    /**
     * @param number the paragraph's 1-based position
     * @return the id of that paragraph, {@code paragraph_<number>}
     */
    public static String idOf(int number) {
        Checks.positive(number, "number");
        return "paragraph_" + number;
    }

    /**
     * @param id a paragraph id (of the form {@link #isParagraphId} checks)
     * @param number a positive number
     * @return true if {@code id} equals {@code idOf(number)}, decided without building that text
     */
    static boolean hasNumber(String id, int number) {
        int prefix = "paragraph_".length();
        if (!id.startsWith("paragraph_")) {
            return false;
        }
        int at = id.length();
        int rest = number;
        do {
            at--;
            if (at < prefix || id.charAt(at) != (char) ('0' + rest % 10)) {
                return false;
            }
            rest /= 10;
        } while (rest > 0);
        return at == prefix;
    }

    /**
     * @param id a string that may be a paragraph id
     * @return true if it has the form of a paragraph id
     */
    public static boolean isParagraphId(String id) {
        return Checks.isNumberedId(id, "paragraph_", 6);
    }
}
