package io.dacr.core.bench;

import io.dacr.api.Attempt;
import io.dacr.api.Outcome;
import io.dacr.api.Submission;
import io.dacr.api.internal.Checks;
import io.dacr.api.spi.LlmBackend;
import io.dacr.api.spi.TokenUsage;
import io.dacr.core.bench.model.BenchDataset;
import io.dacr.core.bench.model.Prediction;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.miner.ChallengeOutcome;
import io.dacr.core.miner.HarnessOptions;
import io.dacr.core.miner.HarnessSettings;
import io.dacr.core.miner.Miner;
import io.dacr.core.miner.MiningReport;
import io.dacr.core.miner.MiningTask;
import io.dacr.core.miner.ParseFailureLog;
import io.dacr.core.session.AttemptSession;
import io.dacr.core.session.AttemptStore;
import io.dacr.core.session.FeedbackPolicy;
import io.dacr.core.session.SessionSettings;
import io.dacr.core.session.StoredAttempts;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs a model over a {@link BenchSuite} through the miner harness ({@link Miner}: the prompt of
 * {@code PromptBuilder}, the tolerant reply reading, attempt sessions with feedback) and turns the run
 * into predictions in DACR-Bench's format for {@link BenchScorer}. Every graded attempt goes to the
 * given {@link AttemptStore}, every unreadable reply to the {@link ParseFailureLog}, as they happen, so
 * a run that stops early keeps what it did.
 *
 * <p>Each challenge's prediction is its session's first graded attempt. A challenge where the model
 * never gave a readable reply gets an empty prediction marked {@code failed} (all answers wrong: the
 * model's failure). A challenge that ended in a back-end error before any graded attempt gets none: it
 * is the run's failure, not the model's, and is reported as not scored. By default the run stops at
 * the first back-end error (a refused key or an unreachable server would fail every challenge alike);
 * what was recorded stays, and the challenges not started are reported as such.
 *
 * <pre>{@code
 * try (LlmBackend model = registry.llm("openai").create(config);
 *      JsonlAttemptStore store = JsonlAttemptStore.open(dir.resolve("attempts.jsonl"))) {
 *     BenchRunner.Result run = BenchRunner.builder(model, store).build().run(BenchSuite.imported(dataset));
 *     BenchResult scores = BenchScorer.builder().build().score(run.dataset(), run.predictions(),
 *             store.readAll().records());
 * }
 * }</pre>
 */
public final class BenchRunner {

    /** The session-id prefix of benchmark runs: sessions are {@code bench-<challenge id>}. */
    public static final String SESSION_PREFIX = "bench";
    /** The detail of a challenge that was not started because the run stopped. */
    public static final String NOT_STARTED = "not started: the run stopped at a back-end error";

    private final LlmBackend backend;
    private final AttemptStore store;
    private final Builder options;
    private final AtomicReference<Miner> current = new AtomicReference<>();

    private BenchRunner(Builder b) {
        this.backend = b.backend;
        this.store = b.store;
        this.options = b;
    }

    /**
     * @param backend the model
     * @param store where graded attempts are recorded
     * @return a builder with the defaults: strategy self-refine, 3 attempts, 1 challenge at a time,
     *     {@link FeedbackPolicy#COUNTS}, a 60-minute session window, parse failures discarded, the UTC
     *     system clock, stop at the first back-end error
     * @throws IllegalArgumentException if an argument is null
     */
    public static Builder builder(LlmBackend backend, AttemptStore store) {
        return new Builder(backend, store);
    }

    /**
     * How the run went for one challenge.
     *
     * @param benchmarkChallengeId the challenge's id in the benchmark (DACR-Bench's, or the DACR id)
     * @param outcome how mining it ended; {@link ChallengeOutcome.Status#CANCELLED} with detail
     *     {@link #NOT_STARTED} for a challenge the run did not reach
     * @param scored whether it has a prediction
     */
    public record Entry(String benchmarkChallengeId, ChallengeOutcome outcome, boolean scored) {

        /** @throws IllegalArgumentException if a part is null */
        public Entry {
            Checks.notNull(benchmarkChallengeId, "benchmarkChallengeId");
            Checks.notNull(outcome, "outcome");
        }
    }

    /**
     * A finished (or stopped) run.
     *
     * @param dataset the challenges as the scorer sees them
     * @param model the model's id
     * @param predictions one per scored challenge, in the suite's order
     * @param challenges one per challenge of the suite, in its order
     */
    public record Result(BenchDataset dataset, String model, List<Prediction> predictions, List<Entry> challenges) {

        /** Copies. */
        public Result {
            Checks.notNull(dataset, "dataset");
            Checks.notNull(model, "model");
            predictions = Checks.immutableList(predictions, "predictions");
            challenges = Checks.immutableList(challenges, "challenges");
        }

        /**
         * @param status a status
         * @return how many challenges ended with it
         */
        public long count(ChallengeOutcome.Status status) {
            return challenges.stream().filter(e -> e.outcome().status() == status).count();
        }

        /** @return true if every challenge ended as PASSED or FAILED (nothing errored or was cut short) */
        public boolean complete() {
            return count(ChallengeOutcome.Status.PASSED) + count(ChallengeOutcome.Status.FAILED) == challenges.size();
        }

        /** @return graded attempts over all challenges */
        public long attempts() {
            return challenges.stream().mapToLong(e -> e.outcome().attempts()).sum();
        }

        /** @return unreadable replies over all challenges */
        public long unreadableReplies() {
            return challenges.stream().mapToLong(e -> e.outcome().parseFailures()).sum();
        }

        /** @return tokens spent over all challenges */
        public long totalTokens() {
            return challenges.stream().mapToLong(e -> e.outcome().usage().totalTokens()).sum();
        }
    }

    /**
     * Runs every challenge of the suite, {@code concurrency} at a time, and waits for them.
     *
     * @param suite the challenges
     * @return the run
     * @throws IllegalArgumentException if {@code suite} is null
     */
    public Result run(BenchSuite suite) {
        Checks.notNull(suite, "suite");
        FirstAttempts firsts = new FirstAttempts(store);
        HarnessSettings harness = options.harnessSettings();
        Consumer<ChallengeOutcome> listener = outcome -> {
            harness.listener().accept(outcome);
            if (options.stopAtFirstError && outcome.status() == ChallengeOutcome.Status.ERROR) {
                Miner miner = current.get();
                if (miner != null) {
                    miner.cancel();
                }
            }
        };
        Miner miner = Miner.builder(backend, firsts).harnessSettings(harness).sessionSettings(options.sessionSettings())
                .verifier(suite.verifier()).sessionPrefix(SESSION_PREFIX).listener(listener).build();
        current.set(miner);
        MiningReport report;
        try {
            report = miner.mine(suite.items().stream().map(BenchSuite.Item::task).iterator());
        } finally {
            current.set(null);
        }
        Map<String, ChallengeOutcome> byChallenge = new ConcurrentHashMap<>();
        report.outcomes().forEach(o -> byChallenge.put(o.challengeId(), o));
        List<Prediction> predictions = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (BenchSuite.Item item : suite.items()) {
            MiningTask task = item.task();
            String id = task.challenge().id().toString();
            ChallengeOutcome outcome = byChallenge.get(id);
            if (outcome == null) {
                outcome = new ChallengeOutcome(id, SESSION_PREFIX + "-" + id, ChallengeOutcome.Status.CANCELLED, 0, 0,
                        TokenUsage.UNKNOWN, NOT_STARTED);
            }
            Attempt first = firsts.of(outcome.sessionId());
            Prediction prediction = null;
            if (first != null) {
                prediction = item.predictor().prediction(first.submission(), backend.modelId(),
                        first.verdict().outcome() == Outcome.MALFORMED);
            } else if (outcome.status() == ChallengeOutcome.Status.PASSED
                    || outcome.status() == ChallengeOutcome.Status.FAILED) {
                prediction = item.predictor().prediction(new Submission(id, "", List.of(), List.of()),
                        backend.modelId(), true);
            }
            if (prediction != null) {
                predictions.add(prediction);
            }
            entries.add(new Entry(item.benchmarkChallengeId(), outcome, prediction != null));
        }
        return new Result(suite.dataset(), backend.modelId(), predictions, entries);
    }

    /**
     * Stops the current {@link #run}: no new challenge is started, the ones in flight end as cancelled;
     * everything recorded stays. Safe from any thread; does nothing when no run is going on.
     */
    public void cancel() {
        Miner miner = current.get();
        if (miner != null) {
            miner.cancel();
        }
    }

    /** Passes every record on to the store and keeps each session's first attempt. */
    private static final class FirstAttempts implements AttemptStore {
        private final AttemptStore store;
        private final Map<String, Attempt> firsts = new ConcurrentHashMap<>();

        FirstAttempts(AttemptStore store) {
            this.store = store;
        }

        @Override
        public void append(AttemptRecord record) {
            store.append(record);
            if (record.attempt().number() == 1) {
                firsts.putIfAbsent(record.attempt().sessionId(), record.attempt());
            }
        }

        @Override
        public StoredAttempts readAll() {
            return store.readAll();
        }

        Attempt of(String sessionId) {
            return firsts.get(sessionId);
        }
    }

    /**
     * Options of a {@link BenchRunner}: the harness and session options of {@link HarnessOptions} (with a
     * 60-minute session window by default), and whether a back-end error stops the run.
     */
    public static final class Builder extends HarnessOptions<Builder> {
        private final LlmBackend backend;
        private final AttemptStore store;
        private boolean stopAtFirstError = true;

        private Builder(LlmBackend backend, AttemptStore store) {
            super(new SessionSettings(AttemptSession.DEFAULT_MAX_ATTEMPTS, Duration.ofMinutes(60),
                    FeedbackPolicy.COUNTS, Clock.systemUTC()));
            this.backend = Checks.notNull(backend, "backend");
            this.store = Checks.notNull(store, "store");
        }

        /**
         * @param stop true (the default) to stop the run at the first challenge that ends in a back-end
         *     error; false to go on with the others
         * @return this builder
         */
        public Builder stopAtFirstError(boolean stop) {
            this.stopAtFirstError = stop;
            return this;
        }

        /** @return the runner */
        public BenchRunner build() {
            return new BenchRunner(this);
        }
    }
}
