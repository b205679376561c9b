package io.dacr.core.verify.internal;

import io.dacr.api.CheckResult;
import io.dacr.api.ComputeStep;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.Fact;
import io.dacr.api.GroundedMention;
import io.dacr.api.Outcome;
import io.dacr.api.Paragraph;
import io.dacr.api.TraceRules;
import io.dacr.api.TraceStep;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

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

    private final KeyIndex index;
    private final int maxDigits;

    TraceValidator(KeyIndex index, int maxDigits) {
        this.index = index;
        this.maxDigits = maxDigits;
    }

    CheckResult validate(List<TraceStep> trace) {
        TraceRules rules = index.challenge().traceRules();
        for (int i = 0; i < trace.size(); i++) {
            String problem = trace.get(i) instanceof ExtractFactStep e ? extract(e, rules) : compute((ComputeStep) trace.get(i), rules);
            if (problem != null) {
                return new CheckResult("trace", Outcome.FAIL, String.format(Locale.ROOT, "step %d: %s", i + 1, problem));
            }
        }
        return CheckResult.pass("trace");
    }

    private String extract(ExtractFactStep step, TraceRules rules) {
        String source = step.source().trim();
        if (!Paragraph.isParagraphId(source)
                || Integer.parseInt(source.substring("paragraph_".length())) > index.challenge().paragraphs().size()) {
            return "cites a paragraph the document does not have";
        }
        if (!rules.citationsChecked()) {
            return null;
        }
        String entity = Normalizer.strict(step.targetEntity());
        String attribute = attribute(step.attribute());
        for (GroundedMention m : index.mentions(source)) {
            Fact f = index.fact(m.factId());
            if (f != null && attribute(f.attribute()).equals(attribute) && index.names(f.entity()).contains(entity)
                    && valueMatches(step.valueExtracted(), f, m)) {
                return null;
            }
        }
        return "the cited paragraph does not state that fact";
    }

    private static String attribute(String text) {
        return Normalizer.strict(text.replace('_', ' ').replace('-', ' '));
    }

    private boolean valueMatches(String extracted, Fact fact, GroundedMention mention) {
        String v = Normalizer.strict(extracted);
        if (v.equals(Normalizer.strict(fact.value())) || v.equals(Normalizer.strict(mention.surfaceForm()))) {
            return true;
        }
        BigDecimal gold = Decimals.parse(fact.value().trim(), 1000);
        if (gold == null) {
            return false;
        }
        NumberReading read = NumberReader.read(extracted, fact.unit(), maxDigits);
        if (read.kind() != NumberReading.Kind.VALUE) {
            return false;
        }
        if (read.value().compareTo(gold) == 0) {
            return true;
        }
        // A rounded surface form ("$1.66 billion") read as written is what the paragraph states.
        NumberReading surface = NumberReader.read(mention.surfaceForm(), fact.unit(), maxDigits);
        return surface.kind() == NumberReading.Kind.VALUE && surface.value().compareTo(read.value()) == 0;
    }

    private String compute(ComputeStep step, TraceRules rules) {
        String op = step.op().trim();
        if (!rules.operations().contains(op)) {
            return "operation is not allowed by the trace rules";
        }
        return ComputeOps.check(op, step.inputs(), step.result(), maxDigits);
    }
}
