/**
 * DACR's deterministic challenge generator. The one entry point is {@link io.dacr.generator.DacrGenerator}:
 *
 * <pre>{@code
 * DacrGenerator generator = DacrGenerator.builder().domains(providers).build(); // packs validated here
 * GeneratedChallenge g = generator.generate(new GenerationRequest(
 *         "corporate-finance", GenerationSpec.preset("standard"), "epoch-7", 42, secret));
 * Challenge publicPart = g.challenge();   // what a solver sees
 * AnswerKey key = g.key();                // gold answers, traps, grounding, constraint values
 * Submission oracle = g.oracle();         // proves the challenge solvable and satisfiable
 * AnswerKey again = generator.answerKey(publicPart.id(), GenerationSpec.preset("standard"), secret); // equals key
 * }</pre>
 *
 * <p>Everything under {@code io.dacr.generator.internal} is implementation and may change without notice.
 */
package io.dacr.generator;
