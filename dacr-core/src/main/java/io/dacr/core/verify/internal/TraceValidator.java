package io.dacr.core.verify.internal;

import io.dacr.api.CheckResult;
import io.dacr.api.ComputeStep;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.Outcome;
import io.dacr.api.Paragraph;
import io.dacr.api.TraceRules;
import io.dacr.api.TraceStep;
import java.math.BigDecimal;
import java.util.List;

/**
 * Validates a trace whose size is already within the caps and the trace rules. An
 * {@code extract_fact} step must cite an existing paragraph and, when the rules check citations, the
 * grounding index must state there a fact of that entity (by any of its names, normalised) and
 * attribute (normalised, {@code _} and {@code -} read as spaces) whose value matches the extracted
 * value: by value for numbers (read as {@link NumberReader} reads answers, in the fact's unit), or by
 * normalised text, against the fact's canonical value or the surface form written there. A
 * {@code compute_logic} step must use an allowed operation and its result must be right when
 * re-executed ({@link ComputeOps}). The first broken step fails the trace, with its number.
 */
final class TraceValidator {

    private static final CheckResult PASSED = CheckResult.pass("trace");
    private static final String PARAGRAPH_PREFIX = "paragraph_";
    /** {@code paragraph_[1-9][0-9]{0,5}}: at most six digits, as {@link Paragraph#isParagraphId} accepts. */
    private static final int MAX_PARAGRAPH_DIGITS = 6;

    private final KeyIndex index;
    private final int maxDigits;
    private final Scratch scratch;
    private final NormalText entity;
    private final NormalText attribute;

    /**
     * @param index the challenge and key
     * @param maxDigits the most digits a number may have
     * @param scratch the verification's buffers
     */
    TraceValidator(KeyIndex index, int maxDigits, Scratch scratch) {
        this.index = index;
        this.maxDigits = maxDigits;
        this.scratch = scratch;
        this.entity = scratch.text;
        this.attribute = scratch.attribute;
    }

    CheckResult validate(List<TraceStep> trace) {
        TraceRules rules = index.traceRules();
        for (int i = 0; i < trace.size(); i++) {
            String problem = trace.get(i) instanceof ExtractFactStep e ? extract(e, rules) : compute((ComputeStep) trace.get(i));
            if (problem != null) {
                return new CheckResult("trace", Outcome.FAIL, "step " + (i + 1) + ": " + problem);
            }
        }
        return PASSED;
    }

    private String extract(ExtractFactStep step, TraceRules rules) {
        String source = step.source().trim();
        int paragraph = paragraphNumber(source);
        if (paragraph < 0 || paragraph > index.paragraphCount()) {
            return "cites a paragraph the document does not have";
        }
        if (!rules.citationsChecked()) {
            return null;
        }
        // Names written as the key writes them (the usual case) have their normal forms ready, as the
        // statements hold them: statements are then matched mostly by identity.
        CitationIndex citations = index.citations();
        String knownEntity = citations.knownNormalName(step.targetEntity());
        String knownAttribute = citations.knownNormalAttribute(step.attribute());
        boolean known = knownEntity != null && knownAttribute != null;
        if (!known) {
            if (knownEntity != null) {
                entity.normal(knownEntity);
            } else {
                entity.strict(step.targetEntity());
            }
            if (knownAttribute != null) {
                attribute.normal(knownAttribute);
            } else {
                attribute.attribute(step.attribute());
            }
        }
        String extracted = step.valueExtracted();
        String value = null; // normalised when a statement first needs it
        int end = citations.endOfStatements(paragraph);
        for (int i = citations.firstStatement(paragraph); i < end; i++) {
            GroundedStatement statement = citations.statement(i);
            if (known ? statement.statesKnown(knownAttribute, knownEntity) : statement.states(attribute, entity)) {
                // A value copied as the key writes it has the normal form the statement matches as text.
                if (statement.isRawValue(extracted)) {
                    return null;
                }
                if (value == null) {
                    value = Normalizer.strict(extracted);
                }
                if (valueMatches(extracted, value, statement)) {
                    return null;
                }
            }
        }
        return "the cited paragraph does not state that fact";
    }

    /**
     * The number of a paragraph id, read by hand as {@link Paragraph#isParagraphId} would match it
     * (no regular expression on the hot path).
     *
     * @return the number, or -1 if {@code source} is not a paragraph id
     */
    static int paragraphNumber(String source) {
        int digits = source.length() - PARAGRAPH_PREFIX.length();
        if (digits < 1 || digits > MAX_PARAGRAPH_DIGITS || !source.startsWith(PARAGRAPH_PREFIX)
                || source.charAt(PARAGRAPH_PREFIX.length()) == '0') {
            return -1;
        }
        int n = 0;
        for (int i = PARAGRAPH_PREFIX.length(); i < source.length(); i++) {
            char c = source.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private boolean valueMatches(String extracted, String normalised, GroundedStatement statement) {
        // A number written with superscript, circled … digits is not the number NFKC makes of it ("2⁷").
        if (NumberReader.hasCompatibilityDigit(extracted) && statement.number() != null) {
            return false;
        }
        if (statement.matchesText(normalised)) {
            return true;
        }
        BigDecimal gold = statement.number();
        if (gold == null) {
            return false;
        }
        // The normal form is the one the reader would build, unless U+2212 is there to be read as '-'.
        BigDecimal value;
        if (extracted.indexOf('\u2212') < 0) {
            char[] chars = scratch.chars(normalised.length());
            normalised.getChars(0, normalised.length(), chars, 0);
            if (NumberReader.scan(chars, normalised.length(), statement.unit(), maxDigits, scratch.number) != null) {
                return false;
            }
            value = scratch.number.value();
        } else {
            NumberReading read = NumberReader.read(extracted, statement.unit(), maxDigits);
            if (read.kind() != NumberReading.Kind.VALUE) {
                return false;
            }
            value = read.value();
        }
        if (value.compareTo(gold) == 0) {
            return true;
        }
        // A rounded surface form ("$1.66 billion") read as written is what the paragraph states.
        BigDecimal surface = statement.surfaceNumber();
        return surface != null && surface.compareTo(value) == 0;
    }

    private String compute(ComputeStep step) {
        String op = step.op().trim();
        if (!index.allowsOperation(op)) {
            return "operation is not allowed by the trace rules";
        }
        return ComputeOps.check(op, step.inputs(), step.result(), maxDigits, scratch);
    }
}
