package io.dacr.core.verify.internal;

import io.dacr.api.AnswerFormat;
import io.dacr.api.CheckResult;
import io.dacr.api.GoldAnswer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A question's gold answer prepared once per key: normal forms for strict and lenient matching and,
 * for numbers, the gold value.
 *
 * @param questionId the question
 * @param format the question's answer format
 * @param strictForms the canonical and accepted forms, strictly normalised, non-empty ones only, each once
 *     (none in the forms of a NUMBER question with a gold value prepared for a first grading only, which
 *     grading never reads: {@link #forFirstGrading})
 * @param lenientCanonical the canonical form, normalised the DACR-Bench way; null in forms prepared for
 *     strict matching only ({@link #forFirstGrading}), which lenient matching never reads
 * @param lenientAliases the accepted forms, normalised the DACR-Bench way; null in forms prepared for
 *     strict matching only
 * @param number the gold value of a NUMBER question, or null (other types, or a canonical form that
 *     is not a plain decimal)
 * @param unit the unit of a NUMBER question, as {@link NumberReader} reads it; null for other types
 * @param passed the result of a correct answer (immutable, so shared by every verdict)
 * @param exactByParts whether a correct answer equals {@code number} exactly (zero tolerance) and
 *     {@code number} has at most 18 significant digits, so an answer's number of at most 18 digits is
 *     compared by {@link ParsedNumber#equalsCanonical} with the two parts below, without arithmetic
 * @param canonicalUnscaled the unscaled value of {@code number} without trailing zeros, when {@code exactByParts}
 * @param canonicalScale its scale, when {@code exactByParts}
 * @param numberForms for a NUMBER question, the usual ways of writing the gold value ("1664",
 *     "1,664 aircraft", "$1664") as normal forms, each kept only if it is a fixed point
 *     ({@link Normalizer#isFixedPoint}) and {@link AnswerGrader} reads it, under the verifier's digit
 *     cap, as a correct answer; so an ASCII answer whose normal form is one of them is correct without
 *     being read again. Empty for other types
 * @param fixedForms those of {@code strictForms} that are fixed points, which an answer may be compared
 *     with by {@link Normalizer#foldsOnto} before it is normalised
 */
record GoldForms(String questionId, AnswerFormat format, List<String> strictForms, String lenientCanonical,
                 List<String> lenientAliases, BigDecimal number, Unit unit, CheckResult passed,
                 boolean exactByParts, long canonicalUnscaled, int canonicalScale, List<String> numberForms,
                 List<String> fixedForms) {

    /** Digits allowed in a gold number: the key is trusted, but its canonical form is plain. */
    private static final int GOLD_DIGITS = 1000;
    /** Significant digits that always fit in a long. */
    private static final int MAX_LONG_DIGITS = 18;
    /** The most number forms kept per question. */
    private static final int MAX_NUMBER_FORMS = 24;
    /** How many of a unit's words ({@link Unit#wordTexts}) make number forms: its usual ones come first. */
    private static final int UNIT_WORDS = 3;

    /**
     * @param gold a gold answer
     * @param format its question's answer format
     * @param maxDigits the digit cap of the verifier that will grade with these forms
     * @return the forms, for strict and lenient matching, with the number forms listed
     */
    static GoldForms of(GoldAnswer gold, AnswerFormat format, int maxDigits) {
        return prepare(gold, format, format.unit() == null ? null : Unit.of(format.unit()), true, true)
                .withNumberForms(maxDigits);
    }

    /**
     * The forms a key index grades its first submission with: what grading reads, no more. They grade
     * every answer as the full forms ({@link #of}) do.
     * <ul>
     *   <li>No {@link #numberForms}: they only spare reading an answer again, and listing them costs
     *       more than reading the answers of one submission.</li>
     *   <li>For a NUMBER question with a gold value, no strict forms nor fixed forms either: an answer to
     *       it is graded by its value ({@link AnswerGrader}), never by those forms.</li>
     *   <li>The lenient forms only for a verifier that matches leniently.</li>
     * </ul>
     * {@link #forReuse} completes them.
     *
     * @param gold a gold answer
     * @param format its question's answer format
     * @param unit {@code Unit.of(format.unit())}, or null if the format has no unit
     * @param lenient whether to prepare the lenient forms ({@code lenientCanonical}, {@code lenientAliases})
     * @return the forms
     */
    static GoldForms forFirstGrading(GoldAnswer gold, AnswerFormat format, Unit unit, boolean lenient) {
        return prepare(gold, format, unit, lenient, false);
    }

    /**
     * The full forms of a NUMBER question with a gold value: its strict and fixed forms, and the number
     * forms listed; what grading the same key again reads. Other forms are complete already.
     *
     * @param gold the gold answer these forms were prepared from ({@link #forFirstGrading})
     * @param maxDigits the digit cap of the verifier that grades with these forms
     * @return the complete forms, sharing this one's passing result; this if it is complete
     */
    GoldForms forReuse(GoldAnswer gold, int maxDigits) {
        if (number == null) {
            return this;
        }
        List<String> strict = new ArrayList<>(gold.acceptedForms().size() + 1);
        List<String> fixed = new ArrayList<>(gold.acceptedForms().size() + 1);
        addStrictForms(gold, strict, fixed);
        return new GoldForms(questionId, format, List.copyOf(strict), lenientCanonical, lenientAliases, number, unit,
                passed, exactByParts, canonicalUnscaled, canonicalScale, List.of(), List.copyOf(fixed))
                .withNumberForms(maxDigits);
    }

    /**
     * @param numberStrictForms whether to list the strict and fixed forms of a NUMBER question with a gold
     *     value too (see {@link #forFirstGrading})
     */
    private static GoldForms prepare(GoldAnswer gold, AnswerFormat format, Unit unit, boolean lenient,
                                     boolean numberStrictForms) {
        BigDecimal number = null;
        if (format.type() == io.dacr.api.AnswerType.NUMBER) {
            number = Decimals.parse(gold.canonical().trim(), GOLD_DIGITS);
        }
        // Five forms or so: a list searched is cheaper than a set.
        List<String> strict = new ArrayList<>(gold.acceptedForms().size() + 1);
        List<String> fixed = new ArrayList<>(gold.acceptedForms().size() + 1);
        if (number == null || numberStrictForms) {
            addStrictForms(gold, strict, fixed);
        }
        List<String> aliases = null;
        if (lenient) {
            aliases = new ArrayList<>(gold.acceptedForms().size());
            for (String form : gold.acceptedForms()) {
                aliases.add(LenientMatcher.normalize(form));
            }
        }
        boolean exact = number != null && format.tolerance() != null && format.tolerance().amount().signum() == 0;
        BigDecimal canonical = number == null ? null : number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        boolean byParts = exact && canonical.precision() <= MAX_LONG_DIGITS;
        return new GoldForms(gold.questionId(), format, List.copyOf(strict),
                lenient ? LenientMatcher.normalize(gold.canonical()) : null, lenient ? List.copyOf(aliases) : null,
                number, unit, CheckResult.pass(gold.questionId()),
                byParts, byParts ? canonical.unscaledValue().longValueExact() : 0, byParts ? canonical.scale() : 0,
                List.of(), List.copyOf(fixed));
    }

    /** Lists the strict forms of the canonical and accepted forms, each once, and which are fixed points. */
    private static void addStrictForms(GoldAnswer gold, List<String> strict, List<String> fixed) {
        addNew(strict, fixed, gold.canonical());
        for (String form : gold.acceptedForms()) {
            addNew(strict, fixed, form);
        }
    }

    /**
     * The usual ways of writing the gold value: the canonical form and, for more than three integer
     * digits, the same grouped by commas, bare; the accepted forms; then each number followed by one of
     * the unit's first words, or after its first currency marker. Only candidates that are ASCII and that the grader reads as a
     * correct answer are kept, so the list changes no verdict: it spares reading them.
     *
     * @param maxDigits the digit cap of the verifier that will grade with these forms
     * @return these forms with the number forms listed; these forms themselves if there is no gold value
     */
    private GoldForms withNumberForms(int maxDigits) {
        if (number == null) {
            return this;
        }
        Set<String> numbers = new LinkedHashSet<>();
        // The canonical form's normal form, first of the strict forms: it is a plain decimal, so not empty.
        String plain = strictForms.get(0);
        numbers.add(plain);
        numbers.add(grouped(plain));
        // Most likely first: the bare number, the accepted forms (the strict forms hold them), then with
        // one of the unit's first words, then after its first currency marker.
        Set<String> candidates = new LinkedHashSet<>(numbers);
        candidates.addAll(strictForms);
        List<String> words = unit.wordTexts();
        List<String> prefixes = unit.prefixTexts();
        for (String n : numbers) {
            for (int i = 0; i < Math.min(UNIT_WORDS, words.size()); i++) {
                String word = words.get(i);
                candidates.add(n + " " + word);
                if (!Character.isLetter(word.charAt(0))) {
                    candidates.add(n + word); // "35.5%"
                }
            }
            if (!prefixes.isEmpty()) {
                candidates.add(prefixes.get(0) + n);
            }
        }
        List<String> kept = new ArrayList<>();
        for (String candidate : candidates) {
            if (kept.size() < MAX_NUMBER_FORMS && Normalizer.isFixedPoint(candidate)
                    && AnswerGrader.readsAsCorrect(this, candidate, maxDigits)) {
                kept.add(candidate);
            }
        }
        return new GoldForms(questionId, format, strictForms, lenientCanonical, lenientAliases, number, unit, passed,
                exactByParts, canonicalUnscaled, canonicalScale, List.copyOf(kept), fixedForms);
    }

    /** @return {@code plain} with its integer digits grouped by commas in threes, if it is a plain decimal; else itself */
    static String grouped(String plain) {
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        if (end - start <= 3) {
            return plain;
        }
        for (int i = start; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if ((c < '0' || c > '9') && i != point) {
                return plain;
            }
        }
        StringBuilder out = new StringBuilder(plain.length() + (end - start) / 3);
        out.append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, end, plain.length()).toString();
    }

    /**
     * Adds the normal form of a text to {@code forms} if it is not empty and not listed yet, and to
     * {@code fixed} too if it is a fixed point ({@link Normalizer#isFixedPoint}).
     */
    private static void addNew(List<String> forms, List<String> fixed, String text) {
        String normal = Normalizer.strict(text);
        if (!normal.isEmpty() && !forms.contains(normal)) {
            forms.add(normal);
            // strict(text) is text itself only for ASCII text that is its own normal form.
            if (normal == text || Normalizer.isFixedPoint(normal)) {
                fixed.add(normal);
            }
        }
    }
}
