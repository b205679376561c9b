/**
 * Stateless verification: grade a submission knowing only the public challenge and the generation
 * secret, the answer key being rebuilt from the challenge id (and cached, bounded).
 *
 * <pre>{@code
 * StatelessVerifier verifier = StatelessVerifier.builder(generator, secret)
 *         .acceptSpec(GenerationSpec.preset("standard"))
 *         .build();
 * Verdict verdict = verifier.verify(challenge, submission);
 * }</pre>
 *
 * <p>This package uses {@code io.dacr.core.verify} and its policy; they never use it.
 */
package io.dacr.core.verify.stateless;
