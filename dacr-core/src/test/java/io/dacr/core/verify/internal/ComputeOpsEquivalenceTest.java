package io.dacr.core.verify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
