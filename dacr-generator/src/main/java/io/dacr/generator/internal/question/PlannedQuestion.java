package io.dacr.generator.internal.question;

import io.dacr.api.GoldAnswer;
import io.dacr.api.Question;
import io.dacr.generator.internal.world.Entity;
import java.math.BigDecimal;

/**
 * A question with its gold answer and what later stages derive from it.
 *
 * @param question the public question
 * @param gold the gold answer and chain
 * @param number the answer's value for numeric answers, else null
 * @param entity the answering entity for entity answers, else null
 * @param trappedAnswer the answer a solver that fell for the targeted trap gives, or null
 */
public record PlannedQuestion(Question question, GoldAnswer gold, BigDecimal number, Entity entity, String trappedAnswer) {
}
