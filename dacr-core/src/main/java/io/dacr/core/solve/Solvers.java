package io.dacr.core.solve;

import io.dacr.api.ConfigurationException;
import io.dacr.api.DomainPackException;
import io.dacr.api.Shortcut;
import io.dacr.api.Submission;
import io.dacr.api.spi.DomainProvider;
import io.dacr.core.solve.internal.OracleSolver;
import io.dacr.core.solve.internal.PackGrammar;
import io.dacr.core.solve.internal.ShortcutSolver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The solvers of the quality audit, by name.
 *
 * <ul>
 *   <li>{@code oracle}: the generator's oracle submission, read from the answer keys;</li>
 *   <li>{@code first-mention}, {@code last-mention}, {@code majority}: read every sentence against the
 *       domain pack's templates, learn aliases from their introductions, and believe the first, the
 *       last or the most frequent value stated of each attribute, ignoring authority cues
 *       (hypotheticals are not statements);</li>
 *   <li>{@code canonical-only}: reads cues and believes the most authoritative statement, but resolves
 *       entities only by their canonical names, fuzzily, never by aliases;</li>
 *   <li>{@code regex-kv}: no grammar: "name … attribute words … value" patterns into a table, later
 *       matches overwriting earlier ones;</li>
 *   <li>{@code cue-reader}: every skill a template gives at once: the pack's templates, aliases, and
 *       the most authoritative statement believed. No trap targets it and no quality gate bounds it;
 *       it measures what a mechanical reader of the public grammar achieves.</li>
 * </ul>
 * Every shortcut solver reads only the public challenge and its domain's public pack, answers every
 * question category as well as its table allows, cites where it read each value, and builds an
 * artifact from its own answers; see {@link Solver}.
 */
public final class Solvers {

    /** The oracle's name. */
    public static final String ORACLE = "oracle";

    private static final Map<String, Shortcut> SHORTCUTS = shortcuts();

    private Solvers() {
    }

    /** A solver as its name and its function (the implementations live in the internal package). */
    private record Named(String name, java.util.function.Function<io.dacr.api.Challenge, Submission> function)
            implements Solver {

        @Override
        public Submission solve(io.dacr.api.Challenge challenge) {
            return function.apply(challenge);
        }
    }

    private static Map<String, Shortcut> shortcuts() {
        Map<String, Shortcut> m = new LinkedHashMap<>();
        m.put("first-mention", Shortcut.FIRST_MENTION);
        m.put("last-mention", Shortcut.LAST_MENTION);
        m.put("majority", Shortcut.MAJORITY);
        m.put("canonical-only", Shortcut.CANONICAL_ONLY);
        m.put("regex-kv", Shortcut.REGEX_KEY_VALUE);
        m.put("cue-reader", Shortcut.CUE_READER);
        return m;
    }

    /** @return every solver name, the oracle first */
    public static List<String> names() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        out.add(ORACLE);
        out.addAll(SHORTCUTS.keySet());
        return List.copyOf(out);
    }

    /** @return the shortcut solvers' names, in the order of {@link Shortcut} */
    public static List<String> shortcutNames() {
        return List.copyOf(SHORTCUTS.keySet());
    }

    /**
     * @param name a solver name
     * @return the shortcut it takes, empty for the oracle or an unknown name
     */
    public static Optional<Shortcut> shortcutOf(String name) {
        return Optional.ofNullable(SHORTCUTS.get(name));
    }

    /**
     * @param shortcut a shortcut
     * @return the name of the solver that takes it
     */
    public static String nameOf(Shortcut shortcut) {
        for (Map.Entry<String, Shortcut> e : SHORTCUTS.entrySet()) {
            if (e.getValue() == shortcut) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("no solver takes " + shortcut);
    }

    /**
     * @param name a shortcut solver's name (see {@link #shortcutNames()})
     * @param domains the domain packs it may read challenges of
     * @return the solver
     * @throws ConfigurationException if the name is not a shortcut solver's
     * @throws DomainPackException if a pack cannot be read
     */
    public static Solver shortcut(String name, List<? extends DomainProvider> domains) {
        Shortcut shortcut = SHORTCUTS.get(name);
        if (shortcut == null) {
            throw new ConfigurationException("no shortcut solver '" + name + "'; known: " + SHORTCUTS.keySet()
                    + (ORACLE.equals(name) ? " (the oracle needs answer keys: use Solvers.oracle)" : ""));
        }
        Map<String, PackGrammar> grammars = new LinkedHashMap<>();
        for (DomainProvider d : domains) {
            grammars.put(d.id(), PackGrammar.parse(d.packSource(), d.packJson()));
        }
        ShortcutSolver solver = switch (shortcut) {
            case FIRST_MENTION -> ShortcutSolver.firstMention(name, grammars);
            case LAST_MENTION -> ShortcutSolver.lastMention(name, grammars);
            case MAJORITY -> ShortcutSolver.majority(name, grammars);
            case CANONICAL_ONLY -> ShortcutSolver.canonicalOnly(name, grammars);
            case REGEX_KEY_VALUE -> ShortcutSolver.regexKeyValue(name, grammars);
            case CUE_READER -> ShortcutSolver.cueReader(name, grammars);
        };
        return new Named(name, solver::solve);
    }

    /**
     * @param oracleSubmissions the generator's oracle submissions (as {@code dacr generate --keys} stores them)
     * @return the oracle solver, which hands back the oracle submission of each challenge
     */
    public static Solver oracle(List<Submission> oracleSubmissions) {
        Map<String, Submission> byId = new LinkedHashMap<>();
        for (Submission s : oracleSubmissions) {
            byId.put(s.challengeId(), s);
        }
        return new Named(ORACLE, new OracleSolver(byId)::solve);
    }
}
