package io.dacr.core.dataset.internal;

import io.dacr.api.AnswerKey;
import io.dacr.api.Attempt;
import io.dacr.api.Challenge;
import io.dacr.api.CheckResult;
import io.dacr.api.GoldAnswer;
import io.dacr.api.Outcome;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.spi.ChatMessage;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.json.internal.Mappers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * SFT, DPO and RAW rows from attempt records, streamed: a record is read, turned into rows or held,
 * and the rows are written at once. DPO holds only the failed attempts of sessions that have not
 * passed yet (and, for cross-model pairs, one failed and one passed attempt per challenge and model).
 */
public final class AttemptExports {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private AttemptExports() {
    }

    /** Counts of one export. */
    public static final class Counts {
        /** Records read. */
        public long read;
        /** Rows written. */
        public long written;
        /** Records the filter dropped. */
        public long filteredOut;
    }

    /** Counts a record read, and, if the filter drops it, filtered out; returns whether the filter keeps it. */
    private static boolean kept(AttemptRecord record, Predicate<AttemptRecord> keep, Counts counts) {
        counts.read++;
        if (keep.test(record)) {
            return true;
        }
        counts.filteredOut++;
        return false;
    }

    /**
     * @param attempt an attempt
     * @return 1 when its trace check passed, 0.5 when it failed, 0 when malformed or absent
     */
    public static BigDecimal traceQuality(Attempt attempt) {
        Outcome o = attempt.verdict().trace().outcome();
        if (attempt.submission().trace().isEmpty()) {
            return BigDecimal.ZERO;
        }
        return o == Outcome.PASS ? BigDecimal.ONE : o == Outcome.FAIL ? HALF : BigDecimal.ZERO;
    }

    /**
     * @param records the records
     * @param sources prompts, challenges, keys and the filter
     * @param out where to write
     * @return the counts
     * @throws IOException if writing fails
     */
    public static Counts sft(Iterator<AttemptRecord> records, Sources sources, Writer out) throws IOException {
        Counts counts = new Counts();
        while (records.hasNext()) {
            AttemptRecord r = records.next();
            Attempt a = r.attempt();
            if (!kept(r, sources.keep(), counts) || !a.verdict().passed()) {
                continue;
            }
            Challenge challenge = sources.challenge().apply(a.challengeId());
            List<Object> messages = Rows.messages(Rows.prompt(sources.prompt(), challenge));
            messages.add(Rows.message("assistant", sources.completion().apply(a.submission())));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("messages", messages);
            Rows.provenance(row, challenge, sources.promptVersion());
            row.put("model", a.modelId());
            row.put("session_id", a.sessionId());
            row.put("attempt", a.number());
            Rows.write(out, row);
            counts.written++;
        }
        return counts;
    }

    /**
     * @param records the records
     * @param sources prompts, challenges, keys and the filter
     * @param crossModel also pair, per challenge, the first failed attempt of one model with the first
     *     passed attempt of another (written after the session pairs)
     * @param out where to write
     * @return the counts
     * @throws IOException if writing fails
     */
    public static Counts dpo(Iterator<AttemptRecord> records, Sources sources, boolean crossModel, Writer out)
            throws IOException {
        Counts counts = new Counts();
        Map<String, List<Attempt>> pendingFailures = new LinkedHashMap<>();
        Map<String, Integer> passedAt = new LinkedHashMap<>();
        Map<String, Map<String, Attempt>> firstFailed = new LinkedHashMap<>();
        Map<String, Map<String, Attempt>> firstPassed = new LinkedHashMap<>();
        while (records.hasNext()) {
            AttemptRecord r = records.next();
            if (!kept(r, sources.keep(), counts)) {
                continue;
            }
            Attempt a = r.attempt();
            // A session is (session id, model): records of older harness versions gave every model's run at a
            // challenge the same session id, and one model's failure is no session pair with another's pass.
            String session = a.sessionId() + '\u0000' + a.modelId();
            if (a.verdict().passed()) {
                if (crossModel) {
                    firstPassed.computeIfAbsent(a.challengeId(), k -> new LinkedHashMap<>()).putIfAbsent(a.modelId(), a);
                }
                if (passedAt.putIfAbsent(session, a.number()) != null) {
                    continue;
                }
                for (Attempt failed : pendingFailures.getOrDefault(session, List.of())) {
                    if (failed.number() < a.number()) {
                        writePair(out, sources, failed, a, "session");
                        counts.written++;
                    }
                }
                pendingFailures.remove(session);
            } else {
                if (crossModel) {
                    firstFailed.computeIfAbsent(a.challengeId(), k -> new LinkedHashMap<>()).putIfAbsent(a.modelId(), a);
                }
                if (!passedAt.containsKey(session)) {
                    pendingFailures.computeIfAbsent(session, k -> new ArrayList<>()).add(a);
                }
            }
        }
        if (crossModel) {
            for (Map.Entry<String, Map<String, Attempt>> e : firstFailed.entrySet()) {
                Map<String, Attempt> passed = firstPassed.getOrDefault(e.getKey(), Map.of());
                for (Attempt failed : e.getValue().values()) {
                    for (Attempt chosen : passed.values()) {
                        if (!chosen.modelId().equals(failed.modelId())) {
                            writePair(out, sources, failed, chosen, "cross_model");
                            counts.written++;
                        }
                    }
                }
            }
        }
        return counts;
    }

    private static void writePair(Writer out, Sources sources, Attempt rejected, Attempt chosen, String kind)
            throws IOException {
        Challenge challenge = sources.challenge().apply(chosen.challengeId());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("prompt", Rows.messages(Rows.prompt(sources.prompt(), challenge)));
        row.put("chosen", List.of(Rows.message("assistant", sources.completion().apply(chosen.submission()))));
        row.put("rejected", List.of(Rows.message("assistant", sources.completion().apply(rejected.submission()))));
        Rows.provenance(row, challenge, sources.promptVersion());
        row.put("pair", kind);
        row.put("chosen_model", chosen.modelId());
        row.put("rejected_model", rejected.modelId());
        row.put("chosen_attempt", chosen.sessionId() + "#" + chosen.number());
        row.put("rejected_attempt", rejected.sessionId() + "#" + rejected.number());
        Rows.write(out, row);
    }

    /**
     * @param records the records
     * @param sources prompts, challenges, keys and the filter
     * @param out where to write
     * @return the counts
     * @throws IOException if writing fails
     */
    public static Counts raw(Iterator<AttemptRecord> records, Sources sources, Writer out) throws IOException {
        Counts counts = new Counts();
        Predicate<AttemptRecord> keep = record -> sources.keep().test(record) && sources.keepOutcome().test(record);
        while (records.hasNext()) {
            AttemptRecord r = records.next();
            if (!kept(r, keep, counts)) {
                continue;
            }
            Attempt a = r.attempt();
            Challenge challenge = sources.challenge().apply(a.challengeId());
            Map<String, Object> row = new LinkedHashMap<>();
            Rows.provenance(row, challenge, sources.promptVersion());
            row.put("session_id", a.sessionId());
            row.put("attempt", a.number());
            row.put("model", a.modelId());
            row.put("outcome", a.verdict().outcome().name().toLowerCase(java.util.Locale.ROOT));
            row.put("correct_answers", a.verdict().correctAnswers());
            row.put("questions", challenge.questions().size());
            row.put("passed_constraints", a.verdict().passedConstraints());
            row.put("constraints", challenge.constraints().size());
            row.put("trace_quality", traceQuality(a));
            row.put("trapped", r.trapped());
            AnswerKey key = sources.key().apply(a.challengeId());
            row.put("trap_classification", key == null ? null : classify(key, r));
            row.put("record", tree(DacrJson.writeString(DocumentFormat.ATTEMPT_RECORD, r)));
            Rows.write(out, row);
            counts.written++;
        }
        return counts;
    }

    /**
     * Per trap-targeted question: {@code evaded} (answered correctly), {@code fell} (answered with the
     * trap's wrong value), {@code other_wrong}, {@code no_answer}, or {@code ungraded} (the attempt was
     * malformed).
     */
    static List<Object> classify(AnswerKey key, AttemptRecord record) {
        List<Object> out = new ArrayList<>();
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (CheckResult c : record.attempt().verdict().answers()) {
            outcomes.put(c.subject(), c.outcome());
        }
        for (GoldAnswer gold : key.answers()) {
            if (gold.trapId() == null) {
                continue;
            }
            String q = gold.questionId();
            String result;
            if (record.attempt().verdict().outcome() == Outcome.MALFORMED) {
                result = "ungraded";
            } else if (record.trappedQuestionIds().contains(q)) {
                result = "fell";
            } else if (outcomes.get(q) == Outcome.PASS) {
                result = "evaded";
            } else if (answered(record.attempt(), q)) {
                result = "other_wrong";
            } else {
                result = "no_answer";
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("question_id", q);
            m.put("trap_id", gold.trapId());
            m.put("result", result);
            out.add(m);
        }
        return out;
    }

    private static boolean answered(Attempt attempt, String questionId) {
        for (QuestionAnswer a : attempt.submission().answers()) {
            if (a.questionId().equals(questionId) && !a.answer().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static Object tree(String json) {
        try {
            return Mappers.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
