package io.dacr.core.verify.internal;

import java.math.BigDecimal;

/**
 * The numbers of one {@code compute_logic} step (its inputs, its claimed result, and what the step
 * computes), each held as a signed unscaled long and a scale while it has at most 18 digits, else as a
 * {@link BigDecimal}. Additions, subtractions and comparisons of longs are exact while they do not
 * overflow, which is checked; anything else, or an overflow, takes {@code BigDecimal} arithmetic, so a
 * result is always the exact one. Reused from step to step within one verification, so not thread-safe.
 */
final class Operands {

    /** Decimal digits that always fit in a long. */
    private static final int LONG_DIGITS = 18;
    /** Powers of ten that fit in a long: 10^0 to 10^18. */
    private static final long[] POWERS = new long[19];
    /** {@code BOUNDS[k]} = 10^18 / 10^k: a value below it in magnitude stays below 10^18 times 10^k. */
    private static final long[] BOUNDS = new long[19];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = 10 * POWERS[i - 1];
        }
        for (int i = 0; i < BOUNDS.length; i++) {
            BOUNDS[i] = POWERS[18] / POWERS[i];
        }
    }

    private long[] units = new long[8];
    private int[] scales = new int[8];
    /** A slot's value when it does not fit in a long, else null. */
    private BigDecimal[] bigs = new BigDecimal[8];

    /**
     * @param slots how many numbers the step needs
     */
    void ensure(int slots) {
        if (units.length < slots) {
            int size = Math.max(slots, 2 * units.length);
            units = new long[size];
            scales = new int[size];
            bigs = new BigDecimal[size];
        }
    }

    /**
     * Reads {@code text.trim()} into a slot as {@link Decimals#parse} reads it.
     *
     * @param slot the slot
     * @param text the text of a number
     * @param maxDigits the most digits allowed
     * @param scratch the verification's buffers
     * @return false if the trimmed text is not a plain or grouped decimal
     * @throws CapExceeded if it has more than {@code maxDigits} digits
     */
    boolean read(int slot, String text, int maxDigits, Scratch scratch) {
        if (readPlainDigits(slot, text, maxDigits)) {
            return true;
        }
        ParsedNumber number = scratch.number;
        if (!Decimals.readTrimmed(text, maxDigits, scratch)) {
            return false;
        }
        if (number.big == null) {
            units[slot] = number.negative ? -number.unscaled : number.unscaled;
            scales[slot] = number.scale;
            bigs[slot] = null;
        } else {
            bigs[slot] = number.value();
        }
        return true;
    }

    /**
     * The common case of {@link #read}, read straight from the text: 1 to 18 digits and nothing else,
     * within the digit cap, which {@link Decimals#read} reads as that unscaled value, scale 0, not
     * negative.
     *
     * @return true if {@code text} is such a number, now in the slot; false if not (nothing written)
     */
    private boolean readPlainDigits(int slot, String text, int maxDigits) {
        int n = text.length();
        if (n == 0 || n > LONG_DIGITS || n > maxDigits) {
            return false;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        units[slot] = value;
        scales[slot] = 0;
        bigs[slot] = null;
        return true;
    }

    /**
     * @param slot a slot
     * @return its value, as {@link Decimals#parse} builds it (same unscaled value and scale)
     */
    BigDecimal value(int slot) {
        return bigs[slot] != null ? bigs[slot] : BigDecimal.valueOf(units[slot], scales[slot]);
    }

    /**
     * @param slot a slot
     * @param value the value to put there
     */
    void set(int slot, BigDecimal value) {
        bigs[slot] = value;
    }

    /** Copies the value of slot {@code from} into slot {@code into}. */
    void copy(int into, int from) {
        units[into] = units[from];
        scales[into] = scales[from];
        bigs[into] = bigs[from];
    }

    /** @return the comparison of the values of two slots, as {@link BigDecimal#compareTo} gives it */
    int compare(int a, int b) {
        if (bigs[a] == null && bigs[b] == null) {
            int scale = Math.max(scales[a], scales[b]);
            long x = scaled(units[a], scale - scales[a]);
            long y = scaled(units[b], scale - scales[b]);
            if (x != OVERFLOW && y != OVERFLOW) {
                return Long.compare(x, y);
            }
        }
        return value(a).compareTo(value(b));
    }

    /**
     * Puts {@code a + b} (or {@code a − b}) into slot {@code into}, exactly.
     *
     * @param into the slot of the result (may be {@code a} or {@code b})
     * @param a a slot
     * @param b a slot
     * @param subtract whether to subtract {@code b} rather than add it
     */
    void add(int into, int a, int b, boolean subtract) {
        if (bigs[a] == null && bigs[b] == null) {
            int scale = Math.max(scales[a], scales[b]);
            long x = scaled(units[a], scale - scales[a]);
            long y = scaled(units[b], scale - scales[b]);
            if (x != OVERFLOW && y != OVERFLOW) {
                // Both below 10^18 in magnitude after the check in scaled: the sum cannot overflow.
                units[into] = subtract ? x - y : x + y;
                scales[into] = scale;
                bigs[into] = null;
                return;
            }
        }
        BigDecimal x = value(a);
        BigDecimal y = value(b);
        bigs[into] = subtract ? x.subtract(y) : x.add(y);
    }

    /** Replaces the value of a slot by its absolute value. */
    void abs(int slot) {
        if (bigs[slot] == null) {
            units[slot] = Math.abs(units[slot]); // |unit| < 10^19, so never Long.MIN_VALUE
        } else {
            bigs[slot] = bigs[slot].abs();
        }
    }

    /** Marks a scaled value that does not stay below 10^18 in magnitude. */
    private static final long OVERFLOW = Long.MIN_VALUE;

    /** @return {@code unit × 10^by} if its magnitude is below 10^18, else {@link #OVERFLOW} */
    private static long scaled(long unit, int by) {
        if (by >= POWERS.length) {
            return unit == 0 ? 0 : OVERFLOW;
        }
        long bound = BOUNDS[by];
        if (unit >= bound || unit <= -bound) {
            return OVERFLOW;
        }
        return unit * POWERS[by];
    }
}
