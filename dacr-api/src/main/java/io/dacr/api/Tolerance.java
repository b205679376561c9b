package io.dacr.api;

import io.dacr.api.internal.Checks;
import java.math.BigDecimal;

/**
 * How far a numeric answer may be from the gold value and still be correct. Exact decimal arithmetic:
 * no binary floating point.
 *
 * @param kind absolute (in the answer's unit) or relative (a fraction of the gold value)
 * @param amount the allowed difference, not negative; {@code 0} means exact; stored without trailing
 *     zeros (0.50 becomes 0.5)
 */
public record Tolerance(Kind kind, BigDecimal amount) {

    /** Absolute or relative. */
    public enum Kind {
        /** |answer − gold| ≤ amount. */
        ABSOLUTE,
        /** |answer − gold| ≤ amount × |gold|. */
        RELATIVE
    }

    /** Validates that the amount is not negative. */
    public Tolerance {
        Checks.notNull(kind, "kind");
        Checks.notNull(amount, "amount");
        Checks.requireArgument(amount.signum() >= 0, "tolerance amount must not be negative, was %s", amount.toPlainString());
        // One representation per value, so equal tolerances are equal records and hash alike.
        amount = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
    }

    /**
     * @param amount the allowed absolute difference, e.g. {@code "0.5"}
     * @return an absolute tolerance
     */
    public static Tolerance absolute(String amount) {
        return new Tolerance(Kind.ABSOLUTE, new BigDecimal(amount));
    }

    /**
     * @param amount the allowed relative difference, e.g. {@code "0.01"} for 1%
     * @return a relative tolerance
     */
    public static Tolerance relative(String amount) {
        return new Tolerance(Kind.RELATIVE, new BigDecimal(amount));
    }

    /**
     * @param gold the gold value
     * @param answer the value given
     * @return true if {@code answer} is within this tolerance of {@code gold}
     */
    public boolean accepts(BigDecimal gold, BigDecimal answer) {
        Checks.notNull(gold, "gold");
        Checks.notNull(answer, "answer");
        BigDecimal difference = answer.subtract(gold).abs();
        BigDecimal allowed = kind == Kind.ABSOLUTE ? amount : amount.multiply(gold.abs());
        return difference.compareTo(allowed) <= 0;
    }
}
