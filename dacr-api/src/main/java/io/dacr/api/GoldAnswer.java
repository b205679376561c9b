package io.dacr.api;

import io.dacr.api.internal.Checks;
import java.util.List;

/**
 * The secret answer to a question.
 *
 * @param questionId the question
 * @param canonical the answer in canonical text form (a plain decimal for numbers)
 * @param acceptedForms other forms accepted after normalisation (aliases of an entity, surface forms of
 *     a number); may be empty
 * @param chain the gold reasoning chain, in order; at least one hop
 * @param trapId the trap the question targets, or null
 */
public record GoldAnswer(String questionId, String canonical, List<String> acceptedForms,
                         List<ReasoningHop> chain, String trapId) {

    /** Validates and copies. */
    public GoldAnswer {
        Checks.notBlank(questionId, "questionId");
        Checks.notBlank(canonical, "canonical");
        acceptedForms = Checks.immutableList(acceptedForms, "acceptedForms");
        chain = Checks.immutableList(chain, "chain");
        Checks.requireArgument(!chain.isEmpty(), "the gold chain of %s has no hop", questionId);
    }
}
