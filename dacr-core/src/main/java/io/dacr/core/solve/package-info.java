/**
 * Solvers that read public challenges without a model: the oracle, and the shortcut solvers the
 * quality audit uses to prove a generator's challenges need reading.
 *
 * <pre>{@code
 * Solver majority = Solvers.shortcut("majority", List.of(new CorporateFinanceDomain()));
 * Submission submission = majority.solve(challenge);
 * }</pre>
 */
package io.dacr.core.solve;
