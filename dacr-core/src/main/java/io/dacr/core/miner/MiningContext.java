package io.dacr.core.miner;

import io.dacr.api.Challenge;
import io.dacr.api.Submission;
import io.dacr.api.spi.ChatMessage;
import io.dacr.core.session.SubmitResult;
import java.util.List;

/**
 * What a {@link Strategy} works with while it mines one challenge: the challenge and its prompts, the
 * model, and the challenge's attempt session. Every model call and every graded attempt goes through
 * here, so that each is recorded (attempts with their {@code AttemptOrigin}, unreadable replies as parse
 * failures) whatever the strategy does. Used by one thread at a time.
 */
public interface MiningContext {

    /** @return the challenge being mined (public part only) */
    Challenge challenge();

    /** @return the prompt builder; its version is recorded with every attempt */
    PromptBuilder prompts();

    /**
     * Asks the model once. An unreadable reply is recorded as a parse failure before this returns.
     *
     * @param conversation the messages so far, at least one
     * @return the reply, read or not
     * @throws io.dacr.api.LlmException if the back end gave no reply (after its own retries)
     * @throws java.util.concurrent.CancellationException if mining was cancelled
     * @throws RecordingException if an unreadable reply cannot be recorded in the parse-failure log
     */
    Reply ask(List<ChatMessage> conversation);

    /**
     * Submits a readable reply as an attempt, recording the reply's text and the tokens spent since the
     * last attempt.
     *
     * @param reply a readable reply
     * @return the graded, recorded attempt, or the session's refusal
     * @throws IllegalArgumentException if the reply is not readable
     * @throws RecordingException if the attempt cannot be recorded (the store failed or refused the record)
     */
    SubmitResult submit(Reply reply);

    /**
     * Submits a submission the strategy put together (from several replies, say), recording
     * {@code response} as the reply it came from.
     *
     * @param submission the submission
     * @param response the reply text to record with it
     * @return the graded, recorded attempt, or the session's refusal
     * @throws RecordingException if the attempt cannot be recorded (the store failed or refused the record)
     */
    SubmitResult submit(Submission submission, String response);

    /** @return how many more attempts the session grades; 0 once one passed */
    int attemptsLeft();

    /** @return how many more times the model may be asked again after an unreadable reply */
    int parseRetriesLeft();
}
