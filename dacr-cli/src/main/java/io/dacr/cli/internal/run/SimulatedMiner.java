package io.dacr.cli.internal.run;

import io.dacr.api.GeneratedChallenge;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;

/**
 * A miner of {@code dacr run} that is not a model: an honest simulation with a stated skill, labelled as
 * such by its model id ({@code simulated/...}) in every record, receipt, export and report. Each
 * challenge gets a fresh {@link Solve}, which is asked for one submission per attempt; it sees the
 * verdict of its previous attempt, as a miner sees the feedback. Simulations may read the answer key
 * (the oracle-based ones start from the generator's oracle submission and err on purpose); every
 * random choice comes from the {@link SplitMix64} stream it is given.
 *
 * <p>{@link SimulatedMiners} makes the shipped ones; any solver that reads a public challenge becomes
 * one with {@link SimulatedMiners#solver}.
 */
public interface SimulatedMiner {

    /** The prefix of every simulated miner's model id. */
    String MODEL_PREFIX = "simulated/";

    /** @return the model id recorded with every attempt, starting with {@value #MODEL_PREFIX} */
    String modelId();

    /**
     * @param generated the challenge, its answer key and the oracle submission
     * @param random this miner's stream for this challenge
     * @return the attempts at this challenge
     */
    Solve begin(GeneratedChallenge generated, SplitMix64 random);

    /** One miner's attempts at one challenge. */
    interface Solve {

        /**
         * @param previous the verdict of the previous attempt (which failed), or null before the first
         * @return the next submission, or null to give up
         */
        Submission next(Verdict previous);
    }
}
