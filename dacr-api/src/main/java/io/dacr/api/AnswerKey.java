package io.dacr.api;

import io.dacr.api.internal.Checks;
import java.util.List;

/**
 * The secret part of a challenge: gold answers, derived constraint values, traps, grounding and
 * provenance. Never shown to a solver; in a mining deployment it is regenerated from the challenge id
 * and the epoch secret.
 *
 * @param challengeId the challenge it belongs to
 * @param facts the authoritative facts of the world that questions and traps refer to
 * @param answers one gold answer per question, in question order
 * @param constraintValues one entry per constraint, in constraint order
 * @param traps the traps placed in the document
 * @param grounding which paragraph states which fact
 * @param provenance how the key was generated
 */
public record AnswerKey(ChallengeId challengeId, List<Fact> facts, List<GoldAnswer> answers,
                        List<ConstraintValue> constraintValues, List<Trap> traps, GroundingIndex grounding,
                        Provenance provenance) {

    /** Validates and copies. */
    public AnswerKey {
        Checks.notNull(challengeId, "challengeId");
        facts = Checks.immutableList(facts, "facts");
        answers = Checks.immutableList(answers, "answers");
        constraintValues = Checks.immutableList(constraintValues, "constraintValues");
        traps = Checks.immutableList(traps, "traps");
        Checks.notNull(grounding, "grounding");
        Checks.notNull(provenance, "provenance");
    }

    /**
     * @param questionId a question id
     * @return its gold answer, or null if the key has none
     */
    public GoldAnswer answer(String questionId) {
        for (GoldAnswer a : answers) {
            if (a.questionId().equals(questionId)) {
                return a;
            }
        }
        return null;
    }
}
