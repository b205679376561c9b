package io.dacr.core.bench;

import io.dacr.api.Submission;
import io.dacr.api.Verifier;
import io.dacr.api.internal.Checks;
import io.dacr.core.bench.internal.DacrConversion;
import io.dacr.core.bench.internal.ImportedAnswerVerifier;
import io.dacr.core.bench.internal.ImportedChallenge;
import io.dacr.core.bench.model.BenchChallenge;
import io.dacr.core.bench.model.BenchDataset;
import io.dacr.core.bench.model.Prediction;
import io.dacr.core.miner.MiningTask;
import io.dacr.core.verify.DacrVerifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The challenges of a benchmark run ({@link BenchRunner}): each as the miner harness runs it and as
 * {@link BenchScorer} scores it. Two kinds:
 *
 * <ul>
 *   <li>{@link #imported(BenchDataset) DACR-Bench challenges}. DACR-Bench gives gold answers but no
 *       artifact constraints and no grounding index, so DACR's verifier cannot grade them. The harness
 *       still runs them unchanged (same prompt, reply reading, attempt sessions and feedback): the
 *       prompt has no constraints, and attempts are graded on answers alone by the strict bench
 *       rules, passing at DACR-Bench's challenge pass (at least 60 % of answers correct); the trace is
 *       not checked. Pass@1, pass@N and self-correction then mean that pass. Question ids are
 *       {@code q1} … in the prompt and DACR-Bench's own in the predictions.</li>
 *   <li>{@link #ours(String, List) DACR challenges with their keys}, graded by DACR's verifier (every
 *       constraint, 60 % of answers, a valid trace), and scored in their DACR-Bench form
 *       ({@link DacrBenchFormat#fromDacr}).</li>
 * </ul>
 * Either way the predictions are each session's first graded attempt, so answer accuracy, calibration,
 * trap evasion and citations measure the model unaided; later attempts count only in the attempt metrics.
 *
 * <pre>{@code
 * BenchSuite suite = BenchSuite.imported(DacrBenchFormat.readDataset(bytes)).first(5);
 * }</pre>
 */
public final class BenchSuite {

    private final BenchDataset dataset;
    private final List<Item> items;
    private final boolean imported;

    /** One challenge: its task for the harness and how a submission to it becomes a prediction. */
    record Item(String benchmarkChallengeId, MiningTask task, Predictor predictor) {
    }

    /** Turns a submission into a prediction for the benchmark's ids. */
    interface Predictor {
        Prediction prediction(Submission submission, String model, boolean failed);
    }

    private BenchSuite(BenchDataset dataset, List<Item> items, boolean imported) {
        this.dataset = dataset;
        this.items = List.copyOf(items);
        this.imported = imported;
    }

    /**
     * @param dataset a DACR-Bench data set
     * @return its challenges, in file order
     * @throws io.dacr.api.FormatException if a challenge cannot be put to the harness (a question category
     *     outside DACR-Bench's seven, hops outside 1 to 6, a blank question or gold answer), naming it
     */
    public static BenchSuite imported(BenchDataset dataset) {
        Checks.notNull(dataset, "dataset");
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < dataset.challenges().size(); i++) {
            ImportedChallenge c = ImportedChallenge.of(dataset, i);
            items.add(new Item(c.bench().challengeId(), new MiningTask(c.challenge(), c.key()), c::prediction));
        }
        return new BenchSuite(dataset, items, true);
    }

    /**
     * @param name the data set's name in reports
     * @param challenges DACR challenges with their keys
     * @return them, in the order given
     * @throws IllegalArgumentException if a key lacks a gold answer or a challenge id repeats
     */
    public static BenchSuite ours(String name, List<DacrBenchFormat.Keyed> challenges) {
        Checks.notNull(name, "name");
        Checks.notNull(challenges, "challenges");
        List<BenchChallenge> converted = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (DacrBenchFormat.Keyed k : challenges) {
            converted.add(DacrBenchFormat.fromDacr(k.challenge(), k.key()));
            items.add(new Item(k.challenge().id().toString(), new MiningTask(k.challenge(), k.key()),
                    (submission, model, failed) -> DacrConversion.prediction(submission, model, failed)));
        }
        return new BenchSuite(new BenchDataset(name, DacrConversion.VERSION, converted), items, false);
    }

    /**
     * @param count how many challenges to keep, at least 1
     * @return this suite cut to its first {@code count} challenges (itself if it has no more)
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    public BenchSuite first(int count) {
        Checks.positive(count, "count");
        if (count >= items.size()) {
            return this;
        }
        return new BenchSuite(new BenchDataset(dataset.name(), dataset.version(), dataset.challenges().subList(0, count)),
                items.subList(0, count), imported);
    }

    /** @return the challenges as the scorer sees them, in run order */
    public BenchDataset dataset() {
        return dataset;
    }

    /** @return how many challenges */
    public int size() {
        return items.size();
    }

    /** @return true for DACR-Bench challenges (graded on answers alone), false for DACR's own */
    public boolean isImported() {
        return imported;
    }

    List<Item> items() {
        return items;
    }

    /** @return the verifier that grades attempts at these challenges */
    Verifier verifier() {
        return imported ? new ImportedAnswerVerifier() : DacrVerifier.builder().build();
    }
}
