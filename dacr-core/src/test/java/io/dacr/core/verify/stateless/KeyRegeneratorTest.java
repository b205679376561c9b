package io.dacr.core.verify.stateless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.ChallengeId;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.core.verify.stateless.internal.KeyLookup;
import io.dacr.core.verify.stateless.internal.KeyRegenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRegeneratorTest {

    private static final Secret SECRET = Secret.ofUtf8("stateless-test-secret-0123");
    private static final Secret OTHER_SECRET = Secret.ofUtf8("another-secret-entirely-456");
    private static final GenerationSpec STANDARD = GenerationSpec.preset("standard");
    private static final GenerationSpec SMALL = GenerationSpec.preset("small");

    private final CountingGenerator generator = new CountingGenerator();

    private KeyRegenerator regenerator(long maximumSize) {
        return new KeyRegenerator(generator, SECRET, List.of(STANDARD), maximumSize);
    }

    private static ChallengeId id(long index) {
        return ChallengeId.issue(CountingGenerator.VERSION, "airlines", STANDARD, "epoch-1", index, SECRET);
    }

    @Test
    void anAuthenticIdGetsTheKeyTheGeneratorRebuilds() {
        KeyLookup lookup = regenerator(10).lookup(id(3));

        assertNotNull(lookup.key());
        assertEquals(id(3), lookup.key().challengeId());
        assertNull(lookup.refusal());
    }

    @Test
    void theSecondLookupOfAnIdIsAHitThatDoesNotRegenerate() {
        KeyRegenerator keys = regenerator(10);

        KeyLookup first = keys.lookup(id(3));
        KeyLookup second = keys.lookup(id(3));

        assertSame(first.key(), second.key());
        assertEquals(1, generator.keyCalls());
        assertEquals(1, keys.hits());
        assertEquals(1, keys.misses());
    }

    @Test
    void theCacheNeverHoldsMoreKeysThanItsBound() {
        KeyRegenerator keys = regenerator(3);

        for (long i = 0; i < 20; i++) {
            keys.lookup(id(i));
        }

        assertTrue(keys.size() <= 3, "size " + keys.size());
        assertTrue(keys.evictions() >= 17, "evictions " + keys.evictions());
    }

    @Test
    void anIdIssuedUnderAnotherSecretIsRefusedWithoutCallingTheGenerator() {
        KeyRegenerator keys = regenerator(10);
        ChallengeId foreign = ChallengeId.issue(CountingGenerator.VERSION, "airlines", STANDARD, "epoch-1", 3, OTHER_SECRET);

        KeyLookup lookup = keys.lookup(foreign);

        assertNull(lookup.key());
        assertTrue(lookup.refusal().contains("not authentic"), lookup.refusal());
        assertEquals(0, generator.keyCalls());
    }

    @Test
    void anIdWithATamperedIndexIsRefused() {
        ChallengeId real = id(3);
        ChallengeId forged = new ChallengeId(real.formatVersion(), real.generatorVersion(), real.domainId(),
                real.specHash(), real.namespace(), 4, real.mac());

        KeyLookup lookup = regenerator(10).lookup(forged);

        assertTrue(lookup.refusal().contains("not authentic"), lookup.refusal());
    }

    @Test
    void anIdNamingAnotherGeneratorVersionIsRefused() {
        ChallengeId later = ChallengeId.issue(CountingGenerator.VERSION + 1, "airlines", STANDARD, "epoch-1", 3, SECRET);

        KeyLookup lookup = regenerator(10).lookup(later);

        assertTrue(lookup.refusal().contains("generator version 2"), lookup.refusal());
        assertEquals(0, generator.keyCalls());
    }

    @Test
    void anIdNamingASpecNotAcceptedIsRefused() {
        ChallengeId small = ChallengeId.issue(CountingGenerator.VERSION, "airlines", SMALL, "epoch-1", 3, SECRET);

        KeyLookup lookup = regenerator(10).lookup(small);

        assertTrue(lookup.refusal().contains("does not accept"), lookup.refusal());
        assertEquals(0, generator.keyCalls());
    }

    @Test
    void refusedIdsCountAsNeitherHitsNorMisses() {
        KeyRegenerator keys = regenerator(10);

        keys.lookup(ChallengeId.issue(CountingGenerator.VERSION, "airlines", STANDARD, "epoch-1", 3, OTHER_SECRET));

        assertEquals(0, keys.hits());
        assertEquals(0, keys.misses());
        assertEquals(0, keys.size());
    }

    @Test
    void aGeneratorFailureIsARefusalAndIsNotCached() {
        KeyRegenerator keys = regenerator(10);
        ChallengeId broken = ChallengeId.issue(CountingGenerator.VERSION, "airlines", STANDARD, "broken", 3, SECRET);

        KeyLookup first = keys.lookup(broken);
        keys.lookup(broken);

        assertTrue(first.refusal().contains("cannot be rebuilt"), first.refusal());
        assertEquals(2, generator.keyCalls());
        assertEquals(0, keys.size());
    }

    @Test
    void anIdNamingAnyAcceptedSpecGetsAKey() {
        KeyRegenerator keys = new KeyRegenerator(generator, SECRET, List.of(STANDARD, SMALL), 10);
        ChallengeId small = ChallengeId.issue(CountingGenerator.VERSION, "airlines", SMALL, "epoch-1", 3, SECRET);

        assertEquals(SMALL, keys.lookup(small).key().provenance().spec());
    }

    @Test
    void aBoundBelowOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> regenerator(0));
    }

    @Test
    void noAcceptedSpecIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new KeyRegenerator(generator, SECRET, List.of(), 10));
    }
}
