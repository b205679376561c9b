package io.dacr.api;

/**
 * Grades submissions. A pure function of its three inputs: no I/O, no model, no clock. It never
 * throws on a hostile submission: structural problems give a {@link Outcome#MALFORMED} verdict.
 *
 * <pre>{@code
 * Verdict verdict = verifier.verify(challenge, key, submission);
 * if (verdict.passed()) { ... }
 * }</pre>
 */
public interface Verifier {

    /**
     * @param challenge the public challenge
     * @param key its answer key
     * @param submission the submission to grade
     * @return the verdict
     * @throws IllegalArgumentException if {@code key} does not belong to {@code challenge} (a caller
     *     error, not a submission error)
     */
    Verdict verify(Challenge challenge, AnswerKey key, Submission submission);
}
