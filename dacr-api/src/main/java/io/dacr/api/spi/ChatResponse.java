package io.dacr.api.spi;

import io.dacr.api.internal.Checks;

/**
 * A back end's reply.
 *
 * @param content the reply text
 * @param model the model that answered, as the back end names it
 * @param finishReason why generation stopped ({@code stop}, {@code length}, …), empty if unknown
 * @param usage tokens consumed
 */
public record ChatResponse(String content, String model, String finishReason, TokenUsage usage) {

    /** Requires every component. */
    public ChatResponse {
        Checks.notNull(content, "content");
        Checks.notNull(model, "model");
        Checks.notNull(finishReason, "finishReason");
        Checks.notNull(usage, "usage");
    }
}
