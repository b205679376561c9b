package io.dacr.generator.internal.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A parsed text template: literal runs and {@code {name}} placeholders, split once at load time so
 * rendering is a plain concatenation (no regex, no formatting in the hot path).
 */
public final class Template {

    private final String source;
    private final String[] parts;
    private final boolean[] placeholder;
    /** Each literal part in ISO-8859-1, or null for all if some literal has a character beyond it. */
    private final byte[][] latin1;
    private final int literalLength;
    private final int placeholderCount;

    private Template(String source, String[] parts, boolean[] placeholder) {
        this.source = source;
        this.parts = parts;
        this.placeholder = placeholder;
        byte[][] bytes = new byte[parts.length][];
        int length = 0;
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            if (placeholder[i]) {
                count++;
                continue;
            }
            String part = parts[i];
            length += part.length();
            bytes[i] = new byte[part.length()];
            for (int k = 0; k < part.length() && bytes != null; k++) {
                char c = part.charAt(k);
                if (c > 0xFF) {
                    bytes = null;
                } else {
                    bytes[i][k] = (byte) c;
                }
            }
            if (bytes == null) {
                break;
            }
        }
        this.latin1 = bytes;
        this.literalLength = length;
        this.placeholderCount = count;
    }

    /**
     * @param source the template text
     * @return the parsed template
     * @throws IllegalArgumentException on a stray or unbalanced brace or an empty placeholder name
     */
    public static Template parse(String source) {
        List<String> segments = new ArrayList<>();
        List<Boolean> kinds = new ArrayList<>();
        int i = 0;
        StringBuilder literal = new StringBuilder();
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '{') {
                int close = source.indexOf('}', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed '{' at index " + i);
                }
                String name = source.substring(i + 1, close);
                if (!isPlaceholderName(name)) {
                    throw new IllegalArgumentException("bad placeholder '{" + name + "}' at index " + i);
                }
                if (literal.length() > 0) {
                    segments.add(literal.toString());
                    kinds.add(false);
                    literal.setLength(0);
                }
                // Interned, so that renderers comparing it with a literal name match on identity at once.
                segments.add(name.intern());
                kinds.add(true);
                i = close + 1;
            } else if (c == '}') {
                throw new IllegalArgumentException("stray '}' at index " + i);
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            segments.add(literal.toString());
            kinds.add(false);
        }
        boolean[] flags = new boolean[kinds.size()];
        for (int k = 0; k < flags.length; k++) {
            flags[k] = kinds.get(k);
        }
        return new Template(source, segments.toArray(new String[0]), flags);
    }

    private static boolean isPlaceholderName(String name) {
        if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** @return the template text as written in the pack */
    public String source() {
        return source;
    }

    /**
     * @param name a placeholder name
     * @return how often the template uses it
     */
    public int count(String name) {
        int n = 0;
        for (int i = 0; i < parts.length; i++) {
            if (placeholder[i] && parts[i].equals(name)) {
                n++;
            }
        }
        return n;
    }

    /** @return the placeholder names in order of use, repeats included */
    public List<String> placeholders() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (placeholder[i]) {
                names.add(parts[i]);
            }
        }
        return names;
    }

    /** @return the number of parts: literal runs and placeholders, in order */
    public int size() {
        return parts.length;
    }

    /**
     * @param i a part's index, below {@link #size()}
     * @return true if the part is a placeholder
     */
    public boolean isPlaceholder(int i) {
        return placeholder[i];
    }

    /**
     * @param i a part's index, below {@link #size()}
     * @return the literal text, or the placeholder's name (interned, so {@code ==} with a literal name works)
     */
    public String part(int i) {
        return parts[i];
    }

    /**
     * Renders the template with one ISO-8859-1 text for every placeholder, straight into the bytes of
     * the result: the fast path of a surface form.
     *
     * @param value the placeholder's text, one character per byte
     * @param valueLength how many bytes of {@code value} it takes
     * @return the rendered text, or null if a literal has a character beyond ISO-8859-1
     */
    public String renderLatin1(byte[] value, int valueLength) {
        if (latin1 == null) {
            return null;
        }
        byte[] out = new byte[literalLength + placeholderCount * valueLength];
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            byte[] piece = placeholder[i] ? value : latin1[i];
            int length = placeholder[i] ? valueLength : piece.length;
            System.arraycopy(piece, 0, out, at, length);
            at += length;
        }
        return new String(out, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** @return true if the template opens with a placeholder (whose rendering keeps its own case) */
    public boolean startsWithPlaceholder() {
        return parts.length > 0 && placeholder[0];
    }

    /**
     * @param values the text of each placeholder
     * @return the rendered text
     */
    public String render(Function<String, ? extends CharSequence> values) {
        StringBuilder out = new StringBuilder(source.length() + 32);
        renderTo(out, values);
        return out.toString();
    }

    /**
     * @param out where to append
     * @param values the text of each placeholder
     */
    public void renderTo(StringBuilder out, Function<String, ? extends CharSequence> values) {
        for (int i = 0; i < parts.length; i++) {
            // Two calls, so that literals take append(String) rather than append(CharSequence).
            if (placeholder[i]) {
                out.append(values.apply(parts[i]));
            } else {
                out.append(parts[i]);
            }
        }
    }

    /**
     * Renders the template in pieces: the text before, between and after the occurrences of one
     * placeholder, the others filled in. Pieces that would be empty are left out.
     *
     * @param split the placeholder to cut at
     * @param values the text of every other placeholder
     * @return the rendered pieces, in order
     */
    public List<String> renderAround(String split, Function<String, ? extends CharSequence> values) {
        List<String> pieces = new ArrayList<>(3);
        StringBuilder piece = new StringBuilder(source.length() + 16);
        for (int i = 0; i < parts.length; i++) {
            if (placeholder[i] && parts[i].equals(split)) {
                if (piece.length() > 0) {
                    pieces.add(piece.toString());
                }
                piece.setLength(0);
            } else {
                piece.append(placeholder[i] ? values.apply(parts[i]) : parts[i]);
            }
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    @Override
    public String toString() {
        return source;
    }
}
