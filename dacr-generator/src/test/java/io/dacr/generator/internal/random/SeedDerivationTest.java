package io.dacr.generator.internal.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dacr.api.ChallengeId;
import io.dacr.api.Secret;
import org.junit.jupiter.api.Test;

class SeedDerivationTest {

    private static final Secret SECRET = Secret.ofUtf8("dacr-test-secret-0123456789");

    private static ChallengeId id(String domain, String namespace, long index) {
        return new ChallengeId(1, 1, domain, "0123456789abcdef", namespace, index, "0".repeat(32));
    }

    @Test
    void followsTheDocumentedDerivation() {
        // Computed independently (Python hmac + a reference xoshiro256**) from the javadoc's definition.
        Xoshiro256 world = SeedDerivation.forItem(SECRET, id("corporate-finance", "epoch-7", 42)).stream("world", 0);
        assertEquals(-6961173592627407721L, world.next());
        assertEquals(-3127816198562868905L, world.next());
        assertEquals(-1019638786697241604L, world.next());
    }

    @Test
    void theMacIsNotPartOfTheSeed() {
        ChallengeId a = id("corporate-finance", "epoch-7", 42);
        ChallengeId b = new ChallengeId(1, 1, "corporate-finance", "0123456789abcdef", "epoch-7", 42, "f".repeat(32));
        assertEquals(SeedDerivation.forItem(SECRET, a).stream("world", 0).next(),
                SeedDerivation.forItem(SECRET, b).stream("world", 0).next());
    }

    @Test
    void adjacentIndicesAreUnrelatedRatherThanShifted() {
        Xoshiro256 first = SeedDerivation.forItem(SECRET, id("corporate-finance", "epoch-7", 1)).stream("world", 0);
        Xoshiro256 second = SeedDerivation.forItem(SECRET, id("corporate-finance", "epoch-7", 2)).stream("world", 0);
        long a1 = first.next();
        long a2 = first.next();
        long b1 = second.next();
        assertNotEquals(a1, b1);
        assertNotEquals(a2, b1);
    }

    @Test
    void everyComponentOfTheIdAndTheSecretChangesTheSeed() {
        long base = SeedDerivation.forItem(SECRET, id("corporate-finance", "epoch-7", 42)).stream("world", 0).next();
        assertNotEquals(base, SeedDerivation.forItem(SECRET, id("insurance-law", "epoch-7", 42)).stream("world", 0).next());
        assertNotEquals(base, SeedDerivation.forItem(SECRET, id("corporate-finance", "epoch-8", 42)).stream("world", 0).next());
        assertNotEquals(base, SeedDerivation.forItem(SECRET, id("corporate-finance", "epoch-7", 43)).stream("world", 0).next());
        assertNotEquals(base, SeedDerivation.forItem(Secret.ofUtf8("another-secret-0123456789"),
                id("corporate-finance", "epoch-7", 42)).stream("world", 0).next());
    }

    @Test
    void stagesAndDrawsHaveIndependentStreams() {
        SeedDerivation seeds = SeedDerivation.forItem(SECRET, id("corporate-finance", "epoch-7", 42));
        long world = seeds.stream("world", 0).next();
        assertNotEquals(world, seeds.stream("prose", 0).next());
        assertNotEquals(world, seeds.stream("world", 1).next());
        assertEquals(world, seeds.stream("world", 0).next());
    }

    @Test
    void refusesAmbiguousStageNames() {
        SeedDerivation seeds = SeedDerivation.forItem(SECRET, id("corporate-finance", "epoch-7", 42));
        assertThrows(IllegalArgumentException.class, () -> seeds.stream("world\n0", 0));
        assertThrows(IllegalArgumentException.class, () -> seeds.stream("", 0));
        assertThrows(IllegalArgumentException.class, () -> seeds.stream("world", -1));
    }
}
