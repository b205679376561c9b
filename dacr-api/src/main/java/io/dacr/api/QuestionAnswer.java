package io.dacr.api;

import io.dacr.api.internal.Checks;
import java.math.BigDecimal;

/**
 * A solver's answer to one question. Submissions come from untrusted parties, so this type accepts
 * any text; the verifier decides what it is worth.
 *
 * @param questionId the question answered
 * @param answer the answer as given; empty means no answer
 * @param citation the paragraph the solver cites ({@code paragraph_N}), or null
 * @param confidence the solver's confidence in [0, 1], or null if not given
 */
public record QuestionAnswer(String questionId, String answer, String citation, BigDecimal confidence) {

    /** Requires the question id and the answer text to be present. */
    public QuestionAnswer {
        Checks.notNull(questionId, "questionId");
        Checks.notNull(answer, "answer");
    }
}
