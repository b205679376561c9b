package io.dacr.core.verify.internal;

import io.dacr.api.CheckResult;
import io.dacr.api.Outcome;
import io.dacr.api.Tolerance;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Strict, typed answer grading.
 * <ul>
 *   <li>ENTITY and TEXT: the normal form ({@link Normalizer#strict}) equals that of the canonical
 *       answer or of an accepted form (for entities: the aliases).</li>
 *   <li>NUMBER: read by {@link NumberReader} in the question's unit, then within the question's
 *       tolerance of the gold value.</li>
 *   <li>An answer that matches nothing as a whole but splits into several candidates ("A or B",
 *       "A, B", "A and B", "A / B", "A; B") fails as a list of candidates; an empty answer, or one
 *       without a number where a number is expected, is NO_ANSWER.</li>
 * </ul>
 */
final class AnswerGrader {

    private static final Pattern CANDIDATE_SEPARATOR = Pattern.compile("\\s*(?:,|;|/|\\bor\\b|\\band\\b|&)\\s*");

    private AnswerGrader() {
    }

    /**
     * @param subject the question id
     * @param answer the answer as given
     * @param gold the question's gold forms
     * @param maxDigits the most digits a number may have
     * @param scratch the buffers of the verification, reused across its answers
     * @return the result
     * @throws CapExceeded if a number has more than {@code maxDigits} digits
     */
    static CheckResult grade(String subject, String answer, GoldForms gold, int maxDigits, Scratch scratch) {
        // An answer that folds onto a usual form of the gold is correct: its normal form is that form.
        List<String> forms = gold.number() != null ? gold.numberForms() : gold.fixedForms();
        for (int i = 0; i < forms.size(); i++) {
            if (Normalizer.foldsOnto(answer, forms.get(i))) {
                return gold.passed();
            }
        }
        return switch (gold.format().type()) {
            case NUMBER -> gold.number() == null ? byForm(subject, answer, gold, scratch.text)
                    : byValue(subject, answer, gold, maxDigits, scratch);
            case ENTITY, TEXT -> byForm(subject, answer, gold, scratch.text);
        };
    }

    private static CheckResult byForm(String subject, String answer, GoldForms gold, NormalText scratch) {
        NormalText normal = scratch.strict(answer);
        if (normal.isEmpty()) {
            return new CheckResult(subject, Outcome.NO_ANSWER, "no answer");
        }
        if (normal.isOneOf(gold.strictForms())) {
            return gold.passed();
        }
        String a = normal.toString();
        int candidates = 0;
        for (String part : CANDIDATE_SEPARATOR.split(a)) {
            if (!part.isBlank()) {
                candidates++;
            }
        }
        return new CheckResult(subject, Outcome.FAIL, candidates > 1 ? "lists several candidates" : "does not match");
    }

    /** A zero tolerance (absolute or relative) accepts exactly the gold value: compared without arithmetic. */
    private static boolean accepts(GoldForms gold, BigDecimal value) {
        Tolerance tolerance = gold.format().tolerance();
        return tolerance.amount().signum() == 0 ? value.compareTo(gold.number()) == 0
                : tolerance.accepts(gold.number(), value);
    }

    /**
     * An ASCII answer (which has no U+2212 for the reader to read as '-') is normalised into the scratch
     * buffer and read there, its value kept in parts; other answers take the string-based reader.
     */
    private static CheckResult byValue(String subject, String answer, GoldForms gold, int maxDigits, Scratch scratch) {
        NormalText normal = scratch.text.strict(answer);
        if (!normal.wasAscii()) {
            NumberReading reading = NumberReader.read(answer, gold.unit(), maxDigits);
            return reading.kind() == NumberReading.Kind.VALUE ? valueResult(subject, gold, accepts(gold, reading.value()))
                    : problem(subject, reading);
        }
        // The usual forms of the gold value were read once, when the key was indexed.
        if (normal.isOneOf(gold.numberForms())) {
            return gold.passed();
        }
        ParsedNumber number = scratch.number;
        NumberReading problem = NumberReader.scan(normal.chars(), normal.length(), gold.unit(), maxDigits, number);
        if (problem != null) {
            return problem(subject, problem);
        }
        return valueResult(subject, gold, accepts(gold, number));
    }

    /** @return whether a number {@link NumberReader#scan} read is accepted for the gold value */
    private static boolean accepts(GoldForms gold, ParsedNumber number) {
        return gold.exactByParts() && number.big == null
                ? number.equalsCanonical(gold.canonicalUnscaled(), gold.canonicalScale())
                : accepts(gold, number.value());
    }

    /**
     * Whether an ASCII answer whose normal form is {@code normalForm} is graded correct, as
     * {@link #grade} grades it: used once per key to list the forms {@link GoldForms#numberForms} holds.
     *
     * @param gold the gold forms of a NUMBER question with a gold value
     * @param normalForm an ASCII normal form
     * @param maxDigits the most digits a number may have
     * @return true if an answer with that normal form passes; false if it does not, or grading it would
     *     raise an error (which grading then raises for each such answer)
     */
    static boolean readsAsCorrect(GoldForms gold, String normalForm, int maxDigits) {
        char[] chars = normalForm.toCharArray();
        ParsedNumber number = new ParsedNumber();
        try {
            return NumberReader.scan(chars, chars.length, gold.unit(), maxDigits, number) == null
                    && accepts(gold, number);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static CheckResult valueResult(String subject, GoldForms gold, boolean accepted) {
        return accepted ? gold.passed() : new CheckResult(subject, Outcome.FAIL, "value outside the tolerance");
    }

    private static CheckResult problem(String subject, NumberReading reading) {
        return reading.kind() == NumberReading.Kind.NONE ? new CheckResult(subject, Outcome.NO_ANSWER, reading.reason())
                : new CheckResult(subject, Outcome.FAIL, "the answer " + reading.reason());
    }
}
