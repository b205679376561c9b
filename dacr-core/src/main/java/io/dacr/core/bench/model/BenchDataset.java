package io.dacr.core.bench.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A DACR-Bench file: its name and version and its challenges. The counts a file states about itself
 * ({@code description}, {@code stats}) are not kept: they are derived from the challenges (the v1.0 mini
 * file's description says 13 challenges; it holds 10).
 *
 * @param name the data set's name
 * @param version its version, e.g. {@code 1.0}
 * @param challenges the challenges, ids unique
 */
public record BenchDataset(String name, String version, List<BenchChallenge> challenges) {

    /**
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a challenge id repeats
     */
    public BenchDataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        challenges = List.copyOf(challenges);
        Set<String> ids = new HashSet<>();
        for (BenchChallenge c : challenges) {
            if (!ids.add(c.challengeId())) {
                throw new IllegalArgumentException("challenge id " + c.challengeId() + " appears twice");
            }
        }
    }

    /** @return the number of questions over all challenges */
    public int questionCount() {
        return challenges.stream().mapToInt(c -> c.questions().size()).sum();
    }

    /** @return the number of traps over all challenges */
    public int trapCount() {
        return challenges.stream().mapToInt(c -> c.traps().size()).sum();
    }
}
