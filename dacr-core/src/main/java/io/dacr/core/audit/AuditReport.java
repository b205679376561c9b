package io.dacr.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * The result of a {@link QualityAudit}: per solver, per trap kind and for text diversity. Rates are
 * decimals from 0 to 1 with four places (null where nothing was counted), so the JSON is the same
 * on every JVM.
 *
 * @param challenges challenges audited
 * @param solvers metrics per solver, oracle first
 * @param traps metrics per trap kind (wire name), for the shortcuts each kind targets
 * @param diversity text diversity on masked documents
 */
public record AuditReport(int challenges, Map<String, SolverMetrics> solvers, Map<String, TrapMetrics> traps,
                          Diversity diversity) {

    /** Copies the maps (their iteration order is kept). */
    public AuditReport {
        solvers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(solvers));
        traps = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(traps));
    }

    /**
     * One solver's results.
     *
     * @param passRate share of challenges the verifier passed (constraints, answers and trace)
     * @param answersPassRate share of challenges with at least ceil(0.6 × questions) answers right
     * @param traceValidRate share of traces valid as paperwork: within the step bounds, allowed and
     *     correctly re-executed operations, and every citation pointing to a paragraph that contains
     *     the value cited (whether that value is the true one is for the answers to say)
     * @param groundedTraceRate share of traces the verifier accepts, where every citation must also
     *     state the true fact according to the answer key
     * @param accuracy answer accuracy overall
     * @param byCategory answer accuracy per question category (wire name)
     * @param byHops answer accuracy per hop count
     */
    public record SolverMetrics(BigDecimal passRate, BigDecimal answersPassRate, BigDecimal traceValidRate,
                                BigDecimal groundedTraceRate, BigDecimal accuracy, SortedMap<String, BigDecimal> byCategory,
                                SortedMap<Integer, BigDecimal> byHops) {
    }

    /**
     * One trap kind's results over its trap-targeted questions.
     *
     * @param questions trap-targeted questions of this kind
     * @param wrongShare per targeted shortcut solver: share of those questions it answered wrong
     * @param trapValueShare per targeted shortcut solver: share it answered with exactly the trap's wrong value
     */
    public record TrapMetrics(int questions, Map<String, BigDecimal> wrongShare, Map<String, BigDecimal> trapValueShare) {
    }

    /**
     * Diversity of the masked document text (see {@link MaskedText}).
     *
     * @param sentences sentences read
     * @param distinctSkeletons distinct sentence skeletons over all challenges
     * @param skeletonsPer1000Challenges distinct skeletons per block of 1,000 challenges (the mean over
     *     full blocks; with fewer than 1,000 challenges, the count over all of them)
     * @param duplicateDocumentHashes documents whose masked text hashes like an earlier one's
     */
    public record Diversity(long sentences, long distinctSkeletons, long skeletonsPer1000Challenges,
                            long duplicateDocumentHashes) {
    }

    /** @return the report as indented JSON: {@code {"challenges", "solvers", "traps", "diversity"}} */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("challenges", challenges);
        ObjectNode s = root.putObject("solvers");
        solvers.forEach((name, m) -> {
            ObjectNode o = s.putObject(name);
            o.put("passRate", m.passRate());
            o.put("answersPassRate", m.answersPassRate());
            o.put("traceValidRate", m.traceValidRate());
            o.put("groundedTraceRate", m.groundedTraceRate());
            ObjectNode acc = o.putObject("accuracy");
            acc.put("overall", m.accuracy());
            ObjectNode cat = acc.putObject("byCategory");
            m.byCategory().forEach(cat::put);
            ObjectNode hops = acc.putObject("byHops");
            m.byHops().forEach((h, v) -> hops.put(Integer.toString(h), v));
        });
        ObjectNode t = root.putObject("traps");
        traps.forEach((kind, m) -> {
            ObjectNode o = t.putObject(kind);
            o.put("questions", m.questions());
            ObjectNode shortcuts = o.putObject("shortcuts");
            m.wrongShare().forEach((solver, wrong) -> {
                ObjectNode x = shortcuts.putObject(solver);
                x.put("wrongShare", wrong);
                x.put("trapValueShare", m.trapValueShare().get(solver));
            });
        });
        ObjectNode d = root.putObject("diversity");
        d.put("sentences", diversity.sentences());
        d.put("distinctSentenceSkeletons", diversity.distinctSkeletons());
        d.put("skeletonsPer1000Challenges", diversity.skeletonsPer1000Challenges());
        d.put("duplicateDocumentHashes", diversity.duplicateDocumentHashes());
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    /** @return the report as a plain-text table */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d challenges%n%n", challenges));
        out.append(String.format(Locale.ROOT, "%-16s %8s %8s %8s %9s %9s%n", "solver", "pass", "answers", "trace",
                "grounded", "accuracy"));
        solvers.forEach((name, m) -> out.append(String.format(Locale.ROOT, "%-16s %8s %8s %8s %9s %9s%n", name,
                text(m.passRate()), text(m.answersPassRate()), text(m.traceValidRate()), text(m.groundedTraceRate()),
                text(m.accuracy()))));
        out.append(String.format(Locale.ROOT, "%n%-18s %9s %-16s %8s %10s%n", "trap", "questions", "shortcut", "wrong",
                "trap-value"));
        traps.forEach((kind, m) -> m.wrongShare().forEach((solver, wrong) -> out.append(String.format(Locale.ROOT,
                "%-18s %9d %-16s %8s %10s%n", kind, m.questions(), solver, text(wrong),
                text(m.trapValueShare().get(solver))))));
        out.append(String.format(Locale.ROOT, "%ndiversity: %d sentences, %d distinct skeletons (%d per 1,000 challenges), "
                + "%d duplicate masked documents%n", diversity.sentences(), diversity.distinctSkeletons(),
                diversity.skeletonsPer1000Challenges(), diversity.duplicateDocumentHashes()));
        return out.toString();
    }

    private static String text(BigDecimal rate) {
        return rate == null ? "-" : rate.toPlainString();
    }
}
