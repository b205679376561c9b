package io.dacr.core.verify.internal;

/**
 * The buffers one verification reuses from answer to answer and from step to step, so that grading a
 * submission builds few objects: two normal-form buffers (an answer or entity name, and an attribute
 * name), the parts of the last number read, and a buffer of chars for a number's text. Confined to one
 * verification, so not thread-safe.
 */
final class Scratch {

    /** The normal form of an answer, or of a trace step's entity name. */
    final NormalText text = new NormalText();
    /** The normal form of a trace step's attribute name. */
    final NormalText attribute = new NormalText();
    /** The last number read. */
    final ParsedNumber number = new ParsedNumber();
    private char[] chars = new char[32];

    /**
     * @param length a number of chars
     * @return a buffer of at least that many chars, its content undefined
     */
    char[] chars(int length) {
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        return chars;
    }
}
