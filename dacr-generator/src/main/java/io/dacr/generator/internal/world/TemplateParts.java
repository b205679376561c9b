package io.dacr.generator.internal.world;

import io.dacr.generator.internal.pack.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Template} split into its literal runs and placeholder names, so that a renderer can resolve
 * each placeholder by its position (a precomputed table entry) instead of by a name lookup per use.
 * Appending {@code literal(0)}, the text of placeholder 0, {@code literal(1)}, … {@code literal(size())}
 * gives exactly what {@link Template#render} gives for the same placeholder texts; a renderer that
 * resolves them in that order (left to right) also draws from a random stream in Template's order.
 */
final class TemplateParts {

    /** {@code literals[i]} precedes placeholder {@code i}; the last one follows the last placeholder. */
    private final String[] literals;
    private final String[] names;
    private final int sourceLength;

    private TemplateParts(String[] literals, String[] names, int sourceLength) {
        this.literals = literals;
        this.names = names;
        this.sourceLength = sourceLength;
    }

    /**
     * @param template a parsed template (so its braces are balanced and its placeholder names valid)
     * @return its parts
     */
    static TemplateParts of(Template template) {
        String source = template.source();
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int from = 0;
        int open = source.indexOf('{');
        while (open >= 0) {
            int close = source.indexOf('}', open + 1);
            literals.add(source.substring(from, open));
            // Interned like Template's own names, so that identity comparisons with literals still hold.
            names.add(source.substring(open + 1, close).intern());
            from = close + 1;
            open = source.indexOf('{', from);
        }
        literals.add(source.substring(from));
        return new TemplateParts(literals.toArray(new String[0]), names.toArray(new String[0]), source.length());
    }

    /** @return the number of placeholders, repeats included */
    int size() {
        return names.length;
    }

    /**
     * @param i a placeholder position
     * @return its name
     */
    String name(int i) {
        return names[i];
    }

    /**
     * @param i a position from 0 to {@link #size()}
     * @return the literal text before placeholder {@code i}; at {@link #size()}, the text after the last one
     */
    String literal(int i) {
        return literals[i];
    }

    /** @return the template source's length, a fair first capacity for the rendered text */
    int sourceLength() {
        return sourceLength;
    }
}
