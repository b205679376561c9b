package io.dacr.core.verify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The re-execution of compute steps with its long-arithmetic fast paths ({@link Operands}) gives the
 * outcome the all-{@code BigDecimal} one gave ({@link ReferenceComputeOps}), for every operation, on
 * numbers around the 18-digit edge of a long, with scales that differ, signs, grouping, spaces and
 * text that is no number, and with the digit cap broken by the same steps.
 */
class ComputeOpsEquivalenceTest {

    private static final int MAX_DIGITS = 40;

    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(22);
        return Arbitraries.oneOf(digits, digits.map(d -> "-" + d), digits.flatMap(i -> digits.map(f -> i + "." + f)),
                Arbitraries.of("0", "-0", "0.0", "5", "5.0", "5.00", "999999999999999999", "-999999999999999999",
                        "1000000000000000000", "9223372036854775807", "9223372036854775808", "0.000000000000000000001",
                        "1,664", "1,664,000.5", " 7 ", "\u22123", "+4", "x", "", "1.", "9".repeat(MAX_DIGITS + 1),
                        "true", "12.345678901234567890123"));
    }

    @Provide
    Arbitrary<String> operations() {
        return Arbitraries.of("add", "subtract", "abs_diff", "sum", "multiply", "max", "min", "average", "divide",
                "ratio", "mod", "next_prime", "round", "count", "compare_gt", "compare_lt", "compare_eq", "compare_ne",
                "pow");
    }

    @Property(tries = 2000)
    void everyStepHasTheOutcomeOfBigDecimalArithmetic(@ForAll("operations") String op,
            @ForAll("inputs") List<String> inputs, @ForAll("numbers") String claimed) {
        assertEquals(reference(op, inputs, claimed), current(op, inputs, claimed),
                () -> op + " " + inputs + " = " + claimed);
    }

    @Property(tries = 1000)
    void aRightResultIsRecognisedAtAnyScale(@ForAll("twoOperations") String op, @ForAll("numbers") String a,
            @ForAll("numbers") String b) {
        // The claim is the reference's own result, so the fast path must accept it as the reference does.
        String claimed = rightResult(op, a, b);
        assertEquals(reference(op, List.of(a, b), claimed), current(op, List.of(a, b), claimed), () -> op + " " + a + ", " + b);
    }

    /**
     * A quotient rounded half up to any number of places the digit cap admits is accepted, and the
     * claim one unit of its last place further from the quotient is not: judged on the exact quotient,
     * also past 34 significant digits.
     */
    @Property(tries = 1000)
    void aQuotientRoundedToAnyPlaceIsAcceptedAndOneUnitFurtherIsNot(@ForAll("divideOrAverage") String op,
            @ForAll @net.jqwik.api.constraints.LongRange(min = -999_999_999_999L, max = 999_999_999_999L) long a,
            @ForAll @net.jqwik.api.constraints.LongRange(min = 1, max = 999_999_999_999L) long b,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 40) int places) {
        List<String> inputs = op.equals("average") ? averageInputs(a, b) : List.of(Long.toString(a), Long.toString(b));
        BigDecimal dividend = BigDecimal.valueOf(a);
        BigDecimal divisor = op.equals("average") ? BigDecimal.valueOf(inputs.size()) : BigDecimal.valueOf(b);
        BigDecimal right = dividend.divide(divisor, places, RoundingMode.HALF_UP);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(places);
        // Away from the quotient: up if the rounding went up (or was exact), else down.
        boolean roundedUp = right.multiply(divisor).compareTo(dividend) >= 0;
        BigDecimal wrong = roundedUp ? right.add(unit) : right.subtract(unit);
        String rightText = right.toPlainString();
        String wrongText = wrong.toPlainString();
        if (digits(rightText) > MAX_DIGITS || digits(wrongText) > MAX_DIGITS) {
            return; // the claim would break the digit cap
        }
        assertEquals("null", current(op, inputs, rightText), () -> op + " " + inputs + " = " + rightText);
        assertEquals("result is wrong", current(op, inputs, wrongText), () -> op + " " + inputs + " = " + wrongText);
        assertEquals("null", reference(op, inputs, rightText));
        assertEquals("result is wrong", reference(op, inputs, wrongText));
    }

    @Provide
    Arbitrary<String> divideOrAverage() {
        return Arbitraries.of("divide", "ratio", "average");
    }

    /** Inputs whose sum is {@code sum}: {@code 1 + (count % 7)} of them, all but the first zero. */
    private static List<String> averageInputs(long sum, long count) {
        int n = 1 + (int) (count % 7);
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add(Long.toString(sum));
        for (int i = 1; i < n; i++) {
            out.add("0");
        }
        return out;
    }

    private static int digits(String plain) {
        int n = 0;
        for (int i = 0; i < plain.length(); i++) {
            n += Character.isDigit(plain.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    @Provide
    Arbitrary<List<String>> inputs() {
        return numbers().list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> twoOperations() {
        return Arbitraries.of("add", "subtract", "abs_diff", "sum", "max", "min");
    }

    private static String rightResult(String op, String a, String b) {
        java.math.BigDecimal x;
        java.math.BigDecimal y;
        try {
            x = Decimals.parse(a.trim(), 1000);
            y = Decimals.parse(b.trim(), 1000);
        } catch (CapExceeded e) {
            return "0";
        }
        if (x == null || y == null) {
            return "0";
        }
        return switch (op) {
            case "add", "sum" -> x.add(y).toPlainString();
            case "subtract" -> x.subtract(y).toPlainString();
            case "abs_diff" -> x.subtract(y).abs().toPlainString();
            case "max" -> x.max(y).toPlainString();
            default -> x.min(y).toPlainString();
        };
    }

    private static String reference(String op, List<String> inputs, String claimed) {
        try {
            return String.valueOf(ReferenceComputeOps.check(op, inputs, claimed, MAX_DIGITS));
        } catch (CapExceeded e) {
            return "cap: " + e.getMessage();
        }
    }

    private static String current(String op, List<String> inputs, String claimed) {
        Scratch scratch = Scratch.acquire();
        try {
            return String.valueOf(ComputeOps.check(op, inputs, claimed, MAX_DIGITS, scratch));
        } catch (CapExceeded e) {
            return "cap: " + e.getMessage();
        } finally {
            scratch.release();
        }
    }
}
