/**
 * DACR's public API: the challenge, its answer key, submissions, verdicts and the interfaces that
 * generate and grade them.
 *
 * <p>Every type here is an immutable value (a record) or an interface. Implementations live in the
 * other modules, in packages named {@code ...internal}, which are not API.
 *
 * <pre>{@code
 * Secret secret = Secret.fromEnvironment("DACR_SECRET", System.getenv());
 * GeneratedChallenge g = generator.generate(new GenerationRequest(
 *         "corporate-finance", GenerationSpec.preset("standard"), "epoch-7", 42, secret));
 * Verdict verdict = verifier.verify(g.challenge(), g.key(), submission);
 * }</pre>
 *
 * <p>Errors: every exception DACR throws on purpose is a {@link io.dacr.api.DacrException}.
 */
package io.dacr.api;
