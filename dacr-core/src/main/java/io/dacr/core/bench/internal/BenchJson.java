package io.dacr.core.bench.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dacr.api.FormatException;
import io.dacr.core.bench.model.BenchChallenge;
import io.dacr.core.bench.model.BenchDataset;
import io.dacr.core.bench.model.BenchFact;
import io.dacr.core.bench.model.BenchQuestion;
import io.dacr.core.bench.model.BenchStep;
import io.dacr.core.bench.model.BenchTrap;
import io.dacr.core.bench.model.PredictedAnswer;
import io.dacr.core.bench.model.Prediction;
import io.dacr.core.bench.model.Split;
import io.dacr.core.json.internal.Mappers;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Reads and writes DACR-Bench's data set and prediction files. */
public final class BenchJson {

    /** The format name {@link FormatException}s carry for data set files. */
    public static final String DATASET = "dacr_bench";
    /** The format name for prediction files. */
    public static final String PREDICTIONS = "dacr_bench_predictions";

    private BenchJson() {
    }

    /**
     * @param json a DACR-Bench file, v1.0 or v1.1
     * @return the data set
     * @throws FormatException naming the path of the first problem
     */
    public static BenchDataset readDataset(String json) {
        JsonIn root = JsonIn.parse(DATASET, json);
        String version = root.optionalField("version") == null ? "1.0" : root.field("version").textOrNumber();
        String name = root.optionalField("name") == null ? "" : root.text("name");
        List<BenchChallenge> challenges = root.field("challenges").list((c, i) -> challenge(c, version));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < challenges.size(); i++) {
            if (!ids.add(challenges.get(i).challengeId())) {
                throw new FormatException(DATASET, "$.challenges[" + i + "].challengeId",
                        "challenge id '" + challenges.get(i).challengeId() + "' appears twice", null);
            }
        }
        return new BenchDataset(name, version, challenges);
    }

    private static BenchChallenge challenge(JsonIn c, String datasetVersion) {
        String id = c.text("challengeId");
        String version = c.optionalField("version") == null ? datasetVersion : c.field("version").textOrNumber();
        JsonIn source = c.field("source");
        String sourceType = source.text("type");
        JsonIn splitField = c.optionalField("split");
        Split split;
        if (splitField == null) {
            split = "engine".equals(sourceType) ? Split.SYNTHETIC : Split.REAL;
        } else {
            String name = splitField.text();
            split = build(splitField, () -> Split.fromWireName(name));
        }
        JsonIn document = c.field("document");
        String text = document.text("text");
        String domain = document.text("domain");
        List<String> sections = document.optionalField("sections") == null ? List.of()
                : document.field("sections").list((s, i) -> s.textOrNumber());
        List<BenchFact> facts = c.optionalField("facts") == null ? List.of() : c.field("facts").list((f, i) -> fact(f));
        List<BenchTrap> traps = c.optionalField("traps") == null ? List.of() : c.field("traps").list((t, i) -> trap(t));
        JsonIn questionsField = c.field("questions");
        List<BenchQuestion> questions = questionsField.list((q, i) -> question(q));
        return build(c, () -> new BenchChallenge(id, version, sourceType, split, domain, text, sections, facts, traps,
                questions));
    }

    private static BenchFact fact(JsonIn f) {
        JsonIn location = f.optionalField("location");
        int paragraph = location == null || location.optionalField("paragraphIndex") == null ? 0
                : location.field("paragraphIndex").intValue();
        String quote = location == null || location.optionalField("contextQuote") == null ? ""
                : location.field("contextQuote").textOrNumber();
        String valueType = f.optionalText("valueType");
        return build(f, () -> new BenchFact(f.text("factId"), f.field("entity").textOrNumber(),
                f.field("attribute").textOrNumber(), f.field("value").textOrNumber(),
                valueType == null ? "" : valueType, paragraph, quote));
    }

    private static BenchTrap trap(JsonIn t) {
        JsonIn location = t.field("trapLocation");
        String section = location.optionalText("section");
        String injected = location.optionalText("injectedText");
        int paragraph = location.field("paragraphIndex").intValue();
        return build(t, () -> new BenchTrap(t.text("trapId"), t.text("targetFactId"),
                t.field("correctValue").textOrNumber(), t.field("wrongValue").textOrNumber(),
                section == null ? "" : section, paragraph, injected == null ? "" : injected));
    }

    private static BenchQuestion question(JsonIn q) {
        List<String> aliases = q.optionalField("goldAnswerAliases") == null ? List.of()
                : q.field("goldAnswerAliases").list((a, i) -> a.textOrNumber());
        List<BenchStep> chain = q.optionalField("reasoningChain") == null ? List.of()
                : q.field("reasoningChain").list((s, i) -> step(s, i));
        String difficulty = q.optionalText("difficulty");
        int hops = q.field("hops").intValue();
        String targetsTrap = q.optionalText("targetsTrap");
        return build(q, () -> new BenchQuestion(q.text("questionId"), q.text("text"), q.text("category"), hops,
                targetsTrap, q.field("goldAnswer").textOrNumber(), aliases, chain,
                difficulty == null ? "" : difficulty));
    }

    private static BenchStep step(JsonIn s, int index) {
        int number = s.optionalField("step") == null ? index + 1 : s.field("step").intValue();
        String action = s.optionalText("action");
        JsonIn result = s.optionalField("result");
        JsonIn note = s.optionalField("note");
        return new BenchStep(number, action == null ? "" : action, s.optionalText("factId"),
                result == null ? null : result.textOrNumber(), note == null ? null : note.textOrNumber());
    }

    /**
     * @param json a DACR-Bench predictions file: a JSON array of predictions
     * @return the predictions, in file order
     * @throws FormatException naming the path of the first problem, also when a challenge id repeats
     */
    public static List<Prediction> readPredictions(String json) {
        JsonIn root = JsonIn.parse(PREDICTIONS, json);
        if (!root.isArray()) {
            throw root.error("expected a JSON array of predictions");
        }
        List<Prediction> predictions = root.list((p, i) -> prediction(p));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < predictions.size(); i++) {
            if (!ids.add(predictions.get(i).challengeId())) {
                throw new FormatException(PREDICTIONS, "$[" + i + "].challengeId", "a second prediction for challenge '"
                        + predictions.get(i).challengeId() + "'", null);
            }
        }
        return predictions;
    }

    /**
     * @param predictions predictions
     * @param timestamp the timestamp they all carry
     * @return them as a DACR-Bench predictions file, indented, ending in a line break
     */
    public static String predictionsJson(List<Prediction> predictions, Instant timestamp) {
        List<Object> array = new ArrayList<>();
        for (Prediction p : predictions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("challengeId", p.challengeId());
            m.put("model", p.model());
            m.put("timestamp", timestamp.toString());
            Map<String, Object> answers = new LinkedHashMap<>();
            p.answers().forEach((qid, a) -> {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("answer", a.answer());
                answer.put("citation", a.citation());
                if (a.confidence() != null) {
                    answer.put("confidence", a.confidence());
                }
                answers.put(qid, answer);
            });
            m.put("answers", answers);
            if (p.parseFormat() != null) {
                m.put("metadata", Map.of("parseFormat", p.parseFormat()));
            }
            array.add(m);
        }
        try {
            return Mappers.PRETTY.writeValueAsString(array) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static Prediction prediction(JsonIn p) {
        String model = p.optionalText("model");
        JsonIn answers = p.field("answers");
        Map<String, PredictedAnswer> byQuestion = new LinkedHashMap<>();
        for (String qid : answers.fieldNames()) {
            JsonIn a = answers.field(qid);
            JsonIn confidence = a.optionalField("confidence");
            String citation = a.optionalField("citation") == null ? "" : a.field("citation").textOrNumber();
            byQuestion.put(qid, new PredictedAnswer(a.field("answer").textOrNumber(), citation,
                    confidence == null ? null : confidence.decimal()));
        }
        JsonIn metadata = p.optionalField("metadata");
        String parseFormat = metadata == null ? null : metadata.optionalText("parseFormat");
        return new Prediction(p.text("challengeId"), model == null ? "unknown" : model, byQuestion, parseFormat);
    }

    private static <T> T build(JsonIn at, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw at.error(e.getMessage());
        }
    }

    /**
     * Writes one challenge in DACR-Bench's challenge format, compact, on one line.
     *
     * @param challenge the challenge
     * @param extraSource further members of {@code source} (e.g. DACR's generator version), in order
     * @param metadata the {@code metadata} object's members, in order
     * @return the JSON text
     */
    public static String challengeJson(BenchChallenge challenge, Map<String, Object> extraSource,
                                       Map<String, Object> metadata) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("challengeId", challenge.challengeId());
        c.put("version", challenge.version());
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("type", challenge.sourceType());
        source.putAll(extraSource);
        c.put("source", source);
        c.put("split", challenge.split().wireName());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("text", challenge.text());
        document.put("domain", challenge.domain());
        document.put("wordCount", wordCount(challenge.text()));
        document.put("paragraphCount", challenge.paragraphs().size());
        document.put("sections", challenge.sections());
        c.put("document", document);
        List<Object> facts = new ArrayList<>();
        for (BenchFact f : challenge.facts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("factId", f.factId());
            m.put("entity", f.entity());
            m.put("attribute", f.attribute());
            m.put("value", f.value());
            m.put("valueType", f.valueType());
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("section", "");
            location.put("paragraphIndex", f.paragraphIndex());
            location.put("contextQuote", f.contextQuote());
            m.put("location", location);
            facts.add(m);
        }
        c.put("facts", facts);
        List<Object> traps = new ArrayList<>();
        for (BenchTrap t : challenge.traps()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("trapId", t.trapId());
            m.put("targetFactId", t.targetFactId());
            m.put("correctValue", t.correctValue());
            m.put("wrongValue", t.wrongValue());
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("section", t.section());
            location.put("paragraphIndex", t.paragraphIndex());
            location.put("injectedText", t.injectedText());
            m.put("trapLocation", location);
            traps.add(m);
        }
        c.put("traps", traps);
        List<Object> questions = new ArrayList<>();
        for (BenchQuestion q : challenge.questions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("questionId", q.questionId());
            m.put("text", q.text());
            m.put("category", q.category());
            m.put("hops", q.hops());
            m.put("targetsTrap", q.targetsTrap());
            m.put("goldAnswer", q.goldAnswer());
            m.put("goldAnswerAliases", q.goldAnswerAliases());
            List<Object> chain = new ArrayList<>();
            for (BenchStep s : q.reasoningChain()) {
                Map<String, Object> step = new LinkedHashMap<>();
                step.put("step", s.step());
                step.put("action", s.action());
                if (s.factId() != null) {
                    step.put("factId", s.factId());
                }
                if (s.result() != null) {
                    step.put("result", s.result());
                }
                if (s.note() != null) {
                    step.put("note", s.note());
                }
                chain.add(step);
            }
            m.put("reasoningChain", chain);
            m.put("difficulty", q.difficulty());
            questions.add(m);
        }
        c.put("questions", questions);
        c.put("metadata", metadata);
        return write(c);
    }

    /**
     * Streams a data set file: the header, each challenge as it comes, then {@code stats} counted on the way.
     */
    public static final class DatasetWriter {

        private final Writer out;
        private int challenges;
        private int questions;
        private int traps;
        private int real;
        private int synthetic;

        /**
         * @param out where to write
         * @param name the data set's name
         * @param version its version
         * @throws IOException if writing fails
         */
        public DatasetWriter(Writer out, String name, String version) throws IOException {
            this.out = out;
            out.write("{\"name\":" + write(name) + ",\"version\":" + write(version) + ",\"challenges\":[\n");
        }

        /**
         * @param challengeJson one challenge, as {@link #challengeJson} writes it
         * @param challenge the same challenge, for the counts
         * @throws IOException if writing fails
         */
        public void add(String challengeJson, BenchChallenge challenge) throws IOException {
            if (challenges > 0) {
                out.write(",\n");
            }
            out.write(challengeJson);
            challenges++;
            questions += challenge.questions().size();
            traps += challenge.traps().size();
            if (challenge.split() == Split.REAL) {
                real++;
            } else {
                synthetic++;
            }
        }

        /**
         * Writes the closing counts.
         *
         * @return how many challenges were written
         * @throws IOException if writing fails
         */
        public int finish() throws IOException {
            Map<String, Object> split = new LinkedHashMap<>();
            split.put("real", real);
            split.put("synthetic", synthetic);
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("totalChallenges", challenges);
            stats.put("totalQuestions", questions);
            stats.put("totalTraps", traps);
            out.write("\n],\"splitBreakdown\":" + write(split) + ",\"stats\":" + write(stats) + "}\n");
            return challenges;
        }
    }

    /** @return the number of white-space-separated words */
    static int wordCount(String text) {
        int words = 0;
        for (String w : Js.splitSpaces(Js.trim(text))) {
            if (!w.isEmpty()) {
                words++;
            }
        }
        return words;
    }

    static String write(Object tree) {
        try {
            return Mappers.MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
