package io.dacr.core.json;

import io.dacr.api.internal.Checks;
import io.dacr.api.spi.TokenUsage;

/**
 * Where a model-made attempt came from: the prompt version it answered, the strategy that drove the
 * model, the raw reply the submission was read from, and the tokens it cost. The miner harness attaches
 * one to every attempt it records, so that training-data exports can show the exact prompt and reply,
 * and a change of prompt can be told apart in the results.
 *
 * @param promptVersion the prompt builder's version, e.g. {@code dacr-prompt-1} (not blank)
 * @param strategy the strategy's name, e.g. {@code self-refine} (not blank)
 * @param response the model's reply as received, before parsing (for a vote of several samples: the
 *     sample whose artifact and trace were submitted)
 * @param usage the tokens this attempt cost, parse failures before it and every sample of a vote included
 */
public record AttemptOrigin(String promptVersion, String strategy, String response, TokenUsage usage) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a component is null or a name is blank
     */
    public AttemptOrigin {
        Checks.notBlank(promptVersion, "promptVersion");
        Checks.notBlank(strategy, "strategy");
        Checks.notNull(response, "response");
        Checks.notNull(usage, "usage");
    }
}
