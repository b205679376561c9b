package io.dacr.api.spi;

import io.dacr.api.internal.Checks;

/**
 * One message of a chat conversation.
 *
 * @param role who speaks
 * @param content what is said
 */
public record ChatMessage(Role role, String content) {

    /** The speakers of a chat. */
    public enum Role {
        /** Instructions that frame the conversation. */
        SYSTEM,
        /** The prompt. */
        USER,
        /** The model's reply. */
        ASSISTANT
    }

    /** Requires both components. */
    public ChatMessage {
        Checks.notNull(role, "role");
        Checks.notNull(content, "content");
    }

    /**
     * @param content the text
     * @return a system message
     */
    public static ChatMessage system(String content) {
        return new ChatMessage(Role.SYSTEM, content);
    }

    /**
     * @param content the text
     * @return a user message
     */
    public static ChatMessage user(String content) {
        return new ChatMessage(Role.USER, content);
    }

    /**
     * @param content the text
     * @return an assistant message
     */
    public static ChatMessage assistant(String content) {
        return new ChatMessage(Role.ASSISTANT, content);
    }
}
