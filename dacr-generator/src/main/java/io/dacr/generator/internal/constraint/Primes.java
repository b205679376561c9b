package io.dacr.generator.internal.constraint;

/** Prime arithmetic for the prime constraint. */
public final class Primes {

    private Primes() {
    }

    /**
     * @param n a number
     * @return the smallest prime strictly greater than {@code n}
     */
    public static long nextPrime(long n) {
        long c = Math.max(n + 1, 2);
        while (!isPrime(c)) {
            c++;
        }
        return c;
    }

    /**
     * @param n a number
     * @return true if it is prime
     */
    public static boolean isPrime(long n) {
        if (n < 2) {
            return false;
        }
        for (long d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }
}
