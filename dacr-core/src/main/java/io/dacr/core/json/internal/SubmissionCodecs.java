package io.dacr.core.json.internal;

import static io.dacr.core.json.internal.ObjectBuilder.object;

import io.dacr.api.ComputeStep;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import io.dacr.api.TraceStep;
import java.util.Set;

/** The wire form of a submission: answers and a reasoning trace whose steps are told apart by {@code type}. */
public final class SubmissionCodecs {

    /** {@code {"questionId", "answer", "citation"?, "confidence"?}}. */
    public static final Codec<QuestionAnswer> QUESTION_ANSWER = Codec.of(
            a -> object().text("questionId", a.questionId()).text("answer", a.answer())
                    .optionalText("citation", a.citation()).optionalNumber("confidence", a.confidence()).build(),
            n -> n.object(Set.of("questionId", "answer", "citation", "confidence")).build(() -> {
                Node confidence = n.optionalField("confidence");
                return new QuestionAnswer(n.text("questionId"), n.text("answer"), n.optionalText("citation"),
                        confidence == null ? null : confidence.decimal());
            }));

    /**
     * {@code {"type": "extract_fact", "targetEntity", "attribute", "valueExtracted", "source"}} or
     * {@code {"type": "compute_logic", "op", "inputs", "result"}}.
     */
    public static final Codec<TraceStep> TRACE_STEP = Codec.of(SubmissionCodecs::encodeStep, SubmissionCodecs::decodeStep);

    /** {@code {"challengeId", "artifact", "answers", "trace"}}. */
    public static final Codec<Submission> SUBMISSION = Codec.of(
            s -> object().text("challengeId", s.challengeId()).text("artifact", s.artifact())
                    .values("answers", s.answers(), QUESTION_ANSWER).values("trace", s.trace(), TRACE_STEP).build(),
            n -> n.object(Set.of("challengeId", "artifact", "answers", "trace")).build(() -> new Submission(
                    n.text("challengeId"), n.text("artifact"), n.field("answers").list(QUESTION_ANSWER::decode),
                    n.field("trace").list(TRACE_STEP::decode))));

    private SubmissionCodecs() {
    }

    private static Object encodeStep(TraceStep step) {
        // The sealed interface has exactly these two implementations.
        if (step instanceof ExtractFactStep e) {
            return object().text("type", ExtractFactStep.TYPE).text("targetEntity", e.targetEntity())
                    .text("attribute", e.attribute()).text("valueExtracted", e.valueExtracted())
                    .text("source", e.source()).build();
        }
        ComputeStep c = (ComputeStep) step;
        return object().text("type", ComputeStep.TYPE).text("op", c.op()).texts("inputs", c.inputs())
                .text("result", c.result()).build();
    }

    private static TraceStep decodeStep(Node n) {
        n.object(Set.of("type", "targetEntity", "attribute", "valueExtracted", "source", "op", "inputs", "result"));
        Node type = n.field("type");
        String name = type.text();
        if (ExtractFactStep.TYPE.equals(name)) {
            n.object(Set.of("type", "targetEntity", "attribute", "valueExtracted", "source"));
            return n.build(() -> new ExtractFactStep(n.text("targetEntity"), n.text("attribute"),
                    n.text("valueExtracted"), n.text("source")));
        }
        if (ComputeStep.TYPE.equals(name)) {
            n.object(Set.of("type", "op", "inputs", "result"));
            return n.build(() -> new ComputeStep(n.text("op"), n.field("inputs").texts(), n.text("result")));
        }
        throw type.error("unknown trace step type '" + name + "'; expected one of: "
                + ExtractFactStep.TYPE + ", " + ComputeStep.TYPE);
    }
}
