package io.dacr.core.miner;

import io.dacr.api.internal.Checks;
import java.util.List;

/**
 * The outcome of a mining run, one entry per challenge in the order the challenges were given
 * (whatever order they finished in).
 *
 * @param outcomes per challenge, in input order
 */
public record MiningReport(List<ChallengeOutcome> outcomes) {

    /** Copies. */
    public MiningReport {
        outcomes = Checks.immutableList(outcomes, "outcomes");
    }

    /**
     * @param status a status
     * @return how many challenges ended with it
     */
    public long count(ChallengeOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** @return graded attempts over all challenges */
    public long attempts() {
        return outcomes.stream().mapToLong(ChallengeOutcome::attempts).sum();
    }

    /** @return unreadable replies over all challenges */
    public long parseFailures() {
        return outcomes.stream().mapToLong(ChallengeOutcome::parseFailures).sum();
    }

    /** @return tokens spent over all challenges, prompt and completion */
    public long totalTokens() {
        return outcomes.stream().mapToLong(o -> o.usage().totalTokens()).sum();
    }
}
