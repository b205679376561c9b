package io.dacr.api;

/**
 * Generates challenges deterministically: the same request gives the same bytes on every JVM, run
 * after run, whatever the thread count.
 *
 * <pre>{@code
 * GeneratedChallenge g = generator.generate(new GenerationRequest(
 *         "corporate-finance", GenerationSpec.preset("standard"), "epoch-7", 42, secret));
 * }</pre>
 */
public interface ChallengeGenerator {

    /** @return the generator version written into every challenge id it issues */
    int version();

    /**
     * @param request what to generate
     * @return the challenge, its key and the oracle submission
     * @throws DacrException if the domain is unknown ({@link PluginException}) or the request cannot be
     *     met ({@link GenerationException})
     */
    GeneratedChallenge generate(GenerationRequest request);

    /**
     * Regenerates only the answer key, skipping prose rendering where possible (stateless
     * verification).
     *
     * @param id the challenge id
     * @param spec the spec the id's spec hash names
     * @param secret the secret it was issued under
     * @return the same key {@link #generate} produced
     * @throws DacrException if the id is not authentic under the secret, names another generator
     *     version, or its spec hash does not match {@code spec}
     */
    AnswerKey answerKey(ChallengeId id, GenerationSpec spec, Secret secret);
}
