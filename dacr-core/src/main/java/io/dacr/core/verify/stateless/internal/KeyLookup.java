package io.dacr.core.verify.stateless.internal;

import io.dacr.api.AnswerKey;

/**
 * What looking up the answer key of a challenge id gave: the cached entry of the key, or why there is
 * none.
 *
 * @param entry the regenerated key as the cache holds it, or null if refused
 * @param refusal why the id has no key (forged, another generator version, unknown spec), or null if
 *     {@code entry} is set
 */
public record KeyLookup(RegeneratedKey entry, String refusal) {

    /** Requires exactly one of the two. */
    public KeyLookup {
        if ((entry == null) == (refusal == null)) {
            throw new IllegalArgumentException("a key lookup has either a key or a refusal");
        }
    }

    /** @return the regenerated key, or null if refused */
    public AnswerKey key() {
        return entry == null ? null : entry.key();
    }

    /**
     * @param entry the cached entry of the regenerated key
     * @return a lookup that found it
     */
    public static KeyLookup found(RegeneratedKey entry) {
        return new KeyLookup(entry, null);
    }

    /**
     * @param reason why the id has no key
     * @return a refused lookup
     */
    public static KeyLookup refused(String reason) {
        return new KeyLookup(null, reason);
    }
}
