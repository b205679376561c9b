package io.dacr.cli.internal.run;

import io.dacr.api.DacrException;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.Verifier;
import io.dacr.api.spi.LlmBackend;
import io.dacr.core.miner.ChallengeOutcome;
import io.dacr.core.miner.Miner;
import io.dacr.core.miner.MiningReport;
import io.dacr.core.miner.MiningTask;
import io.dacr.core.miner.Strategy;
import io.dacr.core.session.FeedbackPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * A real model at work, through the miner harness ({@link Miner}, strategy self-refine, feedback COUNTS):
 * one challenge at a time, its attempts held in memory until the run commits them. Times are the wall
 * clock's, so such a run is not byte-for-byte repeatable (a model is not either).
 */
final class HarnessAttempter implements Attempter {

    private final LlmBackend backend;
    private final MemoryStore store = new MemoryStore();
    private final Miner miner;

    HarnessAttempter(LlmBackend backend, Verifier verifier, int maxAttempts) {
        this.backend = backend;
        this.miner = Miner.builder(backend, store).strategy(Strategy.selfRefine()).parseFailures(store)
                .verifier(verifier).maxAttempts(maxAttempts).feedback(FeedbackPolicy.COUNTS)
                .window(Duration.ofMinutes(60)).sessionPrefix("run").build();
    }

    @Override
    public ChallengeAttempts attempt(GeneratedChallenge generated, long index) {
        MiningReport report = miner.mine(List.of(MiningTask.of(generated)).iterator());
        ChallengeAttempts attempts = store.drain();
        for (ChallengeOutcome o : report.outcomes()) {
            if (o.status() == ChallengeOutcome.Status.CANCELLED) {
                throw new CancellationException("the run was stopped");
            }
            if (o.status() == ChallengeOutcome.Status.ERROR) {
                throw new DacrException("the model failed at challenge " + index + " (" + o.challengeId() + "): "
                        + o.detail() + "; nothing of it was committed: fix the cause and continue with --resume");
            }
        }
        if (report.outcomes().isEmpty()) {
            throw new CancellationException("the run was stopped");
        }
        return attempts;
    }

    @Override
    public void cancel() {
        miner.cancel();
    }

    @Override
    public void close() {
        backend.close();
    }
}
