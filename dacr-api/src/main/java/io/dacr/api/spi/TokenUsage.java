package io.dacr.api.spi;

import io.dacr.api.internal.Checks;

/**
 * Tokens a request consumed, as the back end reported them.
 *
 * @param promptTokens tokens of the prompt
 * @param completionTokens tokens of the reply
 */
public record TokenUsage(long promptTokens, long completionTokens) {

    /** Usage of a back end that reports none. */
    public static final TokenUsage UNKNOWN = new TokenUsage(0, 0);

    /** Requires non-negative counts. */
    public TokenUsage {
        Checks.nonNegative(promptTokens, "promptTokens");
        Checks.nonNegative(completionTokens, "completionTokens");
    }

    /** @return prompt plus completion tokens */
    public long totalTokens() {
        return promptTokens + completionTokens;
    }
}
