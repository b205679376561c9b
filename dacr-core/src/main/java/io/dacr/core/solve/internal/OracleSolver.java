package io.dacr.core.solve.internal;

import io.dacr.api.Challenge;
import io.dacr.api.ConfigurationException;
import io.dacr.api.Submission;
import java.util.Map;

/** The oracle: hands back the generator's oracle submission from the answer keys, by challenge id. */
public final class OracleSolver {

    private final Map<String, Submission> oracles;

    /** @param oracles oracle submissions by challenge id */
    public OracleSolver(Map<String, Submission> oracles) {
        this.oracles = Map.copyOf(oracles);
    }

    /**
     * @param challenge a challenge
     * @return its oracle submission
     * @throws ConfigurationException if there is none
     */
    public Submission solve(Challenge challenge) {
        Submission s = oracles.get(challenge.id().toString());
        if (s == null) {
            throw new ConfigurationException("the oracle has no answer key for challenge " + challenge.id());
        }
        return s;
    }
}
