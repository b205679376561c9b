package io.dacr.core.bench.internal;

import io.dacr.api.AnswerFormat;
import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.ChallengeId;
import io.dacr.api.ContentHashes;
import io.dacr.api.FormatException;
import io.dacr.api.GenerationSpec;
import io.dacr.api.GoldAnswer;
import io.dacr.api.GroundingIndex;
import io.dacr.api.Paragraph;
import io.dacr.api.Provenance;
import io.dacr.api.Question;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.QuestionCategory;
import io.dacr.api.ReasoningHop;
import io.dacr.api.Secret;
import io.dacr.api.Submission;
import io.dacr.api.TraceRules;
import io.dacr.core.bench.model.BenchChallenge;
import io.dacr.core.bench.model.BenchDataset;
import io.dacr.core.bench.model.BenchFact;
import io.dacr.core.bench.model.BenchQuestion;
import io.dacr.core.bench.model.BenchStep;
import io.dacr.core.bench.model.PredictedAnswer;
import io.dacr.core.bench.model.Prediction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A DACR-Bench challenge in DACR's shapes, so that the miner harness (prompt, reply reading, attempt
 * session, feedback) runs it unchanged. What DACR-Bench gives is kept; what it lacks is left empty,
 * never invented:
 *
 * <ul>
 *   <li>id: {@code dacr1.g1.<domain>.<specHash>.dacr-bench.<index>.<mac>}: domain = the document's domain
 *       as an identifier (runs of other characters become {@code -}), specHash from the data set's name and version, index = position in the file,
 *       MAC under the public key {@value #ID_KEY_TEXT} (these ids are labels within one run, not
 *       credentials; {@code g1} is required by the id format and names no generator);</li>
 *   <li>paragraphs: the document's blank-line-separated blocks, {@code paragraph_N} = DACR-Bench's
 *       paragraph index N − 1, so citations mean the same paragraph on both sides;</li>
 *   <li>questions: {@code q1} … {@code qN} in file order (DACR-Bench's {@code q01} …), category and hops as
 *       given, answer format free text (DACR-Bench declares no types or units);</li>
 *   <li>no artifact constraints, trace rules with citations not checked (there is no grounding index);</li>
 *   <li>key: each question's gold answer and aliases, with one hop naming the facts and paragraphs of
 *       DACR-Bench's reasoning chain; no traps, no grounding.</li>
 * </ul>
 *
 * @param bench the challenge as imported
 * @param challenge its DACR form
 * @param key its DACR answer key (gold answers only)
 */
public record ImportedChallenge(BenchChallenge bench, Challenge challenge, AnswerKey key) {

    /** The namespace of imported challenge ids. */
    public static final String NAMESPACE = "dacr-bench";
    /** The generation-spec preset that names an import. */
    public static final String PRESET = "imported";
    /** The public text of the key that ids of imported challenges are MACed with. */
    public static final String ID_KEY_TEXT = "dacr-bench-import-id-key";
    /** The hop operation of an imported gold chain. */
    public static final String IMPORTED_HOP = "dacr_bench_chain";

    private static final Secret ID_KEY = Secret.ofUtf8(ID_KEY_TEXT);
    private static final Pattern NOT_IDENTIFIER = Pattern.compile("[^a-z0-9]+");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\R+");

    /**
     * @param dataset the data set
     * @param index the challenge's position in it
     * @return the challenge in DACR's shapes
     * @throws FormatException if it cannot be run: a category outside the seven, hops outside 1–6, a
     *     blank question or gold answer, more than 9,999 questions
     */
    public static ImportedChallenge of(BenchDataset dataset, int index) {
        BenchChallenge bench = dataset.challenges().get(index);
        String where = "$.challenges[" + index + "]";
        GenerationSpec spec = new GenerationSpec(PRESET, new TreeMap<>(Map.of("dataset",
                sha256(dataset.name() + "\n" + dataset.version()).substring(0, 16))));
        String domain = domainId(bench.domain());
        ChallengeId id = ChallengeId.issue(1, domain, spec, NAMESPACE, index, ID_KEY);
        List<String> blocks = bench.paragraphs();
        if (blocks.isEmpty()) {
            throw new FormatException(BenchJson.DATASET, where + ".document.text", "the document has no paragraph", null);
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            paragraphs.add(new Paragraph(Paragraph.idOf(i + 1), LINE_BREAKS.matcher(blocks.get(i).strip()).replaceAll(" ")));
        }
        if (bench.questions().size() > 9999) {
            throw new FormatException(BenchJson.DATASET, where + ".questions", "more than 9999 questions", null);
        }
        List<Question> questions = new ArrayList<>();
        List<GoldAnswer> answers = new ArrayList<>();
        for (int i = 0; i < bench.questions().size(); i++) {
            BenchQuestion q = bench.questions().get(i);
            String at = where + ".questions[" + i + "]";
            String qid = "q" + (i + 1);
            try {
                questions.add(new Question(qid, q.text(), QuestionCategory.fromWireName(q.category()), q.hops(),
                        AnswerFormat.text()));
                answers.add(new GoldAnswer(qid, q.goldAnswer(), q.goldAnswerAliases(), List.of(hop(bench, q)), null));
            } catch (IllegalArgumentException e) {
                throw new FormatException(BenchJson.DATASET, at, "cannot be run through the miner harness: " + e.getMessage(), e);
            }
        }
        Challenge challenge = new Challenge(id, domain, 1, paragraphs, questions, List.of(),
                new TraceRules(1, TraceRules.defaults().maxSteps(), TraceRules.DEFAULT_OPERATIONS, false),
                ContentHashes.of(paragraphs, questions, List.of()));
        Provenance provenance = new Provenance(1, domain, sha256(bench.text()), spec, NAMESPACE, index,
                "none: imported from DACR-Bench " + dataset.name() + " " + dataset.version() + ", challenge "
                        + bench.challengeId());
        AnswerKey key = new AnswerKey(id, List.of(), answers, List.of(), List.of(), new GroundingIndex(List.of()),
                provenance);
        return new ImportedChallenge(bench, challenge, key);
    }

    /**
     * @param questionId a question id of the DACR form, {@code q1} …
     * @return DACR-Bench's question, or null if there is none of that id
     */
    public BenchQuestion benchQuestion(String questionId) {
        if (!questionId.startsWith("q")) {
            return null;
        }
        try {
            int n = Integer.parseInt(questionId.substring(1));
            return n >= 1 && n <= bench.questions().size() && questionId.equals("q" + n) ? bench.questions().get(n - 1) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * @param submission a submission to the DACR form
     * @param model the model that made it
     * @param failed whether it stands for a reply that could not be read or was MALFORMED
     * @return its answers as a prediction for DACR-Bench's challenge and question ids; answers to
     *     questions the challenge does not have are left out, the first answer to a question wins
     */
    public Prediction prediction(Submission submission, String model, boolean failed) {
        Map<String, PredictedAnswer> answers = new LinkedHashMap<>();
        for (QuestionAnswer a : submission.answers()) {
            BenchQuestion q = benchQuestion(a.questionId());
            if (q != null) {
                answers.putIfAbsent(q.questionId(), new PredictedAnswer(a.answer(),
                        a.citation() == null ? "" : a.citation(), a.confidence()));
            }
        }
        return new Prediction(bench.challengeId(), model, answers, failed ? "failed" : "json");
    }

    private static ReasoningHop hop(BenchChallenge bench, BenchQuestion q) {
        List<String> facts = new ArrayList<>();
        List<String> paragraphIds = new ArrayList<>();
        for (BenchStep step : q.reasoningChain()) {
            BenchFact fact = step.factId() == null ? null : bench.fact(step.factId());
            if (fact != null && !facts.contains(fact.factId())) {
                facts.add(fact.factId());
                String p = Paragraph.idOf(fact.paragraphIndex() + 1);
                if (!paragraphIds.contains(p)) {
                    paragraphIds.add(p);
                }
            }
        }
        return new ReasoningHop(IMPORTED_HOP, facts, paragraphIds, q.goldAnswer());
    }

    /** The document's domain as a lower-case identifier: {@code materials_science} → {@code materials-science}. */
    static String domainId(String domain) {
        String s = NOT_IDENTIFIER.matcher(domain.toLowerCase(Locale.ROOT)).replaceAll("-");
        s = s.replaceAll("^[^a-z]+", "").replaceAll("-+$", "");
        return s.isEmpty() ? "imported" : s.length() > 64 ? s.substring(0, 64).replaceAll("-+$", "") : s;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
