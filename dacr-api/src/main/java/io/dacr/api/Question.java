package io.dacr.api;

import io.dacr.api.internal.Checks;

/**
 * A question of a challenge: the public part. The gold answer is in the {@link AnswerKey}.
 *
 * @param id {@code q1}, {@code q2}, … unique within the challenge
 * @param text the question as asked
 * @param category its reasoning category
 * @param hops how many reasoning hops it needs, 1 to {@value #MAX_HOPS}
 * @param answerFormat what kind of answer it expects
 */
public record Question(String id, String text, QuestionCategory category, int hops, AnswerFormat answerFormat) {

    /** Compiled once: ids are checked for every record made, on the generator's hot path. */
    /** The deepest question the generator produces. */
    public static final int MAX_HOPS = 6;

    /** Validates every component. */
    public Question {
        Checks.requireArgument(Checks.isNumberedId(id, "q", 4), "question id must look like q1, was '%s'", id);
        Checks.notBlank(text, "text");
        Checks.notNull(category, "category");
        Checks.requireArgument(hops >= 1 && hops <= MAX_HOPS, "hops must be 1 to %d, was %d", MAX_HOPS, hops);
        Checks.notNull(answerFormat, "answerFormat");
    }
}
