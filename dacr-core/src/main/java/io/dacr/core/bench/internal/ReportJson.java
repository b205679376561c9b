package io.dacr.core.bench.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.dacr.core.bench.model.BenchResult;
import io.dacr.core.bench.model.BenchResult.AttemptMetrics;
import io.dacr.core.bench.model.BenchResult.ChallengeScore;
import io.dacr.core.bench.model.BenchResult.Group;
import io.dacr.core.bench.model.BenchResult.Interval;
import io.dacr.core.bench.model.BenchResult.ModeResult;
import io.dacr.core.bench.model.BenchResult.QuestionScore;
import io.dacr.core.bench.model.BenchResult.ReliabilityBin;
import io.dacr.core.bench.model.BenchResult.SplitGroup;
import io.dacr.core.bench.model.BenchResult.Summary;
import io.dacr.core.json.internal.Mappers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON report: the headline {@code summary} first, then both modes in full. */
public final class ReportJson {

    private ReportJson() {
    }

    /**
     * @param result the result
     * @return indented JSON, {@code \n} line ends, ending in a line break
     */
    public static String write(BenchResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> benchmark = new LinkedHashMap<>();
        benchmark.put("name", result.benchmarkName());
        benchmark.put("version", result.benchmarkVersion());
        root.put("benchmark", benchmark);
        root.put("model", result.model());
        root.put("headline", result.headline().wireName());
        root.put("summary", summary(result.headlineResult().summary()));
        root.put("intervals", intervals(result.headlineResult().intervals()));
        root.put("intervalResamplesLeftOut", leftOut(result.headlineResult().intervals()));
        root.put("strict", mode(result.strict()));
        root.put("compatible", mode(result.compatible()));
        if (result.attempts() != null) {
            root.put("attempts", attempts(result.attempts()));
        }
        Map<String, Object> bootstrap = new LinkedHashMap<>();
        bootstrap.put("resamples", result.bootstrap().resamples());
        bootstrap.put("seed", result.bootstrap().seed());
        bootstrap.put("level", result.bootstrap().level());
        bootstrap.put("method", "percentile bootstrap over challenges, SplitMix64");
        root.put("bootstrap", bootstrap);
        try {
            return Mappers.PRETTY.with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report", e);
        }
    }

    static Map<String, Object> summary(Summary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("answerAccuracy", s.answerAccuracy());
        m.put("confidenceWeightedAccuracy", s.confidenceWeightedAccuracy());
        m.put("confidenceCalibration", s.confidenceCalibration());
        m.put("meanConfidence", s.meanConfidence());
        m.put("trapEvasionRate", s.trapEvasionRate());
        m.put("citationGroundingScore", s.citationGroundingScore());
        m.put("passRate", s.passRate());
        m.put("transferGap", s.transferGap());
        m.put("challengesEvaluated", s.challengesEvaluated());
        m.put("questionsEvaluated", s.questionsEvaluated());
        m.put("formatFailureRate", s.formatFailureRate());
        return m;
    }

    private static Map<String, Object> intervals(Map<String, Interval> intervals) {
        Map<String, Object> m = new LinkedHashMap<>();
        intervals.forEach((k, v) -> m.put(k, List.of(v.low(), v.high())));
        return m;
    }

    /** The rates whose interval left resamples out (trap evasion where no trap question counted), and how many. */
    private static Map<String, Object> leftOut(Map<String, Interval> intervals) {
        Map<String, Object> m = new LinkedHashMap<>();
        intervals.forEach((k, v) -> {
            if (v.resamplesLeftOut() > 0) {
                m.put(k, v.resamplesLeftOut());
            }
        });
        return m;
    }

    private static Map<String, Object> mode(ModeResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("summary", summary(r.summary()));
        m.put("intervals", intervals(r.intervals()));
        m.put("intervalResamplesLeftOut", leftOut(r.intervals()));
        m.put("byCategory", groups(r.byCategory()));
        m.put("byHops", groups(r.byHops()));
        m.put("byDomain", groups(r.byDomain()));
        m.put("byDifficulty", groups(r.byDifficulty()));
        Map<String, Object> splits = new LinkedHashMap<>();
        r.bySplit().forEach((k, g) -> splits.put(k, split(g)));
        m.put("bySplit", splits);
        List<Object> bins = new ArrayList<>();
        for (ReliabilityBin b : r.reliability()) {
            Map<String, Object> bin = new LinkedHashMap<>();
            bin.put("bin", b.index());
            bin.put("lower", BigDecimal.valueOf(b.index(), 1));
            bin.put("upper", BigDecimal.valueOf(b.index() + 1L, 1));
            bin.put("count", b.count());
            bin.put("meanConfidence", b.meanConfidence());
            bin.put("accuracy", b.accuracy());
            bins.add(bin);
        }
        m.put("reliability", bins);
        List<Object> challenges = new ArrayList<>();
        for (ChallengeScore c : r.challenges()) {
            challenges.add(challenge(c));
        }
        m.put("challengeScores", challenges);
        return m;
    }

    private static Map<String, Object> groups(Map<String, Group> groups) {
        Map<String, Object> m = new LinkedHashMap<>();
        groups.forEach((k, g) -> {
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("accuracy", g.accuracy());
            cell.put("meanConfidence", g.meanConfidence());
            cell.put("count", g.count());
            m.put(k, cell);
        });
        return m;
    }

    private static Map<String, Object> split(SplitGroup g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("answerAccuracy", g.answerAccuracy());
        m.put("meanConfidence", g.meanConfidence());
        m.put("trapEvasionRate", g.trapEvasionRate());
        m.put("passRate", g.passRate());
        m.put("challengeCount", g.challengeCount());
        m.put("questionCount", g.questionCount());
        return m;
    }

    private static Map<String, Object> challenge(ChallengeScore c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("challengeId", c.challengeId());
        m.put("split", c.split().wireName());
        m.put("domain", c.domain());
        m.put("answerAccuracy", c.answerAccuracy());
        m.put("passed", c.passed());
        m.put("citationGroundingScore", c.citationGroundingScore());
        m.put("trapEvasionRate", c.trapEvasionRate());
        m.put("confidenceCalibration", c.confidenceCalibration());
        List<Object> questions = new ArrayList<>();
        for (QuestionScore q : c.questions()) {
            Map<String, Object> qm = new LinkedHashMap<>();
            qm.put("questionId", q.questionId());
            qm.put("category", q.category());
            qm.put("hops", q.hops());
            qm.put("difficulty", q.difficulty());
            qm.put("correct", q.correct());
            qm.put("matchType", q.matchType());
            qm.put("confidence", q.confidence());
            qm.put("citationScore", q.citationScore());
            qm.put("trapEvasion", q.trapEvasion());
            questions.add(qm);
        }
        m.put("questionScores", questions);
        return m;
    }

    private static Map<String, Object> attempts(AttemptMetrics a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sessions", a.sessions());
        m.put("attempts", a.attempts());
        m.put("unreadableReplies", a.unreadableReplies());
        m.put("maxAttempts", a.maxAttempts());
        m.put("passAt1", a.passAt1());
        m.put("passAtN", a.passAtN());
        m.put("selfCorrectionRate", a.selfCorrectionRate());
        m.put("parseFailureRate", a.parseFailureRate());
        m.put("attemptsToPass", a.attemptsToPass());
        m.put("intervals", intervals(a.intervals()));
        return m;
    }
}
