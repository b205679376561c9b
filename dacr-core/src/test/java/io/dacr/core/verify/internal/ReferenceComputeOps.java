package io.dacr.core.verify.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * {@link ComputeOps} as it was before its long-arithmetic fast paths, every operation in
 * {@code BigDecimal}: kept as the oracle of {@link ComputeOpsEquivalenceTest}, which holds the fast
 * paths to the same outcomes.
 */
final class ReferenceComputeOps {

    private static final BigInteger PRIME_LIMIT = BigInteger.TEN.pow(15);
    private static final long[] WITNESSES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};

    private ReferenceComputeOps() {
    }

    /**
     * @return null if the claimed result is right, else why not
     */
    static String check(String op, List<String> inputs, String claimed, int maxDigits) {
        if (op.equals("count")) {
            BigDecimal c = Decimals.parse(claimed.trim(), maxDigits);
            return c != null && c.compareTo(BigDecimal.valueOf(inputs.size())) == 0 ? null : "count is wrong";
        }
        BigDecimal[] x = new BigDecimal[inputs.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = Decimals.parse(inputs.get(i).trim(), maxDigits);
            if (x[i] == null) {
                return String.format(Locale.ROOT, "input %d is not a number", i + 1);
            }
        }
        if (op.startsWith("compare_")) {
            if (x.length != 2) {
                return op + " takes 2 inputs";
            }
            int cmp = x[0].compareTo(x[1]);
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
        BigDecimal result = Decimals.parse(claimed.trim(), maxDigits);
        if (result == null) {
            return "result is not a number";
        }
        return switch (op) {
            case "add", "subtract", "abs_diff", "mod" -> x.length != 2 ? op + " takes 2 inputs" : exact(binary(op, x[0], x[1]), result);
            case "sum" -> x.length == 0 ? "sum takes at least 1 input" : exact(sum(x), result);
            case "multiply" -> x.length == 0 ? "multiply takes at least 1 input" : exact(product(x, maxDigits), result);
            case "max", "min" -> x.length == 0 ? op + " takes at least 1 input" : exact(extreme(op, x), result);
            case "average" -> x.length == 0 ? "average takes at least 1 input"
                    : quotient(sum(x), BigDecimal.valueOf(x.length), result);
            case "divide", "ratio" -> x.length != 2 ? op + " takes 2 inputs"
                    : x[1].signum() == 0 ? "division by zero" : quotient(x[0], x[1], result);
            case "next_prime" -> x.length != 1 ? "next_prime takes 1 input" : nextPrime(x[0], result);
            case "round" -> round(x, result);
            default -> "unknown operation";
        };
    }

    private static BigDecimal binary(String op, BigDecimal a, BigDecimal b) {
        return switch (op) {
            case "add" -> a.add(b);
            case "subtract" -> a.subtract(b);
            case "abs_diff" -> a.subtract(b).abs();
            default -> b.signum() == 0 ? null : mod(a, b);
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

    private static BigDecimal extreme(String op, BigDecimal[] x) {
        BigDecimal e = x[0];
        for (BigDecimal v : x) {
            e = op.equals("max") ? e.max(v) : e.min(v);
        }
        return e;
    }

    private static String exact(BigDecimal expected, BigDecimal claimed) {
        if (expected == null) {
            return "the operation is undefined for these inputs";
        }
        return expected.compareTo(claimed) == 0 ? null : "result is wrong";
    }

    /**
     * The quotient to 400 significant digits: far more than any claim under the digit cap has, so the
     * comparison with half a unit of the claim's last place comes out as it does for the exact quotient.
     */
    private static final MathContext QUOTIENT = new MathContext(400, RoundingMode.HALF_EVEN);

    private static String quotient(BigDecimal a, BigDecimal b, BigDecimal claimed) {
        BigDecimal q = a.divide(b, QUOTIENT);
        int places = Math.max(claimed.scale(), 0);
        BigDecimal halfUnit = BigDecimal.ONE.scaleByPowerOfTen(-places).divide(BigDecimal.valueOf(2));
        return claimed.subtract(q).abs().compareTo(halfUnit) <= 0 ? null : "result is wrong";
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
        long d = n - 1;
        int r = 0;
        while ((d & 1) == 0) {
            d >>= 1;
            r++;
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
}
