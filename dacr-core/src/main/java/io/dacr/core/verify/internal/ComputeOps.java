package io.dacr.core.verify.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Re-executes {@code compute_logic} steps exactly, in decimal arithmetic.
 * <ul>
 *   <li>{@code add}, {@code subtract} ({@code a − b}), {@code abs_diff}, {@code mod} (result in
 *       {@code [0, |b|)}), {@code divide}/{@code ratio} ({@code a / b}): two inputs; {@code sum},
 *       {@code multiply}, {@code max}, {@code min}, {@code average}: one or more; {@code next_prime}:
 *       one integer below 10^15, giving the smallest prime greater than it; {@code round}: a value and
 *       optionally a number of decimal places 0 to 20 (default 0), half up; {@code count}: any inputs,
 *       giving how many there are; {@code compare_gt}/{@code compare_lt}/{@code compare_eq}: two
 *       inputs, giving {@code true} or {@code false}.</li>
 *   <li>Exact results compare by value ({@code 5.0} equals {@code 5}). {@code add}, {@code subtract},
 *       {@code abs_diff}, {@code sum}, {@code max}, {@code min} and the comparisons work on longs
 *       where no overflow can occur ({@link Operands}), else on {@code BigDecimal}: the same exact values
 *       either way.</li>
 *   <li>Quotients ({@code divide}, {@code ratio} {@code a / b}; {@code average}, the sum over the
 *       count): a claimed result with {@code s} decimal places is right when it lies within half a
 *       unit of its last place of the exact quotient ({@code |claim − a/b| ≤ 10^−s / 2}), decided
 *       without dividing ({@code 2·|claim·b − a|·10^s ≤ |b|}), so any correct rounding to the claimed
 *       precision passes, at every precision the digit cap admits.</li>
 * </ul>
 */
final class ComputeOps {

    private static final BigInteger PRIME_LIMIT = BigInteger.TEN.pow(15);
    private static final long[] WITNESSES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
    /**
     * Below 2^31 the squares of residues fit a long, and Miller–Rabin with the witnesses 2, 3, 5 and 7
     * is exact below 3,215,031,751 (Jaeschke 1993).
     */
    private static final long SMALL_PRIME_LIMIT = 1L << 31;

    private ComputeOps() {
    }

    /**
     * @param op the operation, trimmed
     * @param inputs its inputs
     * @param claimed the claimed result
     * @param maxDigits the most digits a number may have
     * @param scratch the verification's buffers
     * @return null if the claimed result is right, else why not
     */
    static String check(String op, List<String> inputs, String claimed, int maxDigits, Scratch scratch) {
        if (op.equals("count")) {
            BigDecimal c = Decimals.parseTrimmed(claimed, maxDigits, scratch);
            return c != null && c.compareTo(BigDecimal.valueOf(inputs.size())) == 0 ? null : "count is wrong";
        }
        // Slots 0..n-1: the inputs; n: the claimed result; n + 1: what the step computes.
        int n = inputs.size();
        Operands x = scratch.operands();
        x.ensure(n + 2);
        for (int i = 0; i < n; i++) {
            if (!x.read(i, inputs.get(i), maxDigits, scratch)) {
                return String.format(Locale.ROOT, "input %d is not a number", i + 1);
            }
        }
        if (op.startsWith("compare_")) {
            if (n != 2) {
                return op + " takes 2 inputs";
            }
            int cmp = x.compare(0, 1);
            Boolean truth = switch (op) {
                case "compare_gt" -> cmp > 0;
                case "compare_lt" -> cmp < 0;
                case "compare_eq" -> cmp == 0;
                default -> null;
            };
            if (truth == null) {
                return "unknown operation";
            }
            String c = claimed.trim().toLowerCase(Locale.ROOT);
            return c.equals(truth.toString()) ? null : "comparison result is wrong";
        }
        int result = n;
        int computed = n + 1;
        if (!x.read(result, claimed, maxDigits, scratch)) {
            return "result is not a number";
        }
        // add, subtract, abs_diff, sum, max and min in exact long arithmetic where it does not overflow.
        switch (op) {
            case "add", "subtract", "abs_diff" -> {
                if (n != 2) {
                    return op + " takes 2 inputs";
                }
                x.add(computed, 0, 1, !op.equals("add"));
                if (op.equals("abs_diff")) {
                    x.abs(computed);
                }
                return x.compare(computed, result) == 0 ? null : "result is wrong";
            }
            case "sum" -> {
                if (n == 0) {
                    return "sum takes at least 1 input";
                }
                x.copy(computed, 0);
                for (int i = 1; i < n; i++) {
                    x.add(computed, computed, i, false);
                }
                return x.compare(computed, result) == 0 ? null : "result is wrong";
            }
            case "max", "min" -> {
                if (n == 0) {
                    return op + " takes at least 1 input";
                }
                boolean max = op.equals("max");
                int e = 0;
                for (int i = 0; i < n; i++) {
                    int cmp = x.compare(e, i);
                    e = max ? (cmp >= 0 ? e : i) : (cmp <= 0 ? e : i);
                }
                return x.compare(e, result) == 0 ? null : "result is wrong";
            }
            default -> {
                BigDecimal[] values = new BigDecimal[n];
                for (int i = 0; i < n; i++) {
                    values[i] = x.value(i);
                }
                return bigDecimalCheck(op, values, x.value(result), maxDigits);
            }
        }
    }

    /** The operations left to {@link BigDecimal} arithmetic. */
    private static String bigDecimalCheck(String op, BigDecimal[] x, BigDecimal result, int maxDigits) {
        return switch (op) {
            case "mod" -> x.length != 2 ? op + " takes 2 inputs" : exact(x[1].signum() == 0 ? null : mod(x[0], x[1]), result);
            case "multiply" -> x.length == 0 ? "multiply takes at least 1 input" : exact(product(x, maxDigits), result);
            case "average" -> x.length == 0 ? "average takes at least 1 input"
                    : quotient(sum(x), BigDecimal.valueOf(x.length), result);
            case "divide", "ratio" -> x.length != 2 ? op + " takes 2 inputs"
                    : x[1].signum() == 0 ? "division by zero" : quotient(x[0], x[1], result);
            case "next_prime" -> x.length != 1 ? "next_prime takes 1 input" : nextPrime(x[0], result);
            case "round" -> round(x, result);
            default -> "unknown operation";
        };
    }

    private static BigDecimal mod(BigDecimal a, BigDecimal b) {
        BigDecimal r = a.remainder(b);
        return r.signum() < 0 ? r.add(b.abs()) : r;
    }

    private static BigDecimal sum(BigDecimal[] x) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal v : x) {
            s = s.add(v);
        }
        return s;
    }

    private static BigDecimal product(BigDecimal[] x, int maxDigits) {
        BigDecimal p = BigDecimal.ONE;
        for (BigDecimal v : x) {
            p = p.multiply(v);
            // Bounds the work: a product far longer than any claim can be is wrong anyway.
            if (p.precision() > 2 * maxDigits) {
                return null;
            }
        }
        return p;
    }

    private static String exact(BigDecimal expected, BigDecimal claimed) {
        if (expected == null) {
            return "the operation is undefined for these inputs";
        }
        return expected.compareTo(claimed) == 0 ? null : "result is wrong";
    }

    /**
     * Whether {@code claimed}, with {@code s} decimal places, is within half a unit of its last place of
     * {@code a / b}: {@code |claimed − a/b| ≤ 10^−s / 2}, decided exactly, without the quotient, as
     * {@code 2 · |claimed · b − a| · 10^s ≤ |b|} (both sides times {@code 2 · |b| · 10^s}). Exact products
     * and a sum of numbers under the digit cap; no division, no rounding.
     */
    private static String quotient(BigDecimal a, BigDecimal b, BigDecimal claimed) {
        int places = Math.max(claimed.scale(), 0);
        BigDecimal error = claimed.multiply(b).subtract(a);
        // Scaling by a power of ten only changes the scale: exact, and the unscaled value is shared.
        BigDecimal twiceScaled = error.add(error).abs().scaleByPowerOfTen(places);
        return twiceScaled.compareTo(b.abs()) <= 0 ? null : "result is wrong";
    }

    private static String nextPrime(BigDecimal n, BigDecimal claimed) {
        BigInteger v;
        try {
            v = n.toBigIntegerExact();
        } catch (ArithmeticException e) {
            return "next_prime takes an integer";
        }
        if (v.abs().compareTo(PRIME_LIMIT) >= 0) {
            return "next_prime takes an integer below 10^15";
        }
        long c = Math.max(v.longValueExact() + 1, 2);
        while (!isPrime(c)) {
            c++;
        }
        return BigDecimal.valueOf(c).compareTo(claimed) == 0 ? null : "result is wrong";
    }

    private static String round(BigDecimal[] x, BigDecimal claimed) {
        if (x.length < 1 || x.length > 2) {
            return "round takes a value and optionally a number of places";
        }
        int places = 0;
        if (x.length == 2) {
            if (x[1].stripTrailingZeros().scale() > 0 || x[1].signum() < 0 || x[1].compareTo(BigDecimal.valueOf(20)) > 0) {
                return "round takes 0 to 20 places";
            }
            places = x[1].intValue();
        }
        return exact(x[0].setScale(places, RoundingMode.HALF_UP), claimed);
    }

    /** Deterministic Miller–Rabin: these witnesses decide every number below 3.3 × 10^24. */
    static boolean isPrime(long n) {
        if (n < 2) {
            return false;
        }
        for (long p : WITNESSES) {
            if (n % p == 0) {
                return n == p;
            }
        }
        // No prime factor up to 37: below 41² every such number is prime (the next_prime steps of
        // generated challenges all land here).
        if (n < 41 * 41) {
            return true;
        }
        long d = n - 1;
        int r = 0;
        while ((d & 1) == 0) {
            d >>= 1;
            r++;
        }
        if (n < SMALL_PRIME_LIMIT) {
            return isPrimeSmall(n, d, r);
        }
        BigInteger bn = BigInteger.valueOf(n);
        BigInteger minusOne = bn.subtract(BigInteger.ONE);
        for (long a : WITNESSES) {
            BigInteger y = BigInteger.valueOf(a).modPow(BigInteger.valueOf(d), bn);
            if (y.equals(BigInteger.ONE) || y.equals(minusOne)) {
                continue;
            }
            boolean composite = true;
            for (int i = 1; i < r && composite; i++) {
                y = y.multiply(y).mod(bn);
                composite = !y.equals(minusOne);
            }
            if (composite) {
                return false;
            }
        }
        return true;
    }

    /** Miller–Rabin in longs for an odd {@code n < 2^31} with {@code n − 1 = d·2^r}, d odd. */
    private static boolean isPrimeSmall(long n, long d, int r) {
        for (int w = 0; w < 4; w++) {
            long y = powMod(WITNESSES[w], d, n);
            if (y == 1 || y == n - 1) {
                continue;
            }
            boolean composite = true;
            for (int i = 1; i < r && composite; i++) {
                y = y * y % n;
                composite = y != n - 1;
            }
            if (composite) {
                return false;
            }
        }
        return true;
    }

    /** {@code base^exponent mod n} for {@code n < 2^31}, so that every product fits a long. */
    private static long powMod(long base, long exponent, long n) {
        long result = 1;
        long b = base % n;
        for (long e = exponent; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                result = result * b % n;
            }
            b = b * b % n;
        }
        return result;
    }
}
