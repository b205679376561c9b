package io.dacr.core.verify.internal;

import java.util.List;

/**
 * A reusable buffer holding the normal form ({@link Normalizer#strict} or
 * {@link Normalizer#attribute}) of one text at a time, so that a verification compares answers, names
 * and attributes with the key's normal forms without building a string for each: ASCII text is
 * normalised straight into the buffer; other text goes through the general path and is copied in.
 * Confined to one verification, so not thread-safe.
 */
final class NormalText {

    private char[] chars = new char[64];
    private int length;
    /** {@link String#hashCode} of the normal form, once worked out; valid while {@link #hashed}. */
    private int hash;
    private boolean hashed;
    /** Whether the text last set was ASCII, so normalised straight into the buffer. */
    private boolean ascii;

    /**
     * @param text any text
     * @return this, holding {@code Normalizer.strict(text)}
     */
    NormalText strict(String text) {
        return set(text, false);
    }

    /**
     * @param text an attribute name
     * @return this, holding {@code Normalizer.attribute(text)}
     */
    NormalText attribute(String text) {
        return set(text, true);
    }

    private NormalText set(String text, boolean dashesAreSpaces) {
        hashed = false;
        if (chars.length < text.length()) {
            chars = new char[Math.max(text.length(), 2 * chars.length)];
        }
        length = Normalizer.normaliseAscii(text, dashesAreSpaces, chars);
        ascii = length >= 0;
        if (length < 0) {
            String normal = dashesAreSpaces ? Normalizer.attribute(text) : Normalizer.strict(text);
            if (chars.length < normal.length()) {
                chars = new char[normal.length()];
            }
            normal.getChars(0, normal.length(), chars, 0);
            length = normal.length();
        }
        return this;
    }

    /** @return true if the text last set was ASCII (so it has no U+2212, for one) */
    boolean wasAscii() {
        return ascii;
    }

    /** @return the buffer; the normal form is its first {@link #length()} chars */
    char[] chars() {
        return chars;
    }

    /** @return the length of the normal form */
    int length() {
        return length;
    }

    /**
     * Holds a text already known to be a normal form ({@link Normalizer#strict} or
     * {@link Normalizer#attribute} of some text): it is copied as it is, and its hash is the string's.
     *
     * @param normal a normal form
     * @return this
     */
    NormalText normal(String normal) {
        if (chars.length < normal.length()) {
            chars = new char[Math.max(normal.length(), 2 * chars.length)];
        }
        normal.getChars(0, normal.length(), chars, 0);
        length = normal.length();
        hash = normal.hashCode();
        hashed = true;
        ascii = false; // not known, and not asked of a form set this way
        return this;
    }

    /** @return true if the normal form is empty */
    boolean isEmpty() {
        return length == 0;
    }

    /**
     * @param other a text
     * @return true if the normal form held is exactly {@code other}
     */
    boolean is(String other) {
        if (other.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[i] != other.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #is}, deciding most mismatches by hash: for comparing one normal form with many texts
     * whose hashes are known (a string keeps its hash once worked out).
     *
     * @param other a text
     * @return true if the normal form held is exactly {@code other}
     */
    boolean isByHash(String other) {
        return other.hashCode() == hash() && is(other);
    }

    /** @return the hash the normal form has as a string ({@link String#hashCode}) */
    int hash() {
        if (!hashed) {
            int h = 0;
            for (int i = 0; i < length; i++) {
                h = 31 * h + chars[i];
            }
            hash = h;
            hashed = true;
        }
        return hash;
    }

    /**
     * @param candidates texts
     * @return true if the normal form held is one of {@code candidates}
     */
    boolean isOneOf(List<String> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            if (is(candidates.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #isOneOf} by {@link #isByHash}.
     *
     * @param candidates texts
     * @return true if the normal form held is one of {@code candidates}
     */
    boolean isOneOfByHash(List<String> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            if (isByHash(candidates.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** @return the normal form held, as a string */
    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
