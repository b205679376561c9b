package io.dacr.cli.internal.run;

import io.dacr.api.GeneratedChallenge;

/** Has the run's miners attempt one challenge at a time, recording into memory until the challenge is committed. */
interface Attempter extends AutoCloseable {

    /**
     * @param generated the challenge with its key and oracle
     * @param index its index in the run
     * @return every miner's attempts
     * @throws io.dacr.api.DacrException if a miner could not finish (the challenge is then not committed)
     * @throws java.util.concurrent.CancellationException if {@link #cancel()} stopped it
     */
    ChallengeAttempts attempt(GeneratedChallenge generated, long index);

    /** Stops the attempt in progress, from any thread. */
    void cancel();

    @Override
    void close();
}
