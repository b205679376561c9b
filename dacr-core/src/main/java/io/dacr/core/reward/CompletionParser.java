package io.dacr.core.reward;

import io.dacr.api.FormatException;
import io.dacr.api.Submission;
import io.dacr.core.miner.ParsedReply;
import io.dacr.core.miner.ResponseParser;
import io.dacr.core.reward.internal.StrictSubmissionParser;

/**
 * Reads a model's completion text as a submission. The reward function is written against this
 * interface so that the miner harness's tolerant parser (fences, prose around the JSON) can be plugged
 * in; {@link #strictJson()} is the strict default.
 */
@FunctionalInterface
public interface CompletionParser {

    /**
     * @param completion the model's text
     * @param challengeId the challenge it answers
     * @return the submission
     * @throws FormatException if the text is not a submission
     */
    Submission parse(String completion, String challengeId);

    /**
     * DACR's JSON submission format ({@code {"artifact", "answers", "trace"}}), with the allowances a
     * model's output needs: the text may sit in one Markdown code fence; {@code schemaVersion} and
     * {@code challengeId} may be left out (they are filled in; a different challenge id is an error); and
     * {@code answers} may be the miner harness prompt's object keyed by question id
     * ({@code {"q1": {"answer", "citation", "confidence"}}}, as {@code PromptBuilder.reply} writes it)
     * instead of a list of {@code {"questionId", ...}} objects. Nothing else is repaired.
     *
     * @return the strict parser
     */
    static CompletionParser strictJson() {
        return StrictSubmissionParser::parse;
    }

    /**
     * The miner harness's tolerant reading ({@link ResponseParser}): code fences, prose around the JSON,
     * single quotes and the other slips models make. Use it when the completions come from the harness's
     * prompt, so a reward and a mined attempt read the same text the same way.
     *
     * @return the tolerant parser
     */
    static CompletionParser tolerant() {
        ResponseParser reader = ResponseParser.standard();
        return (completion, challengeId) -> {
            ParsedReply reply = reader.parse(challengeId, completion);
            if (reply instanceof ParsedReply.Readable readable) {
                return readable.submission();
            }
            throw new FormatException("submission", "$", ((ParsedReply.Unreadable) reply).problem(), null);
        };
    }
}
