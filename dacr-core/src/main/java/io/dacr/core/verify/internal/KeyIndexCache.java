package io.dacr.core.verify.internal;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.core.verify.policy.PassRule;
import io.dacr.core.verify.policy.VerificationLimits;

/**
 * The last few key indexes a verifier built (for its limits and pass rule), found by the identity of the challenge and key objects
 * (records compare by value, which would cost as much as indexing). Bounded: a small ring, replaced
 * oldest first. Thread-safe: slots hold immutable indexes and are read and written atomically.
 */
public final class KeyIndexCache {

    private static final int SLOTS = 16;

    private final VerificationLimits limits;
    private final PassRule passRule;
    private final KeyIndex[] slots = new KeyIndex[SLOTS];
    private int next;

    /**
     * @param limits the caps of the verifier that owns this cache
     * @param passRule its pass rule
     */
    public KeyIndexCache(VerificationLimits limits, PassRule passRule) {
        this.limits = limits;
        this.passRule = passRule;
    }

    /**
     * @param challenge a challenge
     * @param key its answer key
     * @return its index, built now or earlier
     * @throws IllegalArgumentException if the key does not belong to the challenge
     */
    public KeyIndex get(Challenge challenge, AnswerKey key) {
        synchronized (slots) {
            for (KeyIndex index : slots) {
                if (index != null && index.isFor(challenge, key)) {
                    return index;
                }
            }
        }
        KeyIndex built = new KeyIndex(challenge, key, limits, passRule);
        synchronized (slots) {
            slots[next] = built;
            next = (next + 1) % SLOTS;
        }
        return built;
    }
}
