package io.dacr.core.audit;

import io.dacr.api.ConfigurationException;
import io.dacr.api.internal.Checks;
import io.dacr.api.spi.DomainProvider;
import io.dacr.core.bench.BenchScorer;
import io.dacr.core.bench.DacrBenchFormat;
import io.dacr.core.bench.internal.DacrConversion;
import io.dacr.core.bench.model.BenchChallenge;
import io.dacr.core.bench.model.BenchDataset;
import io.dacr.core.bench.model.BenchQuestion;
import io.dacr.core.bench.model.BenchResult;
import io.dacr.core.bench.model.PredictedAnswer;
import io.dacr.core.bench.model.Prediction;
import io.dacr.core.solve.Solver;
import io.dacr.core.solve.Solvers;
import io.dacr.core.solve.internal.ProseReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The audit's shortcut solvers on someone else's challenges: DACR-Bench documents are free prose
 * written without a domain pack, so each solver keeps its rule for which statement to believe (first,
 * last, most frequent, most authoritative, last write) and reads with the generic key/value reading
 * (question names and attribute words, nearest number). It answers only single-value numeric lookups
 * ({@code direct_extraction} and {@code trap_targeted} questions asking for a quantity); every other
 * question gets an empty answer, which scores as wrong. The predictions are scored by
 * {@link BenchScorer}, strict and DACR-Bench-compatible side by side, so the figures stand beside the
 * solvers' answer accuracy on DACR's own challenges ({@code dacr audit}).
 *
 * <pre>{@code
 * BenchDataset bench = DacrBenchFormat.readDataset(Files.readAllBytes(Path.of("dacr_bench_v1.0_mini.json")));
 * for (ShortcutsOnBench.Entry e : ShortcutsOnBench.score(bench, BenchScorer.builder().build())) {
 *     System.out.println(e.solver() + " " + e.strictAccuracy() + " " + e.compatibleAccuracy());
 * }
 * }</pre>
 */
public final class ShortcutsOnBench {

    private ShortcutsOnBench() {
    }

    /**
     * One solver's figures on a data set.
     *
     * @param solver the solver's name
     * @param questions the questions in the data set
     * @param answered the questions it gave a non-empty answer to
     * @param result the full scoring (strict and compatible)
     */
    public record Entry(String solver, int questions, int answered, BenchResult result) {

        /** @return answer accuracy under strict matching */
        public BigDecimal strictAccuracy() {
            return result.strict().summary().answerAccuracy();
        }

        /** @return answer accuracy under DACR-Bench-compatible matching */
        public BigDecimal compatibleAccuracy() {
            return result.compatible().summary().answerAccuracy();
        }
    }

    /**
     * @param solver a shortcut solver's name (see {@link Solvers#shortcutNames()})
     * @param dataset the challenges
     * @return the solver's predictions, one per challenge, in the data set's order; unanswered questions
     *     have an empty answer
     * @throws ConfigurationException if the name is not a shortcut solver's
     */
    public static List<Prediction> predictions(String solver, BenchDataset dataset) {
        Checks.notNull(solver, "solver");
        Checks.notNull(dataset, "dataset");
        return predictions(solver, dataset, documents(dataset));
    }

    /** Each challenge's document read once, in parallel, for every solver to share. */
    private static List<ProseReader.Document> documents(BenchDataset dataset) {
        return dataset.challenges().parallelStream().map(c -> ProseReader.Document.of(c.paragraphs())).toList();
    }

    private static List<Prediction> predictions(String solver, BenchDataset dataset,
                                                List<ProseReader.Document> documents) {
        ProseReader reader = ProseReader.forSolver(solver).orElseThrow(() -> new ConfigurationException(
                "no shortcut solver '" + solver + "'; known: " + Solvers.shortcutNames()));
        // Challenges are read in parallel; the list keeps the data set's order.
        return IntStream.range(0, dataset.challenges().size()).parallel().mapToObj(i -> {
            BenchChallenge c = dataset.challenges().get(i);
            Map<String, PredictedAnswer> answers = new LinkedHashMap<>();
            for (BenchQuestion q : c.questions()) {
                Optional<ProseReader.ProseAnswer> a = reader.answer(documents.get(i), q.text(), q.category());
                answers.put(q.questionId(), a.map(x -> new PredictedAnswer(x.text(), x.sentence(), null))
                        .orElseGet(() -> new PredictedAnswer("", "", null)));
            }
            return new Prediction(c.challengeId(), solver, answers, "json");
        }).toList();
    }

    /**
     * @param dataset the challenges
     * @param scorer the scorer (its headline mode and bootstrap settings are kept)
     * @return one entry per shortcut solver, in the order of {@link Solvers#shortcutNames()}
     */
    public static List<Entry> score(BenchDataset dataset, BenchScorer scorer) {
        Checks.notNull(dataset, "dataset");
        Checks.notNull(scorer, "scorer");
        List<ProseReader.Document> documents = documents(dataset);
        // Solvers are scored in parallel (scoring is pure); the list keeps their order.
        return Solvers.shortcutNames().parallelStream()
                .map(name -> entry(name, dataset, predictions(name, dataset, documents), scorer)).toList();
    }

    /**
     * The audit's own shortcut solvers (reading with the domain packs' templates, as {@code dacr audit}
     * runs them) on DACR challenges, their answers scored by the bench metrics: the same measurement as
     * {@link #score(BenchDataset, BenchScorer)} on DACR-Bench, with the audit's reading instead of the
     * generic one. Solvers and challenges run in parallel; the result does not depend on it.
     *
     * @param challenges DACR challenges with their keys
     * @param domains the domain packs the challenges come from
     * @param scorer the scorer
     * @return one entry per shortcut solver, in the order of {@link Solvers#shortcutNames()}, scored on the
     *     challenges' DACR-Bench form (data set name {@code dacr})
     * @throws ConfigurationException if a challenge's domain pack is not among {@code domains}
     */
    public static List<Entry> scoreWithPacks(List<DacrBenchFormat.Keyed> challenges,
                                             List<? extends DomainProvider> domains, BenchScorer scorer) {
        Checks.notNull(challenges, "challenges");
        Checks.notNull(domains, "domains");
        Checks.notNull(scorer, "scorer");
        BenchDataset dataset = ours(challenges);
        return Solvers.shortcutNames().parallelStream().map(name -> {
            Solver solver = Solvers.shortcut(name, domains);
            List<Prediction> predictions = challenges.parallelStream()
                    .map(k -> DacrConversion.prediction(solver.solve(k.challenge()), name, false)).toList();
            return entry(name, dataset, predictions, scorer);
        }).toList();
    }

    /**
     * @param challenges DACR challenges with their keys
     * @return them in DACR-Bench's form, as one data set named {@code dacr}
     */
    public static BenchDataset ours(List<DacrBenchFormat.Keyed> challenges) {
        Checks.notNull(challenges, "challenges");
        return new BenchDataset("dacr", DacrConversion.VERSION,
                challenges.parallelStream().map(k -> DacrBenchFormat.fromDacr(k.challenge(), k.key())).toList());
    }

    private static Entry entry(String name, BenchDataset dataset, List<Prediction> predictions, BenchScorer scorer) {
        int answered = 0;
        for (Prediction p : predictions) {
            for (PredictedAnswer a : p.answers().values()) {
                if (!a.answer().isBlank()) {
                    answered++;
                }
            }
        }
        return new Entry(name, dataset.questionCount(), answered, scorer.score(dataset, predictions, List.of()));
    }
}
