package io.dacr.core.bench.internal;

/**
 * DACR's resampling generator: SplitMix64 (Steele, Lea and Flood, 2014), as specified by its reference
 * code. The state advances by 0x9E3779B97F4A7C15 per draw; each output is the state mixed by
 * {@code z = (z ^ z>>>30) * 0xBF58476D1CE4E5B9; z = (z ^ z>>>27) * 0x94D049BB133111EB; z ^ z>>>31}.
 * Bounded draws use the top 31 bits with rejection, so they are unbiased. Same seed, same draws, on
 * every JVM; nothing here reads {@code java.util.Random}.
 */
public final class SplitMix64 {

    private long state;

    /** @param seed the seed */
    public SplitMix64(long seed) {
        this.state = seed;
    }

    /** @return the next 64 bits */
    public long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * @param bound the exclusive upper bound, positive
     * @return a uniform draw from [0, bound)
     * @throws IllegalArgumentException if {@code bound} is not positive
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        while (true) {
            int bits = (int) (nextLong() >>> 33);
            int value = bits % bound;
            // Reject the last, partial run of [0, 2^31) so every value is equally likely.
            if (bits - value + (bound - 1) >= 0) {
                return value;
            }
        }
    }
}
