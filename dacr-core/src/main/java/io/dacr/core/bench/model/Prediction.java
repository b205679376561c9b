package io.dacr.core.bench.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A model's answers to one challenge, in DACR-Bench's prediction format
 * ({@code {challengeId, model, timestamp, answers {qid: {answer, citation, confidence}}, metadata}}).
 *
 * @param challengeId the challenge answered
 * @param model the model's name
 * @param answers the answers by question id, in the file's order
 * @param parseFormat {@code metadata.parseFormat} ({@code json}, {@code trace}, {@code prose},
 *     {@code failed}) or null when absent
 */
public record Prediction(String challengeId, String model, Map<String, PredictedAnswer> answers, String parseFormat) {

    /** @throws NullPointerException if a required part is null */
    public Prediction {
        Objects.requireNonNull(challengeId, "challengeId");
        Objects.requireNonNull(model, "model");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
