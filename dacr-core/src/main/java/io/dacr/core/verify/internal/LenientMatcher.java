package io.dacr.core.verify.internal;

import io.dacr.api.CheckResult;
import io.dacr.api.Outcome;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DACR-Bench's answer matching, reproduced as its evaluator describes it. Normalise (lower-case,
 * trim, drop one leading the/a/an, drop trailing {@code .,;:!?}, collapse spaces); then, in order:
 * empty is wrong; exact; any alias; numeric (keep only digits, {@code .} and {@code -}, read the
 * longest numeric prefix as {@code parseFloat} does; relative difference below 1 % in doubles, gold
 * not zero); containment in either direction; token F1 of at least 0.8 over the distinct tokens of
 * each side (exact integer arithmetic, which gives the evaluator's result for these small counts).
 */
public final class LenientMatcher {

    private LenientMatcher() {
    }

    /**
     * @param text any text
     * @return DACR-Bench's normal form of it
     */
    public static String normalize(String text) {
        String s = text.toLowerCase(Locale.ROOT).strip();
        // /^(the|a|an)\s+/: the article and every whitespace character after it.
        for (String article : new String[] {"the", "an", "a"}) {
            int n = article.length();
            if (s.startsWith(article) && s.length() > n && Character.isWhitespace(s.charAt(n))) {
                s = s.substring(n).stripLeading();
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

    /**
     * DACR-Bench's numeric rule, in its own arithmetic: each side keeps only digits, {@code .} and
     * {@code -}, is read as JavaScript's {@code parseFloat} reads it (the longest prefix that is a
     * number: "5-3" is 5, "1.2.3" is 1.2, "-" is no number), and the two doubles match when
     * {@code |x - y| / |y| < 0.01} with {@code y} not zero. IEEE doubles in Java and JavaScript round
     * alike, so the borderline cases fall the same way. The one departure: a side with more than
     * {@code maxDigits} digits is no number here, so hostile input cannot cost unbounded parsing.
     */
    private static boolean numericMatch(String a, String g, int maxDigits) {
        double x = parseFloatOfKept(a, maxDigits);
        double y = parseFloatOfKept(g, maxDigits);
        if (Double.isNaN(x) || Double.isNaN(y) || y == 0) {
            return false;
        }
        return Math.abs(x - y) / Math.abs(y) < 0.01;
    }

    /** {@code parseFloat(s.replace(/[^0-9.\-]/g, ""))}, or NaN; NaN too past {@code maxDigits} digits. */
    static double parseFloatOfKept(String s, int maxDigits) {
        StringBuilder kept = new StringBuilder();
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > maxDigits) {
                    return Double.NaN;
                }
                kept.append(c);
            } else if (c == '.' || c == '-') {
                kept.append(c);
            }
        }
        int n = kept.length();
        int i = 0;
        if (i < n && kept.charAt(i) == '-') {
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(kept.charAt(i))) {
            i++;
        }
        boolean whole = i > start;
        boolean fraction = false;
        if (i < n && kept.charAt(i) == '.') {
            int j = i + 1;
            while (j < n && Character.isDigit(kept.charAt(j))) {
                j++;
            }
            fraction = j > i + 1;
            if (whole || fraction) {
                i = j;
            }
        }
        if (!whole && !fraction) {
            return Double.NaN;
        }
        return Double.parseDouble(kept.substring(0, i));
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
