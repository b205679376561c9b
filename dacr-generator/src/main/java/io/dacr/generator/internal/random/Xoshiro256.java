package io.dacr.generator.internal.random;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The one PRNG of generation: xoshiro256** (Blackman and Vigna, 2018), specified here so that any
 * implementation can reproduce DACR's output bit for bit.
 *
 * <p>State: four 64-bit words s0..s3, never all zero. Step (all arithmetic modulo 2^64):
 * <pre>
 * result = rotl(s1 * 5, 7) * 9
 * t = s1 &lt;&lt; 17
 * s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 45)
 * </pre>
 * Derived draws, each documented because it fixes the output:
 * <ul>
 *   <li>{@link #nextLong(long) nextLong(bound)}: rejection sampling on the high 63 bits
 *       ({@code r = next() >>> 1}; accept when {@code r - r % bound + (bound - 1) >= 0} as signed 64-bit,
 *       i.e. r is not in the final partial block), result {@code r % bound}. Unbiased.</li>
 *   <li>{@link #nextInt(int)}: {@code (int) nextLong(bound)}.</li>
 *   <li>{@link #chance(int, int) chance(k, n)}: {@code nextLong(n) < k}.</li>
 *   <li>{@link #decimal(BigDecimal, BigDecimal, int) decimal(min, max, scale)}: an integer u uniform in
 *       [min·10^scale, max·10^scale] (both ends included) by {@code nextLong(span + 1)}, returned as
 *       u·10^-scale.</li>
 *   <li>{@link #pick(List)}: {@code list.get(nextInt(size))}; {@link #pick(Object[])} the same on an
 *       array.</li>
 *   <li>{@link #shuffle(List)}: Fisher–Yates from the last index down: for i = size−1 … 1, swap i with
 *       {@code nextInt(i + 1)}.</li>
 * </ul>
 * Not thread-safe: each generation stage owns its own stream.
 */
public final class Xoshiro256 {

    /** Bounds below this use a precomputed reciprocal instead of a division (same result). */
    private static final int SMALL_BOUND = 256;
    /**
     * {@code RECIPROCAL[b] = ceil(2^64 / b)} for every bound below {@link #SMALL_BOUND} that is not a
     * power of two (0 otherwise). For {@code 0 <= r < 2^63}, {@code q = floor(r * RECIPROCAL[b] / 2^64)} is
     * {@code r / b} or one more, since the reciprocal overshoots {@code 2^64 / b} by less than 1 and
     * {@code r / 2^64 < 1/2}; one correction step then gives {@code r % b} exactly.
     */
    private static final long[] RECIPROCAL = reciprocals();

    private long s0;
    private long s1;
    private long s2;
    private long s3;

    /**
     * @param s0 state word 0
     * @param s1 state word 1
     * @param s2 state word 2
     * @param s3 state word 3
     * @throws IllegalArgumentException if all four words are zero (the generator would emit only zeros)
     */
    public Xoshiro256(long s0, long s1, long s2, long s3) {
        if ((s0 | s1 | s2 | s3) == 0) {
            throw new IllegalArgumentException("xoshiro256** state must not be all zero");
        }
        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }

    /**
     * Seeds from 32 bytes, read as four big-endian 64-bit words. An all-zero seed (probability 2^-256
     * for a hash output) is replaced by the state {0x9e3779b97f4a7c15, 0xbf58476d1ce4e5b9,
     * 0x94d049bb133111eb, 1} (SplitMix64's constants), so the call never fails on hash output.
     *
     * @param seed exactly 32 bytes
     * @return the generator
     */
    public static Xoshiro256 fromSeed(byte[] seed) {
        if (seed.length != 32) {
            throw new IllegalArgumentException("a xoshiro256** seed has 32 bytes, this one has " + seed.length);
        }
        long[] w = new long[4];
        for (int i = 0; i < 4; i++) {
            long v = 0;
            for (int b = 0; b < 8; b++) {
                v = (v << 8) | (seed[i * 8 + b] & 0xFFL);
            }
            w[i] = v;
        }
        if ((w[0] | w[1] | w[2] | w[3]) == 0) {
            return new Xoshiro256(0x9e3779b97f4a7c15L, 0xbf58476d1ce4e5b9L, 0x94d049bb133111ebL, 1L);
        }
        return new Xoshiro256(w[0], w[1], w[2], w[3]);
    }

    /** @return the next 64 random bits */
    public long next() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /**
     * @param bound exclusive upper bound, positive
     * @return a uniform value in [0, bound)
     */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        if ((bound & (bound - 1)) == 0) {
            // r % 2^k is r's low bits, and no draw is rejected (2^63 is a multiple of 2^k): the same
            // value the loop below returns, without a division (chance(1, 2) is the commonest draw).
            return (next() >>> 1) & (bound - 1);
        }
        if (bound < SMALL_BOUND) {
            // The same rejection loop with r % bound computed by multiplication (a division costs tens of
            // cycles, and most bounds are list sizes and small denominators).
            while (true) {
                long r = next() >>> 1;
                long value = smallRemainder(r, bound);
                if (r - value + (bound - 1) >= 0) {
                    return value;
                }
            }
        }
        while (true) {
            long r = next() >>> 1;
            long value = r % bound;
            if (r - value + (bound - 1) >= 0) {
                return value;
            }
        }
    }

    /**
     * @param r a value in [0, 2^63)
     * @param bound a bound below {@link #SMALL_BOUND} that is not a power of two
     * @return {@code r % bound}, by multiplication
     */
    static long smallRemainder(long r, long bound) {
        long value = r - Math.multiplyHigh(r, RECIPROCAL[(int) bound]) * bound;
        return value < 0 ? value + bound : value;
    }

    private static long[] reciprocals() {
        long[] table = new long[SMALL_BOUND];
        for (int b = 3; b < SMALL_BOUND; b++) {
            if ((b & (b - 1)) != 0) {
                // floor((2^64 - 1) / b) + 1 = ceil(2^64 / b) when b is not a power of two; below 2^63 for b >= 3.
                table[b] = Long.divideUnsigned(-1L, b) + 1;
            }
        }
        return table;
    }

    /**
     * @param bound exclusive upper bound, positive
     * @return a uniform value in [0, bound)
     */
    public int nextInt(int bound) {
        return (int) nextLong(bound);
    }

    /**
     * @param min smallest value
     * @param max largest value, at least {@code min}
     * @return a uniform value in [min, max]
     */
    public int between(int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException("max " + max + " < min " + min);
        }
        return min + (int) nextLong((long) max - min + 1);
    }

    /**
     * @param numerator k
     * @param denominator n, positive
     * @return true with probability k/n
     */
    public boolean chance(int numerator, int denominator) {
        return nextLong(denominator) < numerator;
    }

    /**
     * @param min smallest value
     * @param max largest value
     * @param scale digits after the decimal point
     * @return a uniform multiple of 10^-scale in [min, max]
     */
    public BigDecimal decimal(BigDecimal min, BigDecimal max, int scale) {
        BigInteger lo = min.movePointRight(scale).setScale(0, java.math.RoundingMode.CEILING).toBigIntegerExact();
        BigInteger hi = max.movePointRight(scale).setScale(0, java.math.RoundingMode.FLOOR).toBigIntegerExact();
        BigInteger span = hi.subtract(lo);
        if (span.signum() < 0) {
            throw new IllegalArgumentException("no multiple of 10^-" + scale + " between " + min + " and " + max);
        }
        if (span.bitLength() > 62) {
            throw new IllegalArgumentException("range too wide for scale " + scale + ": " + min + " to " + max);
        }
        long u = nextLong(span.longValueExact() + 1);
        return new BigDecimal(lo.add(BigInteger.valueOf(u)), scale);
    }

    /**
     * @param list a non-empty list
     * @param <T> element type
     * @return a uniformly chosen element
     */
    public <T> T pick(List<T> list) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("cannot pick from an empty list");
        }
        return list.get(nextInt(list.size()));
    }

    /**
     * The same draw as {@link #pick(List)} on a list of the same elements.
     *
     * @param array a non-empty array
     * @param <T> element type
     * @return a uniformly chosen element
     */
    public <T> T pick(T[] array) {
        if (array.length == 0) {
            throw new IllegalArgumentException("cannot pick from an empty list");
        }
        return array[nextInt(array.length)];
    }

    /**
     * Shuffles in place (Fisher–Yates, documented order).
     *
     * @param list a mutable list
     * @param <T> element type
     */
    public <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }
}
