package io.dacr.core.bench.internal;

import io.dacr.api.QuestionCategory;
import io.dacr.core.bench.model.BenchChallenge;
import io.dacr.core.bench.model.BenchDataset;
import io.dacr.core.bench.model.BenchQuestion;
import io.dacr.core.bench.model.BenchResult;
import io.dacr.core.bench.model.BenchResult.ChallengeScore;
import io.dacr.core.bench.model.BenchResult.Group;
import io.dacr.core.bench.model.BenchResult.Interval;
import io.dacr.core.bench.model.BenchResult.ModeResult;
import io.dacr.core.bench.model.BenchResult.QuestionScore;
import io.dacr.core.bench.model.BenchResult.ReliabilityBin;
import io.dacr.core.bench.model.BenchResult.SplitGroup;
import io.dacr.core.bench.model.BenchResult.Summary;
import io.dacr.core.bench.model.PredictedAnswer;
import io.dacr.core.bench.model.Prediction;
import io.dacr.core.bench.model.ScoringMode;
import io.dacr.core.bench.model.Split;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Scores predictions on a data set under one mode, with bootstrap intervals. */
public final class Scoring {

    /** The summary members that get an interval, in order. */
    public static final List<String> INTERVAL_METRICS = List.of("answerAccuracy", "confidenceWeightedAccuracy",
            "confidenceCalibration", "meanConfidence", "trapEvasionRate", "citationGroundingScore", "passRate");

    private Scoring() {
    }

    /**
     * @param dataset the challenges
     * @param predictions the predictions by challenge id
     * @param mode the mode
     * @param resamples bootstrap resamples (0 for none)
     * @param seed the bootstrap seed
     * @return the mode's scores
     */
    public static ModeResult score(BenchDataset dataset, Map<String, Prediction> predictions, ScoringMode mode,
                                   int resamples, long seed) {
        Rules rules = mode == ScoringMode.STRICT ? StrictRules.INSTANCE : CompatibleRules.INSTANCE;
        List<ChallengeScore> scores = new ArrayList<>();
        List<Totals> perChallenge = new ArrayList<>();
        List<BenchChallenge> scored = new ArrayList<>();
        Totals all = new Totals();
        for (BenchChallenge challenge : dataset.challenges()) {
            Prediction prediction = predictions.get(challenge.challengeId());
            if (prediction == null) {
                continue;
            }
            Totals totals = new Totals();
            List<QuestionScore> questions = scoreQuestions(challenge, prediction, rules, totals);
            totals.closeChallenge();
            scores.add(new ChallengeScore(challenge.challengeId(), challenge.split(), challenge.domain(),
                    totals.accuracy(), totals.passed == 1, totals.citationScore(), totals.trapEvasion(), totals.ece(),
                    questions));
            perChallenge.add(totals);
            scored.add(challenge);
            all.add(totals);
        }
        int missing = dataset.challenges().size() - scores.size();

        Map<String, SplitGroup> bySplit = new LinkedHashMap<>();
        Map<Split, Totals> splitTotals = new LinkedHashMap<>();
        for (Split split : Split.values()) {
            Totals t = new Totals();
            for (int i = 0; i < scored.size(); i++) {
                if (scored.get(i).split() == split) {
                    t.add(perChallenge.get(i));
                }
            }
            if (t.questions > 0) {
                splitTotals.put(split, t);
                bySplit.put(split.wireName(), new SplitGroup(t.accuracy(), t.meanConfidence(), t.trapEvasion(),
                        t.passRate(), t.challenges, t.questions));
            }
        }
        BigDecimal transferGap = null;
        if (splitTotals.size() == 2) {
            Totals real = splitTotals.get(Split.REAL);
            Totals synthetic = splitTotals.get(Split.SYNTHETIC);
            BigDecimal a = BigDecimal.valueOf(real.correct).divide(BigDecimal.valueOf(real.questions), MathContext.DECIMAL128);
            BigDecimal b = BigDecimal.valueOf(synthetic.correct)
                    .divide(BigDecimal.valueOf(synthetic.questions), MathContext.DECIMAL128);
            transferGap = Totals.round(a.subtract(b).abs());
        }

        Summary summary = new Summary(all.accuracy(), all.confidenceWeightedAccuracy(), all.ece(), all.meanConfidence(),
                all.trapEvasion(), all.citationScore(), all.passRate(), transferGap, all.challenges, all.questions,
                Totals.ratio(BigDecimal.valueOf(missing), dataset.challenges().size(), BigDecimal.ZERO));

        List<ReliabilityBin> reliability = new ArrayList<>();
        for (int b = 0; b < Totals.BINS; b++) {
            int n = all.binCount[b];
            reliability.add(new ReliabilityBin(b, n, Totals.ratio(all.binConfidence[b], n, BigDecimal.ZERO),
                    Totals.ratio(BigDecimal.valueOf(all.binCorrect[b]), n, BigDecimal.ZERO)));
        }

        List<String> categoryOrder = new ArrayList<>();
        for (QuestionCategory c : QuestionCategory.values()) {
            categoryOrder.add(c.wireName());
        }
        return new ModeResult(mode, summary, intervals(perChallenge, resamples, seed),
                groups(scores, q -> q.category(), categoryOrder),
                groups(scores, q -> q.hops() >= 6 ? "6+" : Integer.toString(q.hops()),
                        List.of("1", "2", "3", "4", "5", "6+")),
                groupsByDomain(scores),
                groups(scores, QuestionScore::difficulty, List.of("easy", "medium", "hard")),
                bySplit, reliability, scores);
    }

    private static List<QuestionScore> scoreQuestions(BenchChallenge challenge, Prediction prediction, Rules rules,
                                                      Totals totals) {
        Document document = new Document(challenge);
        List<QuestionScore> out = new ArrayList<>();
        for (BenchQuestion q : challenge.questions()) {
            PredictedAnswer given = prediction.answers().get(q.questionId());
            QuestionScore score;
            if (given == null) {
                score = new QuestionScore(q.questionId(), q.category(), q.hops(), q.difficulty(), false, Rules.NONE,
                        BigDecimal.ZERO, BigDecimal.ZERO, q.targetsTrap() == null ? null : Boolean.FALSE);
            } else {
                String match = rules.match(given.answer(), q);
                boolean correct = !Rules.NONE.equals(match);
                Boolean evaded = q.targetsTrap() == null ? null : rules.trapEvasion(given.answer(), correct, q, challenge);
                score = new QuestionScore(q.questionId(), q.category(), q.hops(), q.difficulty(), correct, match,
                        clamp(given.confidence()), rules.citation(given.citation(), q, document), evaded);
            }
            totals.addQuestion(score.correct(), score.confidence(), score.citationScore(), score.trapEvasion(),
                    rules.bin(score.confidence()));
            out.add(score);
        }
        return out;
    }

    private static BigDecimal clamp(BigDecimal confidence) {
        if (confidence == null || confidence.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return confidence.compareTo(BigDecimal.ONE) >= 0 ? BigDecimal.ONE : confidence;
    }

    private static Map<String, Group> groups(List<ChallengeScore> scores,
                                             Function<QuestionScore, String> keyOf, List<String> order) {
        Map<String, List<QuestionScore>> byKey = new LinkedHashMap<>();
        for (String k : order) {
            byKey.put(k, new ArrayList<>());
        }
        for (ChallengeScore c : scores) {
            for (QuestionScore q : c.questions()) {
                byKey.computeIfAbsent(keyOf.apply(q), k -> new ArrayList<>()).add(q);
            }
        }
        return toGroups(byKey);
    }

    private static Map<String, Group> groupsByDomain(List<ChallengeScore> scores) {
        Map<String, List<QuestionScore>> byKey = new LinkedHashMap<>();
        for (ChallengeScore c : scores) {
            byKey.computeIfAbsent(c.domain(), k -> new ArrayList<>()).addAll(c.questions());
        }
        return toGroups(byKey);
    }

    private static Map<String, Group> toGroups(Map<String, List<QuestionScore>> byKey) {
        Map<String, Group> out = new LinkedHashMap<>();
        byKey.forEach((k, qs) -> {
            if (qs.isEmpty()) {
                return;
            }
            int correct = 0;
            BigDecimal confidence = BigDecimal.ZERO;
            for (QuestionScore q : qs) {
                correct += q.correct() ? 1 : 0;
                confidence = confidence.add(q.confidence());
            }
            out.put(k, new Group(Totals.ratio(BigDecimal.valueOf(correct), qs.size(), BigDecimal.ZERO),
                    Totals.ratio(confidence, qs.size(), BigDecimal.ZERO), qs.size()));
        });
        return out;
    }

    /** @return the 0-based positions floor(0.025 R) and ceil(0.975 R) − 1, in integers */
    static int[] percentilePositions(int resamples) {
        return new int[] {resamples * 25 / 1000, (resamples * 975 + 999) / 1000 - 1};
    }

    /**
     * Percentile bootstrap over challenges: each resample draws as many challenges as were scored, with
     * replacement, and recomputes the rates; the interval is the values at 0-based positions
     * floor(0.025 R) and ceil(0.975 R) − 1 of the R sorted results. A rate that is not applicable in a
     * resample (trap evasion when no drawn challenge has a counted trap question) leaves that resample out:
     * R is then the resamples where it applies, and the interval says how many were left out; when it
     * applies in none, the rate has no interval.
     */
    static Map<String, Interval> intervals(List<Totals> perChallenge, int resamples, long seed) {
        Map<String, Interval> out = new LinkedHashMap<>();
        int n = perChallenge.size();
        if (n == 0 || resamples <= 0) {
            return out;
        }
        SplitMix64 rng = new SplitMix64(seed);
        BigDecimal[][] values = new BigDecimal[INTERVAL_METRICS.size()][resamples];
        int[] applicable = new int[INTERVAL_METRICS.size()];
        for (int r = 0; r < resamples; r++) {
            Totals t = new Totals();
            for (int i = 0; i < n; i++) {
                t.add(perChallenge.get(rng.nextInt(n)));
            }
            BigDecimal[] rates = t.rates();
            for (int m = 0; m < rates.length; m++) {
                if (rates[m] != null) {
                    values[m][applicable[m]++] = rates[m];
                }
            }
        }
        for (int m = 0; m < INTERVAL_METRICS.size(); m++) {
            int kept = applicable[m];
            if (kept == 0) {
                continue;
            }
            BigDecimal[] sorted = Arrays.copyOf(values[m], kept);
            Arrays.sort(sorted);
            int[] positions = percentilePositions(kept);
            out.put(INTERVAL_METRICS.get(m), new Interval(sorted[positions[0]], sorted[positions[1]], resamples - kept));
        }
        return out;
    }
}
