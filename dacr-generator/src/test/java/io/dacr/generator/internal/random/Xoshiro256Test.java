package io.dacr.generator.internal.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class Xoshiro256Test {

    @Test
    void matchesTheReferenceOutputOfXoshiro256StarStar() {
        // Reference values of xoshiro256** for state {1, 2, 3, 4}, computed independently.
        Xoshiro256 random = new Xoshiro256(1, 2, 3, 4);
        long[] expected = {11520L, 0L, 1509978240L, 1215971899390074240L, 1216172134540287360L, 607988272756665600L};
        long[] actual = new long[expected.length];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = random.next();
        }
        assertArrayEquals(expected, actual);
    }

    @Test
    void refusesAnAllZeroState() {
        assertThrows(IllegalArgumentException.class, () -> new Xoshiro256(0, 0, 0, 0));
    }

    @Test
    void seedsFromBigEndianWords() {
        byte[] seed = new byte[32];
        seed[7] = 1;
        seed[15] = 2;
        seed[23] = 3;
        seed[31] = 4;
        assertEquals(new Xoshiro256(1, 2, 3, 4).next(), Xoshiro256.fromSeed(seed).next());
    }

    @Test
    void anAllZeroSeedStillGivesAWorkingGenerator() {
        Xoshiro256 random = Xoshiro256.fromSeed(new byte[32]);
        assertNotEquals(random.next(), random.next());
    }

    @Property
    void nextLongStaysBelowItsBound(@ForAll long seed, @ForAll @LongRange(min = 1) long bound) {
        Xoshiro256 random = new Xoshiro256(seed, ~seed, 7, 11);
        for (int i = 0; i < 20; i++) {
            long v = random.nextLong(bound);
            assertTrue(v >= 0 && v < bound, () -> v + " not in [0, " + bound + ")");
        }
    }

    @Property
    void aSmallBoundDrawsWhatTheDivisionDraws(@ForAll long seed, @ForAll @LongRange(min = 1, max = 300) long bound) {
        Xoshiro256 fast = new Xoshiro256(seed, ~seed, 19, 23);
        Xoshiro256 bits = new Xoshiro256(seed, ~seed, 19, 23);
        for (int i = 0; i < 50; i++) {
            assertEquals(documentedNextLong(bits, bound), fast.nextLong(bound));
        }
    }

    @Test
    void theReciprocalRemainderIsExactAtTheEdgesOfTheRange() {
        // Zero, the first blocks, the last full block and the largest 63-bit values, for every bound it serves.
        for (long bound = 3; bound < 256; bound++) {
            if ((bound & (bound - 1)) == 0) {
                continue;
            }
            long top = Long.MAX_VALUE / bound * bound;
            for (long r : new long[] {0, 1, bound - 1, bound, bound + 1, top - 1, top, top + 1, Long.MAX_VALUE - 1,
                    Long.MAX_VALUE}) {
                // top + 1 overflows when the range is a whole number of blocks; r is never negative.
                if (r >= 0) {
                    assertEquals(r % bound, Xoshiro256.smallRemainder(r, bound), r + " % " + bound);
                }
            }
        }
    }

    @Property
    void theReciprocalRemainderIsExact(@ForAll @LongRange(min = 0) long r, @ForAll @IntRange(min = 3, max = 255) int bound) {
        if ((bound & (bound - 1)) != 0) {
            assertEquals(r % bound, Xoshiro256.smallRemainder(r, bound));
        }
    }

    @Test
    void pickingFromAnArrayDrawsWhatPickingFromAListDraws() {
        String[] array = {"a", "b", "c", "d", "e", "f", "g"};
        Xoshiro256 fromArray = new Xoshiro256(5, 6, 7, 8);
        Xoshiro256 fromList = new Xoshiro256(5, 6, 7, 8);
        for (int i = 0; i < 200; i++) {
            assertEquals(fromList.pick(List.of(array)), fromArray.pick(array));
        }
        assertThrows(IllegalArgumentException.class, () -> fromArray.pick(new String[0]));
    }

    /** nextLong as the class javadoc specifies it: r = next() >>> 1, r % bound, the biased tail rejected. */
    private static long documentedNextLong(Xoshiro256 bits, long bound) {
        while (true) {
            long r = bits.next() >>> 1;
            long value = r % bound;
            if (r - value + (bound - 1) >= 0) {
                return value;
            }
        }
    }

    @Property
    void aPowerOfTwoBoundDrawsWhatTheRejectionLoopDraws(@ForAll long seed, @ForAll @IntRange(min = 0, max = 62) int k) {
        long bound = 1L << k;
        Xoshiro256 fast = new Xoshiro256(seed, ~seed, 13, 17);
        Xoshiro256 bits = new Xoshiro256(seed, ~seed, 13, 17);
        for (int i = 0; i < 20; i++) {
            // The documented general algorithm, spelled out: r % bound, rejecting the biased tail.
            long expected;
            while (true) {
                long r = bits.next() >>> 1;
                long value = r % bound;
                if (r - value + (bound - 1) >= 0) {
                    expected = value;
                    break;
                }
            }
            assertEquals(expected, fast.nextLong(bound));
        }
        assertEquals(bits.next(), fast.next(), "the same number of draws consumed");
    }

    @Property
    void betweenIncludesBothEnds(@ForAll long seed, @ForAll @IntRange(min = -50, max = 50) int min,
                                 @ForAll @IntRange(min = 0, max = 5) int width) {
        Xoshiro256 random = new Xoshiro256(seed, 3, ~seed, 5);
        boolean sawMin = false;
        boolean sawMax = false;
        for (int i = 0; i < 400; i++) {
            int v = random.between(min, min + width);
            assertTrue(v >= min && v <= min + width);
            sawMin |= v == min;
            sawMax |= v == min + width;
        }
        assertTrue(sawMin && sawMax);
    }

    @Test
    void smallBoundsAreRoughlyUniform() {
        Xoshiro256 random = new Xoshiro256(42, 43, 44, 45);
        int[] counts = new int[6];
        for (int i = 0; i < 60_000; i++) {
            counts[random.nextInt(6)]++;
        }
        for (int c : counts) {
            assertTrue(c > 9_400 && c < 10_600, () -> "bucket count " + c + " far from 10000");
        }
    }

    @Property
    void decimalsHaveTheRequestedScaleAndRange(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int scale) {
        Xoshiro256 random = new Xoshiro256(seed, 1, 2, ~seed);
        BigDecimal min = new BigDecimal("-12.5");
        BigDecimal max = new BigDecimal("830.25");
        for (int i = 0; i < 20; i++) {
            BigDecimal v = random.decimal(min, max, scale);
            assertEquals(scale, v.scale());
            assertTrue(v.compareTo(min) >= 0 && v.compareTo(max) <= 0, v::toPlainString);
        }
    }

    @Test
    void decimalRefusesARangeWithoutAMultipleOfTheStep() {
        Xoshiro256 random = new Xoshiro256(1, 2, 3, 4);
        assertThrows(IllegalArgumentException.class,
                () -> random.decimal(new BigDecimal("0.1"), new BigDecimal("0.9"), 0));
    }

    @Property
    void shuffleIsAPermutation(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int size) {
        List<Integer> list = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        new Xoshiro256(seed, 9, 8, 7).shuffle(list);
        assertEquals(IntStream.range(0, size).boxed().toList(), list.stream().sorted().toList());
    }

    @Test
    void sameStateGivesTheSameShuffle() {
        List<Integer> a = new ArrayList<>(IntStream.range(0, 30).boxed().toList());
        List<Integer> b = new ArrayList<>(a);
        new Xoshiro256(5, 6, 7, 8).shuffle(a);
        new Xoshiro256(5, 6, 7, 8).shuffle(b);
        assertEquals(a, b);
    }

    @Test
    void pickRefusesAnEmptyList() {
        assertThrows(IllegalArgumentException.class, () -> new Xoshiro256(1, 2, 3, 4).pick(List.of()));
    }
}
