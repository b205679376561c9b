package io.dacr.api;

/** The outcome of one check: a constraint, an answer, a trace, or a whole attempt. */
public enum Outcome {
    /** The check passed. */
    PASS,
    /** The check failed. */
    FAIL,
    /** No answer was given, or it could not be read as the expected type. */
    NO_ANSWER,
    /** The input broke a structural rule (size caps, control characters, mixed scripts, schema). */
    MALFORMED
}
