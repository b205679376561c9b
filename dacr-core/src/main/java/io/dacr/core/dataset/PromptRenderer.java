package io.dacr.core.dataset;

import io.dacr.api.Challenge;
import io.dacr.api.Submission;
import io.dacr.api.spi.ChatMessage;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns a challenge into the chat prompt a model sees, so that training rows show exactly the prompt
 * the miner harness sends. Exports name its {@link #version()} in every row: rows made under different
 * prompts must not be mixed unknowingly.
 *
 * <pre>{@code
 * PromptBuilder harness = PromptBuilder.standard();
 * PromptRenderer renderer = PromptRenderer.of(harness.version(), harness::messages, harness::reply);
 * }</pre>
 */
public interface PromptRenderer {

    /**
     * @param challenge a challenge
     * @return the prompt: system and user messages, in order
     */
    List<ChatMessage> messages(Challenge challenge);

    /** @return the prompt's version, written into every exported row */
    String version();

    /**
     * The assistant turn a training row shows for a submission: it should be written in the form the
     * prompt asks for, so a model is trained to answer the way it is asked. The default is the submission
     * in DACR's JSON submission format; a renderer for the miner harness's prompt uses
     * {@code PromptBuilder::reply}.
     *
     * @param submission a submission
     * @return its text as the model's reply
     */
    default String completion(Submission submission) {
        return DacrJson.writeString(DocumentFormat.SUBMISSION, submission);
    }

    /**
     * @param version the prompt's version
     * @param messages builds the prompt
     * @return a renderer from a function, with the default completion
     */
    static PromptRenderer of(String version, Function<Challenge, List<ChatMessage>> messages) {
        return create(version, messages, null);
    }

    /**
     * @param version the prompt's version
     * @param messages builds the prompt
     * @param completion writes a submission as the reply the prompt asks for
     * @return a renderer from two functions
     */
    static PromptRenderer of(String version, Function<Challenge, List<ChatMessage>> messages,
                             Function<Submission, String> completion) {
        return create(version, messages, Objects.requireNonNull(completion, "completion"));
    }

    private static PromptRenderer create(String version, Function<Challenge, List<ChatMessage>> messages,
                                         Function<Submission, String> completion) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(messages, "messages");
        return new PromptRenderer() {
            @Override
            public List<ChatMessage> messages(Challenge challenge) {
                return messages.apply(challenge);
            }

            @Override
            public String version() {
                return version;
            }

            @Override
            public String completion(Submission submission) {
                return completion == null ? PromptRenderer.super.completion(submission) : completion.apply(submission);
            }
        };
    }
}
