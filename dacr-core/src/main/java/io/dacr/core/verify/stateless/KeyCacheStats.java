package io.dacr.core.verify.stateless;

import io.dacr.api.internal.Checks;

/**
 * A snapshot of the answer-key cache of a {@link StatelessVerifier}: how well it serves, and how full
 * it is. Our own record so that the cache library's types stay out of the API.
 *
 * @param hits lookups answered from the cache
 * @param misses lookups of authentic ids that rebuilt the key
 * @param evictions keys dropped to respect the size bound
 * @param size keys held now
 * @param maximumSize the most keys held at once
 * @param indexBuilds times the verifier indexed a key: once per miss, and again only when a submission
 *     came with a challenge whose questions, constraints, trace rules or paragraph count differ from
 *     those the cached index was built for (a warm verification of the same challenge indexes nothing)
 */
public record KeyCacheStats(long hits, long misses, long evictions, long size, long maximumSize, long indexBuilds) {

    /** Requires non-negative counts and a size within the bound. */
    public KeyCacheStats {
        Checks.nonNegative(hits, "hits");
        Checks.nonNegative(misses, "misses");
        Checks.nonNegative(evictions, "evictions");
        Checks.nonNegative(size, "size");
        Checks.nonNegative(indexBuilds, "indexBuilds");
        Checks.requireArgument(size <= maximumSize, "size %d exceeds maximumSize %d", size, maximumSize);
    }

    /** @return hits divided by lookups, or 1 when there were none (as Caffeine reports it) */
    public double hitRate() {
        long lookups = hits + misses;
        return lookups == 0 ? 1.0 : (double) hits / lookups;
    }
}
