package io.dacr.cli.internal.run;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The pseudo-random numbers of the simulated miners: SplitMix64 (Steele, Lea and Flood, 2014), seeded
 * from SHA-256 of a text naming what is drawn for (challenge id and miner), so every draw is the same on
 * every run, resume or JVM, and two miners or two challenges never share a stream. Not for secrets.
 */
public final class SplitMix64 {

    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    /** @param seed the initial state */
    public SplitMix64(long seed) {
        this.state = seed;
    }

    /**
     * @param label what the stream is for, e.g. {@code challenge-id|miner-id}
     * @return a stream seeded with the first 8 bytes (big-endian) of SHA-256 of the label's UTF-8 bytes
     */
    public static SplitMix64 forLabel(String label) {
        byte[] digest = sha256(label.getBytes(StandardCharsets.UTF_8));
        long seed = 0;
        for (int i = 0; i < 8; i++) {
            seed = (seed << 8) | (digest[i] & 0xFF);
        }
        return new SplitMix64(seed);
    }

    /** @return the next 64 pseudo-random bits */
    public long nextLong() {
        long z = (state += GAMMA);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * @param bound the exclusive upper bound, positive
     * @return a number in [0, bound), by rejection so every value is equally likely
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        // 63 bits, rejecting the top partial block (as java.util.Random.nextLong(bound) does).
        long r;
        long m;
        do {
            r = nextLong() >>> 1;
            m = r % bound;
        } while (r - m + (bound - 1) < 0);
        return (int) m;
    }

    /**
     * A Bernoulli draw in exact arithmetic: true with probability {@code p}, compared on 1,000,000ths
     * (no binary floating point).
     *
     * @param p the probability, in [0, 1]
     * @return true with probability p
     */
    public boolean chance(BigDecimal p) {
        long millionths = p.movePointRight(6).longValue();
        return nextInt(1_000_000) < millionths;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
