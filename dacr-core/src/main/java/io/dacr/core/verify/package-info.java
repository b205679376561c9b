/**
 * Grading submissions: typed answers, artifact constraints, reasoning traces and the pass rule,
 * under hard caps on every input size. A pure function of (challenge, answer key, submission).
 *
 * <pre>{@code
 * Verifier strict = DacrVerifier.builder().build();
 * Verifier lenient = DacrVerifier.builder().matchMode(MatchMode.LENIENT).build();
 * Verdict verdict = strict.verify(challenge, key, submission);
 * }</pre>
 */
package io.dacr.core.verify;
