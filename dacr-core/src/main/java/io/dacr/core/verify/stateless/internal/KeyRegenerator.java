package io.dacr.core.verify.stateless.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.dacr.api.ChallengeGenerator;
import io.dacr.api.ChallengeId;
import io.dacr.api.DacrException;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.api.internal.Checks;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds answer keys from challenge ids through the generator's key-only path, with a bounded
 * Caffeine cache in front; each entry also holds the verifier's index of its key
 * ({@link RegeneratedKey}), so a cached key is not indexed again. An id is checked (generator version, MAC, spec hash) before the cache is
 * consulted, so a refused id never counts as a hit or a miss and never occupies an entry; the cache is
 * keyed by the whole id, MAC included, so only authentic ids are ever stored. Thread-safe.
 */
public final class KeyRegenerator {

    private final ChallengeGenerator generator;
    private final Secret secret;
    private final Map<String, GenerationSpec> specsByHash;
    private final Cache<ChallengeId, RegeneratedKey> keys;

    /**
     * @param generator rebuilds keys; its version must be the one ids name
     * @param secret the secret ids were issued under
     * @param specs the generation specs accepted, found by the first 16 hex digits of their hash
     * @param maximumSize the most keys kept, at least 1
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code specs} is empty, two specs share a spec hash, or
     *     {@code maximumSize} is below 1
     */
    public KeyRegenerator(ChallengeGenerator generator, Secret secret, Collection<GenerationSpec> specs,
                          long maximumSize) {
        this.generator = Checks.notNull(generator, "generator");
        this.secret = Checks.notNull(secret, "secret");
        Checks.notNull(specs, "specs");
        Checks.requireArgument(!specs.isEmpty(), "at least one generation spec must be accepted");
        Checks.requireArgument(maximumSize >= 1, "maximumSize must be at least 1, was %d", maximumSize);
        Map<String, GenerationSpec> bySpecHash = new TreeMap<>();
        for (GenerationSpec spec : specs) {
            Checks.notNull(spec, "specs[]");
            GenerationSpec earlier = bySpecHash.put(spec.hash().substring(0, 16), spec);
            Checks.requireArgument(earlier == null || earlier.equals(spec),
                    "specs %s and %s share a spec hash", earlier, spec);
        }
        this.specsByHash = Map.copyOf(bySpecHash);
        // Maintenance (eviction) runs on the calling thread: the bound holds when a call returns, and
        // no background thread is started on the caller's behalf.
        this.keys = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    /**
     * Finds the answer key of an id: from the cache, or rebuilt and cached. Never throws for a hostile
     * id: a forged MAC, another generator version or a spec hash not accepted is a refusal.
     *
     * @param id the challenge id
     * @return the key, or the reason there is none
     * @throws NullPointerException if {@code id} is null
     */
    public KeyLookup lookup(ChallengeId id) {
        Checks.notNull(id, "id");
        if (id.generatorVersion() != generator.version()) {
            return KeyLookup.refused("challenge " + id + " names generator version " + id.generatorVersion()
                    + ", this verifier regenerates version " + generator.version());
        }
        if (!id.isAuthentic(secret)) {
            return KeyLookup.refused("challenge id " + id + " is not authentic under the verifier's secret");
        }
        GenerationSpec spec = specsByHash.get(id.specHash());
        if (spec == null) {
            return KeyLookup.refused("challenge " + id + " names spec hash " + id.specHash()
                    + ", which this verifier does not accept");
        }
        try {
            return KeyLookup.found(keys.get(id, authentic -> new RegeneratedKey(generator.answerKey(authentic, spec, secret))));
        } catch (DacrException e) {
            // Not cached: Caffeine stores nothing when the loader throws.
            return KeyLookup.refused("the answer key of challenge " + id + " cannot be rebuilt: " + e.getMessage());
        }
    }

    /** @return lookups answered from the cache */
    public long hits() {
        return keys.stats().hitCount();
    }

    /** @return lookups of authentic ids that had to rebuild the key */
    public long misses() {
        return keys.stats().missCount();
    }

    /** @return keys dropped to respect the size bound */
    public long evictions() {
        return keys.stats().evictionCount();
    }

    /** @return the number of keys held now, after pending maintenance */
    public long size() {
        keys.cleanUp();
        return keys.estimatedSize();
    }
}
