package io.dacr.core.bench.model;

import java.util.List;
import java.util.Objects;

/**
 * A question of a DACR-Bench challenge with its gold answer.
 *
 * @param questionId the id, unique within the challenge, e.g. {@code q01}
 * @param text the question
 * @param category one of the seven categories' wire names, e.g. {@code trap_targeted} (kept as text so a
 *     file with a category this release does not know still imports and is broken down under it)
 * @param hops the reasoning hops, at least 1
 * @param targetsTrap the id of the trap it targets, or null
 * @param goldAnswer the gold answer
 * @param goldAnswerAliases other accepted forms
 * @param reasoningChain the gold reasoning chain
 * @param difficulty {@code easy}, {@code medium} or {@code hard}
 */
public record BenchQuestion(String questionId, String text, String category, int hops, String targetsTrap,
                            String goldAnswer, List<String> goldAnswerAliases, List<BenchStep> reasoningChain,
                            String difficulty) {

    /**
     * @throws NullPointerException if a required part is null
     * @throws IllegalArgumentException if {@code hops} is below 1
     */
    public BenchQuestion {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(goldAnswer, "goldAnswer");
        goldAnswerAliases = List.copyOf(goldAnswerAliases);
        reasoningChain = List.copyOf(reasoningChain);
        Objects.requireNonNull(difficulty, "difficulty");
        if (hops < 1) {
            throw new IllegalArgumentException("hops must be at least 1, was " + hops);
        }
    }
}
