package io.dacr.core.miner;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.internal.Checks;

/**
 * One challenge to mine, with the answer key its session grades against. The model sees only the
 * challenge.
 *
 * @param challenge the public challenge
 * @param key its answer key
 */
public record MiningTask(Challenge challenge, AnswerKey key) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a component is null or the key belongs to another challenge
     */
    public MiningTask {
        Checks.notNull(challenge, "challenge");
        Checks.notNull(key, "key");
        Checks.requireArgument(key.challengeId().equals(challenge.id()),
                "the answer key is for %s, not %s", key.challengeId(), challenge.id());
    }

    /**
     * @param generated a generated challenge
     * @return the task of mining it
     */
    public static MiningTask of(GeneratedChallenge generated) {
        Checks.notNull(generated, "generated");
        return new MiningTask(generated.challenge(), generated.key());
    }
}
