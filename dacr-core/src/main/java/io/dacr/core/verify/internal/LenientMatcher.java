package io.dacr.core.verify.internal;

import io.dacr.api.CheckResult;
import io.dacr.api.Outcome;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DACR-Bench's answer matching, reproduced as its evaluator describes it. Normalise (lower-case,
 * trim, drop one leading the/a/an, drop trailing {@code .,;:!?}, collapse spaces); then, in order:
 * empty is wrong; exact; any alias; numeric (keep only digits, {@code .} and {@code -}; relative
 * difference below 1 %, gold not zero); containment in either direction; token F1 of at least 0.8 over
 * the distinct tokens of each side.
 * Decimal arithmetic throughout, so the 1 % and 0.8 thresholds are exact.
 */
public final class LenientMatcher {

    private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");

    private LenientMatcher() {
    }

    /**
     * @param text any text
     * @return DACR-Bench's normal form of it
     */
    public static String normalize(String text) {
        String s = text.toLowerCase(Locale.ROOT).strip();
        for (String article : new String[] {"the ", "a ", "an "}) {
            if (s.startsWith(article)) {
                s = s.substring(article.length());
                break;
            }
        }
        int end = s.length();
        while (end > 0 && Normalizer.isTrailingPunctuation(s.charAt(end - 1))) {
            end--;
        }
        return Normalizer.collapse(s.substring(0, end));
    }

    /**
     * @param subject the question id
     * @param answer the answer as given
     * @param gold the gold forms
     * @param maxDigits the digit cap for the numeric rule
     * @return the result
     */
    static CheckResult grade(String subject, String answer, GoldForms gold, int maxDigits) {
        String a = normalize(answer);
        if (a.isEmpty()) {
            return new CheckResult(subject, Outcome.NO_ANSWER, "no answer");
        }
        String g = gold.lenientCanonical();
        if (a.equals(g)) {
            return CheckResult.pass(subject);
        }
        for (String alias : gold.lenientAliases()) {
            if (a.equals(alias)) {
                return CheckResult.pass(subject);
            }
        }
        if (numericMatch(a, g, maxDigits)) {
            return new CheckResult(subject, Outcome.PASS, "numeric match within 1%");
        }
        if (!g.isEmpty() && (a.contains(g) || g.contains(a))) {
            return new CheckResult(subject, Outcome.PASS, "containment match");
        }
        if (tokenF1AtLeast08(a, g)) {
            return new CheckResult(subject, Outcome.PASS, "token F1 match");
        }
        return new CheckResult(subject, Outcome.FAIL, "does not match");
    }

    private static boolean numericMatch(String a, String g, int maxDigits) {
        BigDecimal x = numeric(a, maxDigits);
        BigDecimal y = numeric(g, maxDigits);
        if (x == null || y == null || y.signum() == 0) {
            return false;
        }
        BigDecimal relative = x.subtract(y).abs().divide(y.abs(), MathContext.DECIMAL128);
        return relative.compareTo(ONE_PERCENT) < 0;
    }

    /** Keeps digits, '.' and '-', as DACR-Bench does, and reads what is left as one number if it is one. */
    private static BigDecimal numeric(String s, int maxDigits) {
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || c == '.' || c == '-') {
                kept.append(c);
            }
        }
        String t = kept.toString();
        if (t.isEmpty() || t.indexOf(',') >= 0 || t.lastIndexOf('-') > 0) {
            return null;
        }
        if (t.startsWith(".")) {
            t = "0" + t;
        } else if (t.startsWith("-.")) {
            t = "-0" + t.substring(1);
        }
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            return Decimals.parse(t, maxDigits);
        } catch (CapExceeded e) {
            return null;
        }
    }

    /**
     * DACR-Bench's token overlap: the answer's and the gold's <em>distinct</em> tokens (its evaluator
     * builds a {@code Set} of each), F1 = 2 |common| / (|answer tokens| + |gold tokens|), at least 0.8.
     * A repeated token counts once on either side.
     */
    private static boolean tokenF1AtLeast08(String a, String g) {
        Set<String> predicted = new HashSet<>(List.of(a.split(" ")));
        Set<String> expected = new HashSet<>(List.of(g.split(" ")));
        int common = 0;
        for (String t : predicted) {
            if (expected.contains(t)) {
                common++;
            }
        }
        // F1 = 2c / (|p| + |g|) >= 0.8  <=>  10c >= 4 (|p| + |g|), in integers.
        return common > 0 && 10L * common >= 4L * (predicted.size() + expected.size());
    }
}
