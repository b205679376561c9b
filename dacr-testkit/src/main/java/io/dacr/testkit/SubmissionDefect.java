package io.dacr.testkit;

/**
 * The structural rule a {@linkplain MalformedSubmission malformed submission} breaks. A verifier
 * grades each of them {@code MALFORMED}, with a reason, and never throws.
 */
public enum SubmissionDefect {
    /** The artifact has a line break (LF, CR, NEL, U+2028 or U+2029): artifacts are one line. */
    MULTI_LINE_ARTIFACT,
    /** The artifact has a control character other than a line break (tab, NUL, ESC, DEL …). */
    CONTROL_CHARACTER,
    /** The artifact has an invisible format character: zero-width space or joiner, BOM, bidi control … */
    INVISIBLE_CHARACTER,
    /** A word of the artifact mixes scripts, such as a Cyrillic 'а' among Latin letters. */
    MIXED_SCRIPT_WORD,
    /** The artifact is longer than the verifier's limit. */
    OVERSIZE_ARTIFACT,
    /** The trace has fewer steps than the challenge's trace rules require. */
    TRACE_TOO_SHORT,
    /** The trace has more steps than the challenge's trace rules allow. */
    TRACE_TOO_LONG
}
