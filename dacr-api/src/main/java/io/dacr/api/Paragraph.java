package io.dacr.api;

import io.dacr.api.internal.Checks;
import java.util.regex.Pattern;

/**
 * One paragraph of a challenge document. Citations name paragraphs by id.
 *
 * @param id {@code paragraph_N} with N counting from 1 in document order
 * @param text the paragraph's prose
 */
public record Paragraph(String id, String text) {

    private static final Pattern ID = Pattern.compile("paragraph_[1-9][0-9]{0,5}");

    /** Validates the id's form and that the text is not blank. */
    public Paragraph {
        Checks.requireArgument(id != null && ID.matcher(id).matches(),
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
     * @param id a string that may be a paragraph id
     * @return true if it has the form of a paragraph id
     */
    public static boolean isParagraphId(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
