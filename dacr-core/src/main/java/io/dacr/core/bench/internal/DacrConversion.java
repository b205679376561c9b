package io.dacr.core.bench.internal;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.Fact;
import io.dacr.api.GoldAnswer;
import io.dacr.api.GroundedMention;
import io.dacr.api.Paragraph;
import io.dacr.api.Question;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.ReasoningHop;
import io.dacr.api.Submission;
import io.dacr.api.Trap;
import io.dacr.core.bench.model.BenchChallenge;
import io.dacr.core.bench.model.BenchFact;
import io.dacr.core.bench.model.BenchQuestion;
import io.dacr.core.bench.model.BenchStep;
import io.dacr.core.bench.model.BenchTrap;
import io.dacr.core.bench.model.PredictedAnswer;
import io.dacr.core.bench.model.Prediction;
import io.dacr.core.bench.model.Split;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** DACR's challenges and submissions in DACR-Bench's shapes. */
public final class DacrConversion {

    /** The challenge format version DACR writes: v1.1, whose challenges name their split. */
    public static final String VERSION = "1.1";

    private static final Pattern LINE_BREAKS = Pattern.compile("\\R+");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

    private DacrConversion() {
    }

    /**
     * @param challenge a DACR challenge
     * @param key its answer key
     * @return it as a DACR-Bench challenge: paragraphs joined by blank lines (line breaks inside a
     *     paragraph become spaces, so DACR-Bench counts the same paragraphs), facts located at the first
     *     paragraph the grounding index states them in, difficulty easy for 1–2 hops, medium for 3–4,
     *     hard for 5–6
     * @throws IllegalArgumentException if the key belongs to another challenge or lacks a gold answer
     */
    public static BenchChallenge challenge(Challenge challenge, AnswerKey key) {
        if (!challenge.id().equals(key.challengeId())) {
            throw new IllegalArgumentException("the key belongs to " + key.challengeId() + ", not " + challenge.id());
        }
        List<String> paragraphs = new ArrayList<>();
        for (Paragraph p : challenge.paragraphs()) {
            paragraphs.add(LINE_BREAKS.matcher(p.text()).replaceAll(" "));
        }
        List<BenchFact> facts = new ArrayList<>();
        for (Fact f : key.facts()) {
            int at = firstParagraph(key, f.id());
            String valueType = !f.unit().isEmpty() || PLAIN_NUMBER.matcher(f.value()).matches() ? "numerical" : "categorical";
            facts.add(new BenchFact(f.id(), f.entity(), f.attribute(), f.value(), valueType, Math.max(at, 0),
                    at < 0 ? "" : paragraphs.get(at)));
        }
        List<BenchTrap> traps = new ArrayList<>();
        for (Trap t : key.traps()) {
            int at = indexOf(t.paragraphIds().get(0));
            traps.add(new BenchTrap(t.id(), t.targetFactId(), t.correctValue(), t.wrongValue(), t.kind().wireName(), at,
                    at < paragraphs.size() ? paragraphs.get(at) : ""));
        }
        List<BenchQuestion> questions = new ArrayList<>();
        for (Question q : challenge.questions()) {
            GoldAnswer gold = key.answer(q.id());
            if (gold == null) {
                throw new IllegalArgumentException("the key has no gold answer for " + q.id());
            }
            List<BenchStep> chain = new ArrayList<>();
            for (int i = 0; i < gold.chain().size(); i++) {
                ReasoningHop hop = gold.chain().get(i);
                chain.add(new BenchStep(i + 1, hop.operation(), hop.factIds().isEmpty() ? null : hop.factIds().get(0),
                        hop.result(), null));
            }
            questions.add(new BenchQuestion(q.id(), q.text(), q.category().wireName(), q.hops(), gold.trapId(),
                    gold.canonical(), gold.acceptedForms(), chain, difficulty(q.hops())));
        }
        return new BenchChallenge(challenge.id().toString(), VERSION, "engine", Split.SYNTHETIC, challenge.domainId(),
                String.join("\n\n", paragraphs), List.of(), facts, traps, questions);
    }

    /**
     * @param hops a question's hop count
     * @return {@code easy} (1–2), {@code medium} (3–4) or {@code hard} (5 and more)
     */
    static String difficulty(int hops) {
        return hops <= 2 ? "easy" : hops <= 4 ? "medium" : "hard";
    }

    /**
     * @param key an answer key
     * @return DACR-Bench's {@code source} members beyond {@code type}: domain and generator version
     */
    public static Map<String, Object> source(AnswerKey key) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("domain", key.provenance().domainId());
        m.put("generatorVersion", key.provenance().generatorVersion());
        return m;
    }

    /**
     * @param key an answer key
     * @return DACR-Bench's {@code metadata} for it: provenance, no clock reading
     */
    public static Map<String, Object> metadata(AnswerKey key) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generator", "dacr");
        m.put("generatorVersion", key.provenance().generatorVersion());
        m.put("domainPackHash", key.provenance().domainPackHash());
        m.put("namespace", key.provenance().namespace());
        m.put("index", key.provenance().index());
        m.put("verificationMethod", "oracle");
        return m;
    }

    /**
     * @param submission a submission
     * @param model the model that made it
     * @param failed whether its verdict was MALFORMED (recorded as parse format {@code failed})
     * @return its answers as a DACR-Bench prediction
     */
    public static Prediction prediction(Submission submission, String model, boolean failed) {
        Map<String, PredictedAnswer> answers = new LinkedHashMap<>();
        for (QuestionAnswer a : submission.answers()) {
            BigDecimal confidence = a.confidence();
            answers.putIfAbsent(a.questionId(), new PredictedAnswer(a.answer(), a.citation() == null ? "" : a.citation(),
                    confidence));
        }
        return new Prediction(submission.challengeId(), model, answers, failed ? "failed" : "json");
    }

    private static int firstParagraph(AnswerKey key, String factId) {
        for (GroundedMention m : key.grounding().mentions()) {
            if (m.factId().equals(factId)) {
                return indexOf(m.paragraphId());
            }
        }
        return -1;
    }

    private static int indexOf(String paragraphId) {
        return Integer.parseInt(paragraphId.substring("paragraph_".length())) - 1;
    }
}
