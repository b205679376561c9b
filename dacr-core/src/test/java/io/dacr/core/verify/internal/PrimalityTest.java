package io.dacr.core.verify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The primality test behind {@code next_prime}: its shortcuts (no factor up to 37 below 41², Miller–Rabin
 * in longs below 2^31) decide exactly what the all-{@code BigInteger} test ({@link ReferenceComputeOps})
 * decides.
 */
class PrimalityTest {

    @Test
    void everyNumberBelowTwoHundredThousandIsDecidedAsTheReferenceDecidesIt() {
        for (long n = -2; n < 200_000; n++) {
            assertEquals(ReferenceComputeOps.isPrime(n), ComputeOps.isPrime(n), "n = " + n);
        }
    }

    @Test
    void strongPseudoprimesToSmallBasesAreComposite() {
        // Strong pseudoprimes to bases 2; 2, 3; 2, 3, 5; 2, 3, 5, 7 (the last beyond the long path).
        for (long n : new long[] {2047, 1_373_653, 25_326_001, 3_215_031_751L, 2_152_302_898_747L}) {
            assertFalse(ComputeOps.isPrime(n), "n = " + n);
        }
    }

    @Test
    void primesAroundTheEdgesOfTheShortcutsArePrime() {
        for (long n : new long[] {1_601, 1_607, 1_609, 2_147_483_647L, 2_147_483_659L, 999_999_999_999_989L}) {
            assertTrue(ComputeOps.isPrime(n), "n = " + n);
        }
    }

    @Property(tries = 2000)
    void numbersUpToTheLongPathEdgeAreDecidedAsTheReferenceDecidesThem(
            @ForAll @LongRange(min = 1_000, max = 1L << 32) long n) {
        assertEquals(ReferenceComputeOps.isPrime(n), ComputeOps.isPrime(n), "n = " + n);
    }

    @Property(tries = 500)
    void numbersBeyondItAreDecidedAsTheReferenceDecidesThem(
            @ForAll @LongRange(min = 1L << 31, max = 999_999_999_999_999L) long n) {
        assertEquals(ReferenceComputeOps.isPrime(n), ComputeOps.isPrime(n), "n = " + n);
    }
}
