package io.dacr.core.solve;

import io.dacr.api.Challenge;
import io.dacr.api.Submission;

/**
 * Produces a complete submission (answers with citations, a reasoning trace, an artifact) for a
 * public challenge, without a model. The quality audit runs one per shortcut a generator must
 * defeat; see {@link Solvers}.
 *
 * <pre>{@code
 * Solver solver = Solvers.shortcut("first-mention", List.of(new CorporateFinanceDomain()));
 * Verdict verdict = verifier.verify(challenge, key, solver.solve(challenge));
 * }</pre>
 */
public interface Solver {

    /** @return the solver's name, as {@code dacr solve --solver} takes it */
    String name();

    /**
     * @param challenge a public challenge
     * @return a complete submission for it
     * @throws io.dacr.api.ConfigurationException if the solver lacks something the challenge needs
     *     (its domain pack, or, for the oracle, its answer key)
     */
    Submission solve(Challenge challenge);
}
