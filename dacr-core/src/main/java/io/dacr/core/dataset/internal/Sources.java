package io.dacr.core.dataset.internal;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.Submission;
import io.dacr.api.spi.ChatMessage;
import io.dacr.core.json.AttemptRecord;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What an export reads besides its records, in plain function types.
 *
 * @param prompt renders a challenge's prompt
 * @param promptVersion the prompt's version
 * @param completion renders a submission as the assistant's reply
 * @param challenge finds a challenge by id; throws a DacrException naming it when absent
 * @param key finds an answer key by id, or returns null
 * @param keep the export filter, outcome excluded
 * @param keepOutcome the outcome part of the filter (RAW only)
 */
public record Sources(Function<Challenge, List<ChatMessage>> prompt, String promptVersion,
                      Function<Submission, String> completion, Function<String, Challenge> challenge,
                      Function<String, AnswerKey> key, Predicate<AttemptRecord> keep,
                      Predicate<AttemptRecord> keepOutcome) {
}
