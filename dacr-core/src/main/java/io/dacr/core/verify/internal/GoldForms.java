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
 * @param lenientCanonical the canonical form, normalised the DACR-Bench way
 * @param lenientAliases the accepted forms, normalised the DACR-Bench way
 * @param number the gold value of a NUMBER question, or null (other types, or a canonical form that
 *     is not a plain decimal)
 * @param unit the unit of a NUMBER question, as {@link NumberReader} reads it; null for other types
 * @param passed the result of a correct answer (immutable, so shared by every verdict)
 * @param exactByParts whether a correct answer equals {@code number} exactly (zero tolerance) and
 *     {@code number} has at most 18 significant digits, so an answer's number of at most 18 digits is
 *     compared by {@link ParsedNumber#equalsCanonical} with the two parts below, without arithmetic
 * @param canonicalUnscaled the unscaled value of {@code number} without trailing zeros, when {@code exactByParts}
 * @param canonicalScale its scale, when {@code exactByParts}
 */
record GoldForms(String questionId, AnswerFormat format, List<String> strictForms, String lenientCanonical,
                 List<String> lenientAliases, BigDecimal number, Unit unit, CheckResult passed,
                 boolean exactByParts, long canonicalUnscaled, int canonicalScale) {

    /** Digits allowed in a gold number: the key is trusted, but its canonical form is plain. */
    private static final int GOLD_DIGITS = 1000;
    /** Significant digits that always fit in a long. */
    private static final int MAX_LONG_DIGITS = 18;

    static GoldForms of(GoldAnswer gold, AnswerFormat format) {
        Set<String> strict = new LinkedHashSet<>();
        addNonEmpty(strict, Normalizer.strict(gold.canonical()));
        List<String> aliases = new ArrayList<>();
        for (String form : gold.acceptedForms()) {
            addNonEmpty(strict, Normalizer.strict(form));
            aliases.add(LenientMatcher.normalize(form));
        }
        BigDecimal number = null;
        if (format.type() == io.dacr.api.AnswerType.NUMBER) {
            number = Decimals.parse(gold.canonical().trim(), GOLD_DIGITS);
        }
        boolean exact = number != null && format.tolerance() != null && format.tolerance().amount().signum() == 0;
        BigDecimal canonical = number == null ? null : number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        boolean byParts = exact && canonical.precision() <= MAX_LONG_DIGITS;
        return new GoldForms(gold.questionId(), format, List.copyOf(strict),
                LenientMatcher.normalize(gold.canonical()), List.copyOf(aliases), number,
                format.unit() == null ? null : Unit.of(format.unit()), CheckResult.pass(gold.questionId()),
                byParts, byParts ? canonical.unscaledValue().longValueExact() : 0, byParts ? canonical.scale() : 0);
    }

    private static void addNonEmpty(Set<String> set, String value) {
        if (!value.isEmpty()) {
            set.add(value);
        }
    }
}
