package io.dacr.core.miner;

import io.dacr.api.internal.Checks;
import java.util.Locale;

/**
 * How the harness drives a model at one challenge. A strategy is small: it asks the model through the
 * {@link MiningContext} and submits attempts; recording, grading, feedback and cancellation are the
 * context's. Write your own by implementing the two methods.
 *
 * <pre>{@code
 * Strategy twice = new Strategy() {
 *     public String name() { return "ask-twice"; }
 *     public void solve(MiningContext c) {
 *         Reply first = c.ask(c.prompts().messages(c.challenge()));
 *         if (first.readable()) c.submit(first);
 *     }
 * };
 * }</pre>
 */
public interface Strategy {

    /** @return the name recorded with every attempt, a lower-case identifier such as {@code self-refine} */
    String name();

    /**
     * Mines one challenge. Exceptions other than the context's end this challenge only; its recorded
     * attempts stay recorded.
     *
     * @param context the challenge, model and session
     */
    void solve(MiningContext context);

    /**
     * @return one reply, submitted once; an unreadable reply is asked again while parse retries last
     */
    static Strategy single() {
        return SingleStrategy.INSTANCE;
    }

    /**
     * @return the attempt loop: after a failed attempt the model sees its reply and the feedback the
     *     session's policy allows, and tries again until it passes or the attempts run out
     */
    static Strategy selfRefine() {
        return SelfRefineStrategy.INSTANCE;
    }

    /**
     * @param samples how many replies to sample from the opening prompt, at least 2
     * @return self-consistency: {@code samples} replies, a majority vote per question (confidence = vote
     *     share), submitted once with the artifact and trace of the sample that agrees most with the vote.
     *     The back end must sample (temperature above 0, no fixed seed), or every sample is the same.
     * @throws IllegalArgumentException if {@code samples} is below 2
     */
    static Strategy selfConsistency(int samples) {
        return new SelfConsistencyStrategy(samples);
    }

    /**
     * @param name {@code single}, {@code self-refine}, {@code self-consistency} (5 samples) or
     *     {@code self-consistency-K} for K samples
     * @return the strategy
     * @throws IllegalArgumentException if the name is unknown
     */
    static Strategy named(String name) {
        Checks.notNull(name, "name");
        String n = name.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case "single":
                return single();
            case "self-refine":
                return selfRefine();
            case "self-consistency":
                return selfConsistency(SelfConsistencyStrategy.DEFAULT_SAMPLES);
            default:
                break;
        }
        String prefix = "self-consistency-";
        if (n.startsWith(prefix) && n.length() > prefix.length() && n.length() <= prefix.length() + 3
                && n.substring(prefix.length()).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return selfConsistency(Integer.parseInt(n.substring(prefix.length())));
        }
        throw new IllegalArgumentException("unknown strategy '" + name
                + "': choose single, self-refine, self-consistency or self-consistency-K (K samples)");
    }
}
