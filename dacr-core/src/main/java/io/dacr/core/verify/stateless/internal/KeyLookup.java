package io.dacr.core.verify.stateless.internal;

import io.dacr.api.AnswerKey;

/**
 * What looking up the answer key of a challenge id gave: the key, or why there is none.
 *
 * @param key the regenerated key, or null if refused
 * @param refusal why the id has no key (forged, another generator version, unknown spec), or null if
 *     {@code key} is set
 */
public record KeyLookup(AnswerKey key, String refusal) {

    /** Requires exactly one of the two. */
    public KeyLookup {
        if ((key == null) == (refusal == null)) {
            throw new IllegalArgumentException("a key lookup has either a key or a refusal");
        }
    }

    /**
     * @param key the regenerated key
     * @return a lookup that found {@code key}
     */
    public static KeyLookup found(AnswerKey key) {
        return new KeyLookup(key, null);
    }

    /**
     * @param reason why the id has no key
     * @return a refused lookup
     */
    public static KeyLookup refused(String reason) {
        return new KeyLookup(null, reason);
    }
}
