package io.dacr.cli.internal.run;

import io.dacr.api.Challenge;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.Submission;
import java.util.function.Function;

/** A solver of public challenges as a simulated miner: one attempt, from the public challenge alone. */
final class SolverMiner implements SimulatedMiner {

    private final String modelId;
    private final Function<Challenge, Submission> solver;

    SolverMiner(String modelId, Function<Challenge, Submission> solver) {
        this.modelId = modelId;
        this.solver = solver;
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public Solve begin(GeneratedChallenge generated, SplitMix64 random) {
        Challenge challenge = generated.challenge();
        return previous -> previous == null ? solver.apply(challenge) : null;
    }
}
