package io.dacr.core.bench.internal;

import io.dacr.core.bench.model.BenchChallenge;
import io.dacr.core.bench.model.BenchQuestion;
import io.dacr.core.bench.model.BenchStep;
import io.dacr.core.bench.model.BenchTrap;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DACR-Bench's published evaluator ({@code src/evaluate.ts}), rule by rule. Where it computes in binary
 * floating point the comparison is made exactly in decimals, except for the calibration bins, whose
 * binary edges decide which bin 0.3, 0.6 and 0.7 fall in and are therefore reproduced.
 */
final class CompatibleRules implements Rules {

    static final CompatibleRules INSTANCE = new CompatibleRules();

    private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** What {@code parseFloat} reads of a string of digits, dots and minus signs: its longest number prefix. */
    private static final Pattern PARSE_FLOAT = Pattern.compile("-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)");
    private static final Pattern NOT_NUMERIC = Pattern.compile("[^0-9.\\-]");
    private static final Pattern NOT_TRAP_CHAR = Pattern.compile("[^a-z0-9.]");
    /** Longer numbers are Infinity or lose every digit past the 17th in the evaluator; they never match here. */
    private static final int MAX_NUMBER_LENGTH = 300;

    private CompatibleRules() {
    }

    @Override
    public String match(String answer, BenchQuestion question) {
        String a = Js.normalize(answer);
        String g = Js.normalize(question.goldAnswer());
        if (a.isEmpty() || g.isEmpty()) {
            return NONE;
        }
        if (a.equals(g)) {
            return "exact";
        }
        for (String alias : question.goldAnswerAliases()) {
            if (Js.normalize(alias).equals(a)) {
                return "normalized";
            }
        }
        BigDecimal x = parseFloat(answer);
        BigDecimal y = parseFloat(question.goldAnswer());
        if (x != null && y != null && y.signum() != 0
                && x.subtract(y).abs().divide(y.abs(), MathContext.DECIMAL128).compareTo(ONE_PERCENT) < 0) {
            return "numeric";
        }
        if (a.contains(g) || g.contains(a)) {
            return "partial";
        }
        Set<String> predicted = tokens(a);
        Set<String> gold = tokens(g);
        if (predicted.isEmpty() || gold.isEmpty()) {
            return NONE;
        }
        int common = 0;
        for (String t : predicted) {
            if (gold.contains(t)) {
                common++;
            }
        }
        // 2c / (|p| + |g|) >= 0.8, in integers.
        return 10L * common >= 4L * (predicted.size() + gold.size()) ? "partial" : NONE;
    }

    /** {@code parseFloat(s.replace(/[^0-9.\-]/g, ""))}, exactly; null for NaN. */
    static BigDecimal parseFloat(String s) {
        String kept = NOT_NUMERIC.matcher(s).replaceAll("");
        Matcher m = PARSE_FLOAT.matcher(kept);
        if (!m.lookingAt() || m.end() > MAX_NUMBER_LENGTH) {
            return null;
        }
        String number = m.group();
        if (number.endsWith(".")) {
            number = number.substring(0, number.length() - 1);
        }
        return new BigDecimal(number.startsWith("-.") ? "-0" + number.substring(1) : number.startsWith(".") ? "0" + number : number);
    }

    private static Set<String> tokens(String normalized) {
        Set<String> out = new HashSet<>();
        for (String t : Js.splitSpaces(normalized)) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    @Override
    public Boolean trapEvasion(String answer, boolean correct, BenchQuestion question, BenchChallenge challenge) {
        BenchTrap trap = challenge.trap(question.targetsTrap());
        if (trap == null) {
            return null;
        }
        String given = trapForm(answer);
        if (given.contains(trapForm(trap.correctValue()))) {
            return true;
        }
        if (given.contains(trapForm(trap.wrongValue()))) {
            return false;
        }
        return null;
    }

    private static String trapForm(String s) {
        return NOT_TRAP_CHAR.matcher(Js.trim(s.toLowerCase(Locale.ROOT))).replaceAll("");
    }

    @Override
    public BigDecimal citation(String citation, BenchQuestion question, Document document) {
        if (Js.trim(citation).isEmpty()) {
            return BigDecimal.ZERO;
        }
        String cited = citation.toLowerCase(Locale.ROOT);
        for (BenchStep step : question.reasoningChain()) {
            if (step.factId() != null && step.note() != null) {
                String note = step.note().toLowerCase(Locale.ROOT);
                if (cited.contains(note.substring(0, Math.min(20, note.length())))) {
                    return BigDecimal.ONE;
                }
            }
        }
        String doc = document.lower();
        int at = doc.indexOf(question.goldAnswer().toLowerCase(Locale.ROOT));
        if (at >= 0) {
            String context = doc.substring(Math.max(0, at - 500), Math.min(doc.length(), at + 500));
            int tokens = 0;
            int found = 0;
            for (String t : Js.splitSpaces(cited)) {
                if (t.length() > 3) {
                    tokens++;
                    if (context.contains(t)) {
                        found++;
                    }
                }
            }
            if (2L * found >= tokens) {
                return BigDecimal.ONE;
            }
            if (4L * found >= tokens) {
                return HALF;
            }
        }
        return BigDecimal.ZERO;
    }

    @Override
    public int bin(BigDecimal confidence) {
        // The evaluator's edges are b * 0.1 in binary64; its confidences are binary64 too.
        double c = confidence.doubleValue();
        for (int b = 0; b < 10; b++) {
            double lower = b * 0.1;
            double upper = (b + 1) * 0.1;
            if (c >= lower && c < upper) {
                return b;
            }
        }
        return -1;
    }
}
