package io.dacr.generator.internal.layout;

import io.dacr.api.Paragraph;

/**
 * Paragraph ids ({@code paragraph_1} …) made once: every item names up to 120 paragraphs (the
 * generator's {@code MAX_PARAGRAPHS}) in its layout, grounding index and prose, and the strings are the
 * same every time. Numbers beyond the table are made on demand.
 */
public final class ParagraphIds {

    private static final String[] IDS = new String[121];

    static {
        for (int n = 1; n < IDS.length; n++) {
            IDS[n] = Paragraph.idOf(n);
        }
    }

    private ParagraphIds() {
    }

    /**
     * @param number the paragraph number, from 1
     * @return {@link Paragraph#idOf(int)} of it
     * @throws IllegalArgumentException if {@code number} is not positive
     */
    public static String of(int number) {
        return number > 0 && number < IDS.length ? IDS[number] : Paragraph.idOf(number);
    }
}
