package io.dacr.core.bench.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A model's answer to one question, in DACR-Bench's prediction format.
 *
 * @param answer the answer text
 * @param citation the passage or paragraph the model cites; may be empty
 * @param confidence the stated confidence, exact as written, or null when missing (scored as 0); values
 *     outside [0, 1] are clamped when scored, as DACR-Bench does
 */
public record PredictedAnswer(String answer, String citation, BigDecimal confidence) {

    /** @throws NullPointerException if {@code answer} or {@code citation} is null */
    public PredictedAnswer {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(citation, "citation");
    }
}
