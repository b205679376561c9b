package io.dacr.core.miner;

import io.dacr.api.internal.Checks;
import io.dacr.core.session.SessionOptions;
import io.dacr.core.session.SessionSettings;
import java.util.function.Consumer;

/**
 * The options of every builder that drives a model through attempt sessions ({@link Miner.Builder}, the
 * {@code BenchRunner} builder): the session options of {@link SessionOptions} plus the harness's own,
 * kept as one {@link HarnessSettings} value. Declared once, so that their checks, defaults and
 * documentation are the same for mining and benchmark runs.
 *
 * @param <B> the concrete builder, which every setter returns so that calls chain
 */
public abstract class HarnessOptions<B extends HarnessOptions<B>> extends SessionOptions<B> {

    private HarnessSettings harness = HarnessSettings.defaults();

    /**
     * @param sessionDefaults the session settings of a builder on which no setter was called
     * @throws IllegalArgumentException if {@code sessionDefaults} is null
     */
    protected HarnessOptions(SessionSettings sessionDefaults) {
        super(sessionDefaults);
    }

    /**
     * @param strategy how the model is driven
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public B strategy(Strategy strategy) {
        return harnessSettings(new HarnessSettings(strategy, harness.parseFailures(), harness.concurrency(),
                harness.listener()));
    }

    /**
     * @param log where unreadable replies are recorded
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public B parseFailures(ParseFailureLog log) {
        return harnessSettings(new HarnessSettings(harness.strategy(), log, harness.concurrency(), harness.listener()));
    }

    /**
     * @param concurrency how many challenges run at once, at least 1
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public B concurrency(int concurrency) {
        return harnessSettings(new HarnessSettings(harness.strategy(), harness.parseFailures(), concurrency,
                harness.listener()));
    }

    /**
     * @param listener told of each challenge as it ends, one call at a time (for progress displays)
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public B listener(Consumer<ChallengeOutcome> listener) {
        return harnessSettings(new HarnessSettings(harness.strategy(), harness.parseFailures(), harness.concurrency(),
                listener));
    }

    /**
     * Sets every harness option at once (the session options are set by
     * {@link #sessionSettings(SessionSettings)}).
     *
     * @param settings the strategy, parse-failure log, concurrency and listener
     * @return this builder
     * @throws IllegalArgumentException if null
     */
    public B harnessSettings(HarnessSettings settings) {
        this.harness = Checks.notNull(settings, "settings");
        return self();
    }

    /** @return the harness options set so far, as one value */
    public HarnessSettings harnessSettings() {
        return harness;
    }
}
