package io.dacr.core.audit;

import io.dacr.api.Shortcut;
import io.dacr.api.TrapKind;
import io.dacr.core.audit.internal.ChallengeOutcome;
import io.dacr.core.audit.internal.ChallengeOutcome.QuestionOutcome;
import io.dacr.core.audit.internal.ChallengeOutcome.SolverOutcome;
import io.dacr.core.solve.Solvers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Adds challenge outcomes up into an {@link AuditReport}. Feed challenges in index order; not
 * thread-safe.
 */
final class AuditTally {

    private static final int BLOCK = 1000;

    private final List<String> solvers;
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, Map<String, long[]>> categories = new LinkedHashMap<>();
    private final Map<String, Map<Integer, long[]>> hops = new LinkedHashMap<>();
    private final Map<String, Integer> trapQuestions = new TreeMap<>();
    private final Map<String, Map<String, long[]>> trapAnswers = new TreeMap<>();
    private final Set<String> skeletons = new HashSet<>();
    private final Set<String> blockSkeletons = new HashSet<>();
    private final Set<String> documents = new HashSet<>();
    private long sentences;
    private long blockSum;
    private int blocks;
    private long duplicates;
    private int challenges;

    /** @param solvers the solvers' names, in report order */
    AuditTally(List<String> solvers) {
        this.solvers = List.copyOf(solvers);
        for (String s : solvers) {
            counts.put(s, new long[6]);
            categories.put(s, new TreeMap<>());
            hops.put(s, new TreeMap<>());
        }
    }

    /** @param outcome the next challenge's outcome */
    void add(ChallengeOutcome outcome) {
        challenges++;
        for (SolverOutcome s : outcome.solvers()) {
            long[] c = counts.get(s.solver());
            c[0] += s.passed() ? 1 : 0;
            c[1] += s.answersPassed() ? 1 : 0;
            c[2] += s.traceValid() ? 1 : 0;
            c[3] += s.traceGrounded() ? 1 : 0;
            for (QuestionOutcome q : s.questions()) {
                c[4] += q.correct() ? 1 : 0;
                c[5]++;
                tick(categories.get(s.solver()).computeIfAbsent(q.category(), k -> new long[2]), q.correct());
                tick(hops.get(s.solver()).computeIfAbsent(q.hops(), k -> new long[2]), q.correct());
                if (q.trapKind() != null && targets(q.trapKind(), s.solver())) {
                    long[] t = trapAnswers.computeIfAbsent(q.trapKind(), k -> new TreeMap<>())
                            .computeIfAbsent(s.solver(), k -> new long[3]);
                    t[0] += q.correct() ? 0 : 1;
                    t[1] += q.trapValue() ? 1 : 0;
                    t[2]++;
                }
            }
        }
        // Trap questions are counted once, from the first solver's view (every solver sees the same questions).
        if (!outcome.solvers().isEmpty()) {
            for (QuestionOutcome q : outcome.solvers().get(0).questions()) {
                if (q.trapKind() != null) {
                    trapQuestions.merge(q.trapKind(), 1, Integer::sum);
                }
            }
        }
        sentences += outcome.skeletons().size();
        skeletons.addAll(outcome.skeletons());
        blockSkeletons.addAll(outcome.skeletons());
        if (challenges % BLOCK == 0) {
            blockSum += blockSkeletons.size();
            blocks++;
            blockSkeletons.clear();
        }
        if (!documents.add(outcome.documentHash())) {
            duplicates++;
        }
    }

    private static boolean targets(String trapKind, String solver) {
        for (Shortcut s : TrapKind.fromWireName(trapKind).defeats()) {
            if (Solvers.nameOf(s).equals(solver)) {
                return true;
            }
        }
        return false;
    }

    private static void tick(long[] c, boolean correct) {
        c[0] += correct ? 1 : 0;
        c[1]++;
    }

    /** @return the report of everything added so far */
    AuditReport report() {
        Map<String, AuditReport.SolverMetrics> out = new LinkedHashMap<>();
        for (String s : solvers) {
            long[] c = counts.get(s);
            TreeMap<String, BigDecimal> byCategory = new TreeMap<>();
            categories.get(s).forEach((k, v) -> byCategory.put(k, rate(v[0], v[1])));
            TreeMap<Integer, BigDecimal> byHops = new TreeMap<>();
            hops.get(s).forEach((k, v) -> byHops.put(k, rate(v[0], v[1])));
            out.put(s, new AuditReport.SolverMetrics(rate(c[0], challenges), rate(c[1], challenges), rate(c[2], challenges),
                    rate(c[3], challenges), rate(c[4], c[5]), byCategory, byHops));
        }
        Map<String, AuditReport.TrapMetrics> traps = new LinkedHashMap<>();
        for (TrapKind kind : TrapKind.values()) {
            String k = kind.wireName();
            Map<String, BigDecimal> wrong = new LinkedHashMap<>();
            Map<String, BigDecimal> exact = new LinkedHashMap<>();
            for (Shortcut s : kind.defeats()) {
                String solver = Solvers.nameOf(s);
                if (!counts.containsKey(solver)) {
                    continue;
                }
                long[] t = trapAnswers.getOrDefault(k, Map.of()).getOrDefault(solver, new long[3]);
                wrong.put(solver, rate(t[0], t[2]));
                exact.put(solver, rate(t[1], t[2]));
            }
            traps.put(k, new AuditReport.TrapMetrics(trapQuestions.getOrDefault(k, 0), wrong, exact));
        }
        long perThousand = blocks > 0 ? blockSum / blocks : skeletons.size();
        return new AuditReport(challenges, out, traps,
                new AuditReport.Diversity(sentences, skeletons.size(), perThousand, duplicates));
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    }
}
