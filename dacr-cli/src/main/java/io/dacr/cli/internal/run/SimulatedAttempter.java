package io.dacr.cli.internal.run;

import io.dacr.api.DacrException;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import io.dacr.api.Verifier;
import io.dacr.core.session.AttemptSession;
import io.dacr.core.session.FeedbackPolicy;
import io.dacr.core.session.SubmitResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * The simulated miners at work: each opens an attempt session at the challenge (graded, with feedback
 * and records exactly as for a model), on a {@link SimulatedClock}: challenge i's sessions open 15
 * minutes after challenge i-1's, and each attempt takes 20 to 299 simulated seconds drawn from the
 * miner's stream.
 */
final class SimulatedAttempter implements Attempter {

    private static final Duration SPACING = Duration.ofMinutes(15);
    private static final Duration WINDOW = Duration.ofMinutes(60);

    private final List<SimulatedMiner> miners;
    private final Verifier verifier;
    private final int maxAttempts;
    private final SimulatedClock clock = new SimulatedClock();
    private final MemoryStore store = new MemoryStore();
    private volatile boolean cancelled;

    SimulatedAttempter(List<SimulatedMiner> miners, Verifier verifier, int maxAttempts) {
        this.miners = List.copyOf(miners);
        this.verifier = verifier;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public ChallengeAttempts attempt(GeneratedChallenge generated, long index) {
        String challengeId = generated.challenge().id().toString();
        for (SimulatedMiner miner : miners) {
            if (cancelled) {
                store.drain();
                throw new CancellationException("the run was stopped");
            }
            clock.set(SimulatedClock.EPOCH_START.plus(SPACING.multipliedBy(index)));
            AttemptSession session = AttemptSession.builder(miner.modelId() + "@" + challengeId,
                            generated.challenge(), generated.key(), store)
                    .verifier(verifier).modelId(miner.modelId()).clock(clock).maxAttempts(maxAttempts)
                    .window(WINDOW).feedback(FeedbackPolicy.COUNTS).build();
            SplitMix64 thinking = SplitMix64.forLabel(challengeId + "|" + miner.modelId() + "|time");
            SimulatedMiner.Solve solve = miner.begin(generated, SplitMix64.forLabel(challengeId + "|" + miner.modelId()));
            Verdict previous = null;
            while (session.attemptsUsed() < maxAttempts && !session.passed()) {
                Submission submission = solve.next(previous);
                if (submission == null) {
                    break;
                }
                clock.advance(Duration.ofSeconds(20 + thinking.nextInt(280)));
                SubmitResult result = session.submit(submission);
                if (result instanceof SubmitResult.Refused refused) {
                    throw new DacrException("the session of " + miner.modelId() + " at " + challengeId
                            + " refused an attempt: " + refused.reason() + ": " + refused.message());
                }
                SubmitResult.Accepted accepted = (SubmitResult.Accepted) result;
                previous = accepted.verdict();
            }
        }
        return store.drain();
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    @Override
    public void close() {
        // Nothing is held: records live in memory until committed.
    }
}
