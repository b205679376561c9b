package io.dacr.core.session.internal;

import io.dacr.api.ComputeStep;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import io.dacr.api.TraceStep;
import io.dacr.api.internal.CanonicalJson;
import io.dacr.core.json.AttemptOrigin;
import io.dacr.core.json.internal.Node;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What an attempt record can hold and read back. A submission the verifier refused as MALFORMED may
 * carry what no JSON line can: an unpaired surrogate (no UTF-8 form), a string longer than a reader
 * accepts, a confidence of thousands of decimal places. Such a submission is recorded as a copy with
 * unpaired surrogates replaced by U+FFFD, strings cut at {@value #MAX_CHARS} characters (marked with a
 * trailing U+2026) and such confidences dropped; the verdict recorded with it says what was wrong. A
 * submission that needs none of this is recorded as it is.
 */
public final class StorableText {

    /** The longest string a recorded MALFORMED submission keeps; far above every verification cap. */
    public static final int MAX_CHARS = 65_536;

    private static final char CUT = '\u2026';

    private StorableText() {
    }

    /**
     * @param submission a submission graded MALFORMED
     * @return it, or a copy that a record can hold
     */
    public static Submission submission(Submission submission) {
        List<QuestionAnswer> answers = new ArrayList<>(submission.answers().size());
        boolean changed = false;
        for (QuestionAnswer a : submission.answers()) {
            QuestionAnswer copy = new QuestionAnswer(text(a.questionId()), text(a.answer()),
                    a.citation() == null ? null : text(a.citation()), confidence(a.confidence()));
            changed |= !copy.equals(a);
            answers.add(copy);
        }
        List<TraceStep> trace = new ArrayList<>(submission.trace().size());
        for (TraceStep step : submission.trace()) {
            TraceStep copy = step(step);
            changed |= !copy.equals(step);
            trace.add(copy);
        }
        String challengeId = text(submission.challengeId());
        String artifact = text(submission.artifact());
        changed |= !challengeId.equals(submission.challengeId()) || !artifact.equals(submission.artifact());
        return changed ? new Submission(challengeId, artifact, answers, trace) : submission;
    }

    /**
     * @param origin where a model's attempt came from, or null
     * @return it, or a copy whose raw reply has no unpaired surrogate; null for null
     */
    public static AttemptOrigin origin(AttemptOrigin origin) {
        if (origin == null || Node.unpairedSurrogate(origin.response()) < 0) {
            return origin;
        }
        return new AttemptOrigin(origin.promptVersion(), origin.strategy(), Node.wellFormed(origin.response()),
                origin.usage());
    }

    private static TraceStep step(TraceStep step) {
        if (step instanceof ExtractFactStep e) {
            return new ExtractFactStep(text(e.targetEntity()), text(e.attribute()), text(e.valueExtracted()), text(e.source()));
        }
        ComputeStep c = (ComputeStep) step;
        List<String> inputs = new ArrayList<>(c.inputs().size());
        for (String input : c.inputs()) {
            inputs.add(text(input));
        }
        return new ComputeStep(text(c.op()), inputs, text(c.result()));
    }

    private static BigDecimal confidence(BigDecimal c) {
        return c == null || CanonicalJson.hasCanonicalForm(c) ? c : null;
    }

    /**
     * @param s a string
     * @return it, or a copy cut at {@link #MAX_CHARS} and with unpaired surrogates replaced
     */
    static String text(String s) {
        String t = s;
        if (t.length() > MAX_CHARS) {
            int end = MAX_CHARS;
            if (Character.isHighSurrogate(t.charAt(end - 1)) && Character.isLowSurrogate(t.charAt(end))) {
                end--;
            }
            t = t.substring(0, end) + CUT;
        }
        return Node.wellFormed(t);
    }
}
