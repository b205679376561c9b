package io.dacr.api;

import io.dacr.api.internal.Checks;

/**
 * A generated challenge with its key and the oracle submission built from the key, which proves the
 * challenge solvable and its constraints satisfiable.
 *
 * @param challenge the public part
 * @param key the secret part
 * @param oracle a submission that passes
 */
public record GeneratedChallenge(Challenge challenge, AnswerKey key, Submission oracle) {

    /** Requires the three parts to belong together. */
    public GeneratedChallenge {
        Checks.notNull(challenge, "challenge");
        Checks.notNull(key, "key");
        Checks.notNull(oracle, "oracle");
        Checks.requireArgument(challenge.id().equals(key.challengeId()), "the key belongs to %s, not %s",
                key.challengeId(), challenge.id());
        Checks.requireArgument(challenge.id().toString().equals(oracle.challengeId()),
                "the oracle submission answers %s, not %s", oracle.challengeId(), challenge.id());
    }
}
