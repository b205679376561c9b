package io.dacr.api.spi;

import io.dacr.api.internal.Checks;
import java.util.List;

/**
 * A chat-completion request. Sampling settings not given here come from the back end's
 * {@link LlmConfig}.
 *
 * @param messages the conversation so far, at least one message
 */
public record ChatRequest(List<ChatMessage> messages) {

    /** Requires at least one message and copies. */
    public ChatRequest {
        messages = Checks.immutableList(messages, "messages");
        Checks.requireArgument(!messages.isEmpty(), "a chat request has at least one message");
    }
}
