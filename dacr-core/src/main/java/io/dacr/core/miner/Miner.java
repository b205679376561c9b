package io.dacr.core.miner;

import io.dacr.api.LlmException;
import io.dacr.api.Verifier;
import io.dacr.api.internal.Checks;
import io.dacr.api.spi.LlmBackend;
import io.dacr.core.session.AttemptSession;
import io.dacr.core.session.AttemptStore;
import io.dacr.core.session.FeedbackPolicy;
import io.dacr.core.session.SessionSettings;
import io.dacr.core.verify.DacrVerifier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The miner harness: has a model attempt challenges through attempt sessions, a bounded number at a
 * time, and records everything. Each challenge gets a session ({@code <prefix>-<challenge id>}); its
 * {@link Strategy} asks the model (prompts from {@link PromptBuilder}, replies read by
 * {@link ResponseParser}) and submits attempts; the session grades them, shows the feedback its policy
 * allows and appends each attempt, with its {@code AttemptOrigin}, to the {@link AttemptStore} at once.
 * Unreadable replies go to the {@link ParseFailureLog}.
 *
 * <p>Back-pressure: the next challenge is taken from the iterator only when one of the
 * {@code concurrency} slots is free, so a lazily generated stream of any length needs memory for
 * {@code concurrency} challenges. A failure while mining one challenge (the back end gives up, the store
 * fails, the strategy throws) ends that challenge as {@link ChallengeOutcome.Status#ERROR}; the others go
 * on, and every record already written stays. {@link #cancel()} (or interrupting the thread in
 * {@link #mine}) stops taking challenges and interrupts the ones in flight.
 *
 * <pre>{@code
 * try (LlmBackend model = registry.llm("openai").create(config);
 *      JsonlAttemptStore store = JsonlAttemptStore.open(Path.of("attempts.jsonl"))) {
 *     Miner miner = Miner.builder(model, store).strategy(Strategy.selfRefine()).concurrency(4).build();
 *     MiningReport report = miner.mine(tasks.iterator());
 * }
 * }</pre>
 */
public final class Miner {

    private final LlmBackend backend;
    private final AttemptStore store;
    private final HarnessSettings harness;
    private final SessionSettings sessions;
    private final PromptBuilder prompts;
    private final int parseRetries;
    private final Verifier verifier;
    private final String sessionPrefix;
    private final String fixedRunId;

    private static final java.security.SecureRandom RUN_IDS = new java.security.SecureRandom();

    private volatile boolean cancelled;
    private volatile Run current;

    private Miner(Builder b) {
        this.backend = b.backend;
        this.store = b.store;
        this.harness = b.harnessSettings();
        this.sessions = b.sessionSettings();
        this.prompts = b.prompts;
        this.parseRetries = b.parseRetries;
        this.verifier = b.verifier;
        this.sessionPrefix = b.sessionPrefix;
        this.fixedRunId = b.runId;
    }

    /**
     * @param backend the model
     * @param store where graded attempts are recorded
     * @return a builder with the defaults: {@link Strategy#selfRefine()}, {@link PromptBuilder#standard()},
     *     parse failures discarded, 1 challenge at a time, 3 attempts, 2 parse retries, a 15-minute session
     *     window, {@link FeedbackPolicy#COUNTS}, the default verifier, the UTC system clock, session prefix
     *     {@code mine}, a fresh run id for every {@link #mine} call
     * @throws IllegalArgumentException if an argument is null
     */
    public static Builder builder(LlmBackend backend, AttemptStore store) {
        return new Builder(backend, store);
    }

    /**
     * Mines every task the iterator gives, {@code concurrency} at a time, and waits for all of them.
     * May be called again after it returns (not concurrently).
     *
     * @param tasks the challenges, pulled one at a time as slots free up
     * @return one outcome per challenge started, in the order given; challenges not started because of a
     *     cancellation are not listed
     * @throws IllegalArgumentException if {@code tasks} is null
     * @throws RuntimeException what the iterator threw, after the challenges in flight have ended
     */
    public MiningReport mine(Iterator<MiningTask> tasks) {
        Checks.notNull(tasks, "tasks");
        cancelled = false;
        Run run = new Run();
        current = run;
        List<Future<ChallengeOutcome>> futures = new ArrayList<>();
        RuntimeException sourceFailure = null;
        boolean interrupted = false;
        try {
            while (!cancelled && tasks.hasNext()) {
                run.slots.acquire();
                if (cancelled) {
                    break;
                }
                MiningTask task = tasks.next();
                futures.add(run.pool.submit(() -> {
                    try {
                        return mineOne(task, run.id);
                    } finally {
                        run.slots.release();
                    }
                }));
            }
        } catch (InterruptedException e) {
            interrupted = true;
            cancel();
        } catch (RuntimeException e) {
            sourceFailure = e;
        } finally {
            run.pool.shutdown();
        }
        List<ChallengeOutcome> outcomes = new ArrayList<>(futures.size());
        for (Future<ChallengeOutcome> future : futures) {
            while (true) {
                try {
                    outcomes.add(future.get());
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancel();
                } catch (ExecutionException e) {
                    // mineOne catches every exception; what arrives here is an Error.
                    throw new IllegalStateException("mining a challenge failed unexpectedly", e.getCause());
                }
            }
        }
        current = null;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (sourceFailure != null) {
            throw sourceFailure;
        }
        return new MiningReport(outcomes);
    }

    /**
     * Stops the current {@link #mine} call: no new challenge is taken, the ones in flight are interrupted
     * and end as {@link ChallengeOutcome.Status#CANCELLED} (their recorded attempts stay). Safe from any
     * thread, idempotent; does nothing when nothing is being mined.
     */
    public void cancel() {
        cancelled = true;
        Run run = current;
        if (run != null) {
            run.pool.shutdownNow();
            // Wakes a mine() waiting for a slot, which then sees the flag.
            run.slots.release(harness.concurrency());
        }
    }

    private ChallengeOutcome mineOne(MiningTask task, String runId) {
        String challengeId = task.challenge().id().toString();
        String sessionId = sessionId(sessionPrefix, backend.modelId(), runId, challengeId);
        ChallengeRun context = null;
        ChallengeOutcome outcome;
        try {
            AttemptSession session = AttemptSession.builder(sessionId, task.challenge(), task.key(), store)
                    .sessionSettings(sessions).verifier(verifier).modelId(backend.modelId()).build();
            context = new ChallengeRun(session, backend, prompts, ResponseParser.standard(), harness.parseFailures(),
                    harness.strategy().name(), sessions.clock(), parseRetries, () -> cancelled);
            harness.strategy().solve(context);
            outcome = outcome(challengeId, sessionId, context,
                    context.passed() ? ChallengeOutcome.Status.PASSED : ChallengeOutcome.Status.FAILED,
                    context.passed() ? "" : context.attempts() == 0 && context.refusal().isEmpty()
                            ? "no readable reply" : context.refusal());
        } catch (CancellationException e) {
            outcome = outcome(challengeId, sessionId, context, ChallengeOutcome.Status.CANCELLED, "cancelled");
        } catch (LlmException e) {
            outcome = cancelled
                    ? outcome(challengeId, sessionId, context, ChallengeOutcome.Status.CANCELLED, "cancelled")
                    : outcome(challengeId, sessionId, context, ChallengeOutcome.Status.ERROR,
                            "back end failed (" + e.kind() + "): " + e.getMessage());
        } catch (RecordingException e) {
            outcome = outcome(challengeId, sessionId, context, ChallengeOutcome.Status.ERROR, e.getMessage());
        } catch (RuntimeException e) {
            outcome = outcome(challengeId, sessionId, context,
                    cancelled ? ChallengeOutcome.Status.CANCELLED : ChallengeOutcome.Status.ERROR,
                    cancelled ? "cancelled" : String.valueOf(e));
        }
        Consumer<ChallengeOutcome> listener = harness.listener();
        synchronized (listener) {
            listener.accept(outcome);
        }
        return outcome;
    }

    /**
     * A session id names the model and the run as well as the challenge, so that runs of several models, or
     * several runs of one model, recorded into one file never merge into one session:
     * {@code PREFIX-MODEL-RUN-CHALLENGE}, the model id with every character other than letters, digits,
     * {@code .}, {@code _} and {@code -} replaced by {@code _}.
     *
     * @param prefix the session prefix
     * @param modelId the model id
     * @param runId the run id
     * @param challengeId the challenge id's text
     * @return the session id
     */
    static String sessionId(String prefix, String modelId, String runId, String challengeId) {
        String model = modelId.replaceAll("[^A-Za-z0-9._-]", "_");
        return prefix + "-" + (model.isEmpty() ? "model" : model) + "-" + runId + "-" + challengeId;
    }

    private static String newRunId() {
        byte[] bytes = new byte[5];
        RUN_IDS.nextBytes(bytes);
        StringBuilder sb = new StringBuilder(10);
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString();
    }

    private static ChallengeOutcome outcome(String challengeId, String sessionId, ChallengeRun context,
                                            ChallengeOutcome.Status status, String detail) {
        return context == null
                ? new ChallengeOutcome(challengeId, sessionId, status, 0, 0, io.dacr.api.spi.TokenUsage.UNKNOWN, detail)
                : new ChallengeOutcome(challengeId, sessionId, status, context.attempts(), context.parseFailures(),
                        context.usage(), detail);
    }

    /** The pool and slots of one {@link #mine} call. */
    private final class Run {
        final String id = fixedRunId != null ? fixedRunId : newRunId();
        final Semaphore slots = new Semaphore(harness.concurrency());
        final ExecutorService pool = Executors.newFixedThreadPool(harness.concurrency(), new Workers());
    }

    /** Daemon threads named {@code dacr-miner-N}, so a forgotten pool never keeps a JVM alive. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "dacr-miner-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }

    /**
     * Options of a {@link Miner}: the harness and session options of {@link HarnessOptions}, and the
     * miner's own.
     */
    public static final class Builder extends HarnessOptions<Builder> {
        private final LlmBackend backend;
        private final AttemptStore store;
        private PromptBuilder prompts = PromptBuilder.standard();
        private int parseRetries = 2;
        private Verifier verifier = DacrVerifier.builder().build();
        private String sessionPrefix = "mine";
        private String runId;

        private Builder(LlmBackend backend, AttemptStore store) {
            super(SessionSettings.defaults());
            this.backend = Checks.notNull(backend, "backend");
            this.store = Checks.notNull(store, "store");
        }

        /** @param prompts the prompt builder @return this builder */
        public Builder prompts(PromptBuilder prompts) {
            this.prompts = Checks.notNull(prompts, "prompts");
            return this;
        }

        /**
         * @param parseRetries how many unreadable replies per challenge the model is asked again about
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder parseRetries(int parseRetries) {
            Checks.nonNegative(parseRetries, "parseRetries");
            this.parseRetries = parseRetries;
            return this;
        }

        /** @param verifier grades the attempts @return this builder */
        public Builder verifier(Verifier verifier) {
            this.verifier = Checks.notNull(verifier, "verifier");
            return this;
        }

        /** @param prefix the start of every session id, not blank @return this builder */
        public Builder sessionPrefix(String prefix) {
            this.sessionPrefix = Checks.notBlank(prefix, "prefix");
            return this;
        }

        /**
         * Fixes the run part of every session id (by default each {@link Miner#mine} call draws a fresh one, so
         * a later run's sessions never merge with an earlier run's in one records file).
         *
         * @param runId letters, digits, {@code .}, {@code _} or {@code -}; not blank
         * @return this builder
         * @throws IllegalArgumentException if blank or holding other characters
         */
        public Builder runId(String runId) {
            Checks.notBlank(runId, "runId");
            if (!runId.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("runId must be letters, digits, '.', '_' or '-', was '" + runId + "'");
            }
            this.runId = runId;
            return this;
        }

        /** @return the miner */
        public Miner build() {
            return new Miner(this);
        }
    }
}
