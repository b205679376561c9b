package io.dacr.cli.internal.run;

import io.dacr.api.spi.DomainProvider;
import io.dacr.core.solve.Solver;
import io.dacr.core.solve.Solvers;
import io.dacr.api.Challenge;
import io.dacr.api.Submission;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated miners {@code dacr run} ships, named by their model id so the id is the configuration:
 * <ul>
 *   <li>{@code simulated/oracle-trapP-fixQ}: reads like the oracle, but falls for each trap it meets
 *       (a trap whose fact its trace reads or a question asks about) with probability P, answering and
 *       citing the trap's wrong value; after a failed attempt it sees through each trap it fell for with
 *       probability Q.</li>
 *   <li>{@code simulated/careless-slipP}: reads like the oracle, but each answer slips to another
 *       question's answer with probability P, and with probability P the artifact loses its last word;
 *       each attempt slips anew.</li>
 *   <li>{@link #solver}: any solver of public challenges (such as the audit's shortcut solvers),
 *       attempting once, since reading the same text again gives the same answer.</li>
 * </ul>
 */
public final class SimulatedMiners {

    private static final Pattern ORACLE = Pattern.compile("oracle-trap(0(?:\\.[0-9]{1,6})?|1(?:\\.0{1,6})?)"
            + "-fix(0(?:\\.[0-9]{1,6})?|1(?:\\.0{1,6})?)");
    private static final Pattern CARELESS = Pattern.compile("careless-slip(0(?:\\.[0-9]{1,6})?|1(?:\\.0{1,6})?)");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{0,62}");

    private SimulatedMiners() {
    }

    /**
     * @return the default roster: a strong and a middling oracle-based miner and a careless one
     */
    public static List<SimulatedMiner> defaults() {
        return List.of(named("oracle-trap0.1-fix0.8"), named("oracle-trap0.3-fix0.5"), named("careless-slip0.3"));
    }

    /**
     * @param trapProbability the chance of falling for each trap met, in [0, 1]
     * @param fixProbability the chance of seeing through a trap fallen for, after a failed attempt, in [0, 1]
     * @return the miner {@code simulated/oracle-trapP-fixQ}
     * @throws IllegalArgumentException if a probability is outside [0, 1] or has more than 6 decimals
     */
    public static SimulatedMiner oracle(BigDecimal trapProbability, BigDecimal fixProbability) {
        return new OracleTrapMiner(probability(trapProbability), probability(fixProbability));
    }

    /**
     * @param slipProbability the chance of each slip, in [0, 1]
     * @return the miner {@code simulated/careless-slipP}
     * @throws IllegalArgumentException if the probability is outside [0, 1] or has more than 6 decimals
     */
    public static SimulatedMiner careless(BigDecimal slipProbability) {
        return new CarelessMiner(probability(slipProbability));
    }

    /**
     * Wraps a solver of public challenges; one line per solver, e.g.
     * {@code SimulatedMiners.solver("first-mention", firstMention::solve)}.
     *
     * @param name the solver's name, lower-case letters, digits, dots and hyphens; the model id is
     *     {@code simulated/NAME}
     * @param solver makes a submission from the public challenge alone
     * @return the miner, attempting each challenge once
     * @throws IllegalArgumentException if the name is not such a name
     */
    public static SimulatedMiner solver(String name, Function<Challenge, Submission> solver) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a solver's name is lower-case letters, digits, '.' and '-', was '" + name + "'");
        }
        if (solver == null) {
            throw new IllegalArgumentException("solver must not be null");
        }
        return new SolverMiner(SimulatedMiner.MODEL_PREFIX + name, solver);
    }

    /**
     * @param name a model id with or without {@code simulated/}: {@code oracle-trapP-fixQ} or {@code careless-slipP}
     * @return the miner it names
     * @throws IllegalArgumentException if it names none
     */
    public static SimulatedMiner named(String name) {
        String n = name.startsWith(SimulatedMiner.MODEL_PREFIX) ? name.substring(SimulatedMiner.MODEL_PREFIX.length()) : name;
        Matcher m = ORACLE.matcher(n);
        if (m.matches()) {
            return oracle(new BigDecimal(m.group(1)), new BigDecimal(m.group(2)));
        }
        m = CARELESS.matcher(n);
        if (m.matches()) {
            return careless(new BigDecimal(m.group(1)));
        }
        throw new IllegalArgumentException("unknown simulated miner '" + name
                + "': use oracle-trapP-fixQ or careless-slipP, with P and Q between 0 and 1 (e.g. oracle-trap0.3-fix0.5), "
                + "or a shortcut solver: " + String.join(", ", Solvers.shortcutNames()));
    }

    /**
     * Like {@link #named(String)}, and also the audit's shortcut solvers by name ({@code first-mention},
     * {@code last-mention}, {@code majority}, {@code canonical-only}, {@code regex-kv}, {@code cue-reader}), which read the
     * challenges of the given packs.
     *
     * @param name a model id with or without {@code simulated/}
     * @param domains the packs the run's challenges come from
     * @return the miner it names
     * @throws IllegalArgumentException if it names none
     */
    public static SimulatedMiner named(String name, List<? extends DomainProvider> domains) {
        String n = name.startsWith(SimulatedMiner.MODEL_PREFIX) ? name.substring(SimulatedMiner.MODEL_PREFIX.length()) : name;
        if (Solvers.shortcutNames().contains(n)) {
            Solver solver = Solvers.shortcut(n, domains);
            return solver(n, solver::solve);
        }
        return named(name);
    }

    private static BigDecimal probability(BigDecimal p) {
        if (p == null || p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0 || p.stripTrailingZeros().scale() > 6) {
            throw new IllegalArgumentException("a probability is between 0 and 1 with at most 6 decimals, was " + p);
        }
        return p;
    }

    /** @return {@code p} as written in a model id: plain, without trailing zeros, at least one decimal */
    static String text(BigDecimal p) {
        String s = p.stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }
}
