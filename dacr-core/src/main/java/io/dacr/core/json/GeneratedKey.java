package io.dacr.core.json;

import io.dacr.api.AnswerKey;
import io.dacr.api.ChallengeId;
import io.dacr.api.Submission;
import io.dacr.api.internal.Checks;

/**
 * The secret half of a generated challenge as {@code dacr generate --keys} stores it, one per line:
 * the answer key and the oracle submission built from it. Kept apart from the public challenge so
 * that the file handed to solvers never holds a key. Read and write it as
 * {@link DocumentFormat#GENERATED_KEY}.
 *
 * <pre>{@code
 * GeneratedChallenge g = generator.generate(request);
 * DacrJson.writeLine(DocumentFormat.GENERATED_KEY, new GeneratedKey(g.key(), g.oracle()), keysOut);
 * }</pre>
 *
 * @param key the answer key
 * @param oracle the oracle submission; answers the same challenge as {@code key}
 */
public record GeneratedKey(AnswerKey key, Submission oracle) {

    /**
     * Requires both parts to belong to one challenge.
     *
     * @throws IllegalArgumentException if a part is null or the two name different challenges
     */
    public GeneratedKey {
        Checks.notNull(key, "key");
        Checks.notNull(oracle, "oracle");
        Checks.requireArgument(key.challengeId().toString().equals(oracle.challengeId()),
                "the oracle submission answers %s, not %s", oracle.challengeId(), key.challengeId());
    }

    /** @return the challenge both parts belong to */
    public ChallengeId challengeId() {
        return key.challengeId();
    }
}
