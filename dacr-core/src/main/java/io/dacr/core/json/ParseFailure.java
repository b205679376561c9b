package io.dacr.core.json;

import io.dacr.api.internal.Checks;
import io.dacr.api.spi.TokenUsage;
import java.time.Instant;

/**
 * A model reply the miner harness could not read as a submission. It was not graded, so it is kept
 * apart from the attempt records rather than scored as a wrong answer; benchmarks count these for the
 * parse-failure rate. Read and write it as {@link DocumentFormat#PARSE_FAILURE}.
 *
 * @param sessionId the session the reply belongs to
 * @param challengeId the text form of the challenge id
 * @param modelId the model that replied
 * @param promptVersion the prompt version it answered
 * @param strategy the strategy that asked
 * @param call which request to the model this was within the session, from 1
 * @param response the reply as received
 * @param problem why it could not be read, for a person
 * @param usage the tokens the reply cost
 * @param receivedAt when the reply arrived
 */
public record ParseFailure(String sessionId, String challengeId, String modelId, String promptVersion,
                           String strategy, int call, String response, String problem, TokenUsage usage,
                           Instant receivedAt) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a component is null, a name is blank or {@code call} is not positive
     */
    public ParseFailure {
        Checks.notBlank(sessionId, "sessionId");
        Checks.notBlank(challengeId, "challengeId");
        Checks.notBlank(modelId, "modelId");
        Checks.notBlank(promptVersion, "promptVersion");
        Checks.notBlank(strategy, "strategy");
        Checks.positive(call, "call");
        Checks.notNull(response, "response");
        Checks.notBlank(problem, "problem");
        Checks.notNull(usage, "usage");
        Checks.notNull(receivedAt, "receivedAt");
    }
}
