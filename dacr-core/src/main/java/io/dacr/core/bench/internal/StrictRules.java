package io.dacr.core.bench.internal;

import io.dacr.core.bench.model.BenchChallenge;
import io.dacr.core.bench.model.BenchFact;
import io.dacr.core.bench.model.BenchQuestion;
import io.dacr.core.bench.model.BenchStep;
import io.dacr.core.bench.model.BenchTrap;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DACR's strict rules for DACR-Bench questions (see {@code ScoringMode.STRICT}): answers match by
 * normalised equality with the gold answer or an alias, or as one number within 1 % carrying the same
 * unit words; no containment or overlap credit, so "3" is not "35.5%".
 */
final class StrictRules implements Rules {

    static final StrictRules INSTANCE = new StrictRules();

    private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");
    private static final BigDecimal TEN = BigDecimal.TEN;
    /** An optional currency sign, one number (commas only as thousands separators), then unit words. */
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            "([$€£]?)([+-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,60})(?:\\.[0-9]{1,60})?|[+-]?\\.[0-9]{1,60})(?: ?([^0-9.,+-].*))?");
    private static final Pattern PARAGRAPH_REF = Pattern.compile("paragraph_([0-9]{1,6})");
    private static final Pattern ONLY_REFS = Pattern.compile("(?:paragraph_[0-9]{1,6}[ ,;]*)+");
    private static final int MIN_QUOTE_WORDS = 3;

    private StrictRules() {
    }

    @Override
    public String match(String answer, BenchQuestion question) {
        String a = Js.normalize(answer);
        if (a.isEmpty()) {
            return NONE;
        }
        if (a.equals(Js.normalize(question.goldAnswer()))) {
            return "exact";
        }
        for (String alias : question.goldAnswerAliases()) {
            if (a.equals(Js.normalize(alias))) {
                return "normalized";
            }
        }
        if (sameNumber(a, Js.normalize(question.goldAnswer()), false)) {
            return "numeric";
        }
        for (String alias : question.goldAnswerAliases()) {
            if (sameNumber(a, Js.normalize(alias), false)) {
                return "numeric";
            }
        }
        return NONE;
    }

    /**
     * @param answer a normalised answer
     * @param gold a normalised gold form
     * @param eitherUnitMayBeAbsent false: the answer's unit words must be the gold's or absent; true: either
     *     side's may be absent (a trapped answer "15 datasets" is the trap's wrong value "15")
     * @return true if both are one number, within 1 % of each other (equal when the gold is 0), with
     *     units as above
     */
    static boolean sameNumber(String answer, String gold, boolean eitherUnitMayBeAbsent) {
        Matcher a = NUMBER_WITH_UNIT.matcher(answer);
        Matcher g = NUMBER_WITH_UNIT.matcher(gold);
        if (!a.matches() || !g.matches()) {
            return false;
        }
        String aUnit = unit(a);
        String gUnit = unit(g);
        boolean unitsAgree = aUnit.isEmpty() || aUnit.equals(gUnit) || eitherUnitMayBeAbsent && gUnit.isEmpty();
        if (!unitsAgree) {
            return false;
        }
        BigDecimal x = new BigDecimal(a.group(2).replace(",", ""));
        BigDecimal y = new BigDecimal(g.group(2).replace(",", ""));
        if (y.signum() == 0) {
            return x.signum() == 0;
        }
        return x.subtract(y).abs().divide(y.abs(), MathContext.DECIMAL128).compareTo(ONE_PERCENT) < 0;
    }

    private static String unit(Matcher m) {
        return m.group(3) == null ? m.group(1) : m.group(1) + m.group(3);
    }

    @Override
    public Boolean trapEvasion(String answer, boolean correct, BenchQuestion question, BenchChallenge challenge) {
        BenchTrap trap = challenge.trap(question.targetsTrap());
        if (trap == null) {
            return null;
        }
        if (correct) {
            return true;
        }
        String a = Js.normalize(answer);
        String wrong = Js.normalize(trap.wrongValue());
        if (!a.isEmpty() && (a.equals(wrong) || sameNumber(a, wrong, true))) {
            return false;
        }
        return null;
    }

    @Override
    public BigDecimal citation(String citation, BenchQuestion question, Document document) {
        String c = Js.trim(Js.collapse(citation.toLowerCase(Locale.ROOT)));
        if (c.isEmpty()) {
            return BigDecimal.ZERO;
        }
        if (ONLY_REFS.matcher(c).matches()) {
            List<Integer> chainParagraphs = chainParagraphs(question, document.challenge());
            Matcher m = PARAGRAPH_REF.matcher(c);
            while (m.find()) {
                if (chainParagraphs.contains(Integer.parseInt(m.group(1)) - 1)) {
                    return BigDecimal.ONE;
                }
            }
            return BigDecimal.ZERO;
        }
        String quote = stripQuotes(c);
        if (quote.split(" ").length >= MIN_QUOTE_WORDS && document.collapsed().contains(quote)) {
            return BigDecimal.ONE;
        }
        return BigDecimal.ZERO;
    }

    private static List<Integer> chainParagraphs(BenchQuestion question, BenchChallenge challenge) {
        List<Integer> out = new ArrayList<>();
        for (BenchStep step : question.reasoningChain()) {
            BenchFact fact = step.factId() == null ? null : challenge.fact(step.factId());
            if (fact != null) {
                out.add(fact.paragraphIndex());
            }
        }
        return out;
    }

    private static String stripQuotes(String s) {
        String t = s;
        while (!t.isEmpty() && "\"'“”‘’«»".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1);
        }
        while (!t.isEmpty() && "\"'“”‘’«»".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return Js.trim(t);
    }

    @Override
    public int bin(BigDecimal confidence) {
        int b = confidence.multiply(TEN).intValue();
        return Math.min(b, 9);
    }
}
