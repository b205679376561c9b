package io.dacr.core.dataset;

import io.dacr.api.Challenge;
import io.dacr.api.Submission;
import io.dacr.api.spi.ChatMessage;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;

import java.util.List;

/**
 * Turns a challenge into the chat prompt a model sees, so that training rows show exactly the prompt
 * the miner harness sends. Exports name its {@link #version()} in every row: rows made under different
 * prompts must not be mixed unknowingly.
 *
 * <pre>{@code
 * PromptRenderer renderer = PromptRenderer.of("harness-v3", challenge -> builder.messages(challenge));
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
     * The assistant turn a training row shows for a submission. The default is the submission in
     * DACR's strict JSON submission format; override it when the harness asks for another form.
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
    static PromptRenderer of(String version, java.util.function.Function<Challenge, List<ChatMessage>> messages) {
        java.util.Objects.requireNonNull(version, "version");
        java.util.Objects.requireNonNull(messages, "messages");
        return new PromptRenderer() {
            @Override
            public List<ChatMessage> messages(Challenge challenge) {
                return messages.apply(challenge);
            }

            @Override
            public String version() {
                return version;
            }
        };
    }
}
