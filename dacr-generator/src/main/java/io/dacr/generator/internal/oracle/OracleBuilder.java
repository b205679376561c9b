package io.dacr.generator.internal.oracle;

import io.dacr.api.ComputeStep;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.ReasoningHop;
import io.dacr.api.Submission;
import io.dacr.api.TraceStep;
import io.dacr.generator.internal.constraint.PlannedConstraint;
import io.dacr.generator.internal.question.PlannedQuestion;
import io.dacr.generator.internal.world.World;
import io.dacr.generator.internal.world.WorldFact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the oracle submission from the key: canonical gold answers citing the last paragraph of each
 * gold chain, a trace of {@code extract_fact} steps citing the gold paragraphs and {@code compute_logic}
 * steps re-deriving computed answers and constraint values, and an artifact that satisfies every
 * constraint.
 */
public final class OracleBuilder {

    private OracleBuilder() {
    }

    /**
     * @param challengeId the challenge id's text
     * @param world the world
     * @param questions the questions
     * @param constraints the constraints
     * @return the oracle submission
     */
    public static Submission build(String challengeId, World world, List<PlannedQuestion> questions,
                                   List<PlannedConstraint> constraints) {
        Map<String, WorldFact> facts = new HashMap<>(world.facts().size() * 4 / 3 + 1);
        for (WorldFact f : world.facts()) {
            facts.put(f.id(), f);
        }
        List<QuestionAnswer> answers = new ArrayList<>();
        List<TraceStep> trace = new ArrayList<>(128);
        for (PlannedQuestion q : questions) {
            // The numeric values read so far are the operands of the question's computation.
            List<String> values = new ArrayList<>();
            String citation = null;
            for (ReasoningHop hop : q.gold().chain()) {
                if (hop.operation().equals("extract")) {
                    for (int i = 0; i < hop.factIds().size(); i++) {
                        WorldFact f = facts.get(hop.factIds().get(i));
                        citation = hop.paragraphIds().get(i);
                        trace.add(new ExtractFactStep(f.subject().canonical(), f.attributeId(), f.fact().value(), citation));
                        if (f.number() != null) {
                            values.add(f.fact().value());
                        }
                    }
                } else {
                    trace.add(new ComputeStep(hop.operation(), inputs(hop, values), hop.result()));
                }
            }
            answers.add(new QuestionAnswer(q.question().id(), q.gold().canonical(), citation, BigDecimal.ONE));
        }
        for (PlannedConstraint c : constraints) {
            trace.addAll(c.derivation());
        }
        return new Submission(challengeId, ArtifactBuilder.build(constraints), answers, trace);
    }

    /** A count's inputs are the values that pass the filter (those above the threshold), so count(inputs) = result. */
    private static List<String> inputs(ReasoningHop hop, List<String> values) {
        if (!hop.operation().equals("count")) {
            return List.copyOf(values);
        }
        int n = Integer.parseInt(hop.result());
        List<BigDecimal> sorted = new ArrayList<>();
        for (String v : values) {
            sorted.add(new BigDecimal(v));
        }
        sorted.sort(null);
        List<String> above = new ArrayList<>();
        for (int i = sorted.size() - n; i < sorted.size(); i++) {
            above.add(sorted.get(i).toPlainString());
        }
        return above;
    }
}
