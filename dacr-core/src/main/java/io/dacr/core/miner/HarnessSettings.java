package io.dacr.core.miner;

import io.dacr.api.internal.Checks;
import java.util.function.Consumer;

/**
 * How a harness drives a model over many challenges, apart from the rules of each challenge's session
 * ({@link io.dacr.core.session.SessionSettings}): the strategy, where unreadable replies go, how many
 * challenges are in flight at once, and who is told as each one ends. One value, so that a {@link Miner}
 * and a {@code BenchRunner} can be given the same settings at once
 * ({@link HarnessOptions#harnessSettings(HarnessSettings)}), and checked in one place.
 *
 * @param strategy how the model is driven
 * @param parseFailures where unreadable replies are recorded
 * @param concurrency how many challenges run at once, at least 1
 * @param listener told of each challenge as it ends, one call at a time (for progress displays)
 */
public record HarnessSettings(Strategy strategy, ParseFailureLog parseFailures, int concurrency,
                              Consumer<ChallengeOutcome> listener) {

    /** @throws IllegalArgumentException if a part is null or {@code concurrency} is not positive */
    public HarnessSettings {
        Checks.notNull(strategy, "strategy");
        Checks.notNull(parseFailures, "log");
        Checks.positive(concurrency, "concurrency");
        Checks.notNull(listener, "listener");
    }

    /**
     * @return the defaults: {@link Strategy#selfRefine()}, parse failures discarded, 1 challenge at a time,
     *     no listener
     */
    public static HarnessSettings defaults() {
        return new HarnessSettings(Strategy.selfRefine(), ParseFailureLog.DISCARD, 1, outcome -> { });
    }
}
