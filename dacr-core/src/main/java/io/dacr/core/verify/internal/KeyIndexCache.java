package io.dacr.core.verify.internal;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.core.verify.policy.MatchMode;
import io.dacr.core.verify.policy.PassRule;
import io.dacr.core.verify.policy.VerificationLimits;

/**
 * The last few key indexes a verifier built (for its limits, pass rule and match mode), found by the identity of the challenge and key objects
 * (records compare by value, which would cost as much as indexing). Bounded: a small ring, replaced
 * oldest first. Thread-safe: slots hold immutable entries and are read and written under one lock.
 */
public final class KeyIndexCache {

    private static final int SLOTS = 16;

    /** An index and the objects it was built from. */
    private record Entry(Challenge challenge, AnswerKey key, KeyIndex index) {
    }

    private final VerificationLimits limits;
    private final PassRule passRule;
    private final MatchMode matchMode;
    private final Entry[] slots = new Entry[SLOTS];
    private int next;

    /**
     * @param limits the caps of the verifier that owns this cache
     * @param passRule its pass rule
     * @param matchMode how it matches answers
     */
    public KeyIndexCache(VerificationLimits limits, PassRule passRule, MatchMode matchMode) {
        this.limits = limits;
        this.passRule = passRule;
        this.matchMode = matchMode;
    }

    /**
     * @param challenge a challenge
     * @param key its answer key
     * @return its index, built now or earlier
     * @throws IllegalArgumentException if the key does not belong to the challenge
     */
    public KeyIndex get(Challenge challenge, AnswerKey key) {
        synchronized (slots) {
            for (Entry e : slots) {
                if (e != null && e.challenge() == challenge && e.key() == key) {
                    return e.index();
                }
            }
        }
        KeyIndex built = new KeyIndex(challenge, key, limits, passRule, matchMode);
        synchronized (slots) {
            slots[next] = new Entry(challenge, key, built);
            next = (next + 1) % SLOTS;
        }
        return built;
    }
}
