package io.dacr.core.bench.internal;

import io.dacr.core.bench.model.BenchResult;
import io.dacr.core.bench.model.BenchResult.AttemptMetrics;
import io.dacr.core.bench.model.BenchResult.Group;
import io.dacr.core.bench.model.BenchResult.Interval;
import io.dacr.core.bench.model.BenchResult.ModeResult;
import io.dacr.core.bench.model.BenchResult.SplitGroup;
import io.dacr.core.bench.model.BenchResult.Summary;
import io.dacr.core.bench.model.ScoringMode;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The Markdown report: both modes side by side, the headline's intervals, breakdowns and attempts. */
public final class ReportMarkdown {

    private ReportMarkdown() {
    }

    /**
     * @param r the result
     * @return the report, {@code \n} line ends
     */
    public static String write(BenchResult r) {
        StringBuilder md = new StringBuilder();
        md.append("# DACR benchmark: ").append(Fmt.cell(r.model())).append("\n\n");
        md.append("Benchmark ").append(Fmt.cell(r.benchmarkName())).append(" v").append(Fmt.cell(r.benchmarkVersion()))
                .append(": ").append(r.strict().summary().challengesEvaluated()).append(" challenges and ")
                .append(r.strict().summary().questionsEvaluated()).append(" questions scored. Headline: ")
                .append(r.headline().wireName()).append(" scores")
                .append(r.headline() == ScoringMode.COMPATIBLE ? " (DACR-Bench's own rules)" : "")
                .append(". Intervals: 95% percentile bootstrap over challenges, ")
                .append(r.bootstrap().resamples()).append(" resamples, seed ").append(r.bootstrap().seed()).append(".\n\n");

        md.append("## Summary\n\n| Metric | Strict | Compatible | 95% interval (").append(r.headline().wireName())
                .append(") |\n|---|---|---|---|\n");
        Summary s = r.strict().summary();
        Summary c = r.compatible().summary();
        Map<String, Interval> ci = r.headlineResult().intervals();
        row(md, "Answer accuracy", s.answerAccuracy(), c.answerAccuracy(), ci.get("answerAccuracy"), true);
        row(md, "Confidence-weighted accuracy", s.confidenceWeightedAccuracy(), c.confidenceWeightedAccuracy(),
                ci.get("confidenceWeightedAccuracy"), true);
        row(md, "Calibration error (ECE, lower is better)", s.confidenceCalibration(), c.confidenceCalibration(),
                ci.get("confidenceCalibration"), false);
        row(md, "Mean confidence", s.meanConfidence(), c.meanConfidence(), ci.get("meanConfidence"), true);
        trapRow(md, s.trapEvasionRate(), c.trapEvasionRate(), ci.get("trapEvasionRate"));
        row(md, "Citation grounding", s.citationGroundingScore(), c.citationGroundingScore(),
                ci.get("citationGroundingScore"), true);
        row(md, "Pass rate (accuracy ≥ 0.6)", s.passRate(), c.passRate(), ci.get("passRate"), true);
        row(md, "Transfer gap |real − synthetic|", s.transferGap(), c.transferGap(), null, true);
        row(md, "Format failures (no prediction)", s.formatFailureRate(), c.formatFailureRate(), null, true);
        md.append('\n');

        breakdown(md, "By category", r.strict().byCategory(), r.compatible().byCategory());
        breakdown(md, "By hops", r.strict().byHops(), r.compatible().byHops());
        breakdown(md, "By domain", r.strict().byDomain(), r.compatible().byDomain());
        breakdown(md, "By difficulty", r.strict().byDifficulty(), r.compatible().byDifficulty());
        splits(md, r.strict(), r.compatible());

        md.append("## Calibration (").append(r.headline().wireName()).append(")\n\n")
                .append("| Bin | Answers | Mean confidence | Accuracy |\n|---|---|---|---|\n");
        for (BenchResult.ReliabilityBin b : r.headlineResult().reliability()) {
            md.append("| [").append(BigDecimal.valueOf(b.index(), 1)).append(", ")
                    .append(BigDecimal.valueOf(b.index() + 1L, 1)).append(b.index() == 9 ? "]" : ")").append(" | ")
                    .append(b.count()).append(" | ").append(Fmt.decimal(b.meanConfidence())).append(" | ")
                    .append(Fmt.percent(b.accuracy())).append(" |\n");
        }
        md.append('\n');

        AttemptMetrics a = r.attempts();
        if (a != null) {
            md.append("## Attempts\n\n").append(a.sessions()).append(" sessions, ").append(a.attempts())
                    .append(" graded attempts, up to ").append(a.maxAttempts()).append(" per session, ")
                    .append(a.unreadableReplies()).append(" unreadable replies.\n\n")
                    .append("| Metric | Value | 95% interval |\n|---|---|---|\n");
            attemptRow(md, "pass@1", a.passAt1(), a.intervals().get("passAt1"));
            attemptRow(md, "pass@" + a.maxAttempts(), a.passAtN(), a.intervals().get("passAtN"));
            attemptRow(md, "Self-correction (failed first, passed later)", a.selfCorrectionRate(),
                    a.intervals().get("selfCorrectionRate"));
            attemptRow(md, "Parse failures (unreadable replies and MALFORMED attempts)", a.parseFailureRate(),
                    a.intervals().get("parseFailureRate"));
            md.append("\n| First passed at attempt | Sessions |\n|---|---|\n");
            a.attemptsToPass().forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
            md.append('\n');
        }
        md.append("Strict: normalised exact or alias match, or one number within 1% with the same unit; "
                + "compatible: DACR-Bench's evaluator (adds containment and token-overlap credit).\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String name, BigDecimal strict, BigDecimal compatible, Interval ci,
                            boolean asPercent) {
        Function<BigDecimal, String> f = asPercent ? Fmt::percent : Fmt::decimal;
        md.append("| ").append(Fmt.cell(name)).append(" | ").append(f.apply(strict)).append(" | ").append(f.apply(compatible))
                .append(" | ").append(ci == null ? "–" : f.apply(ci.low()) + " – " + f.apply(ci.high())).append(" |\n");
    }

    /** Trap evasion: n/a where no trap question counted; the interval says how many resamples had none. */
    private static void trapRow(StringBuilder md, BigDecimal strict, BigDecimal compatible, Interval ci) {
        md.append("| Trap evasion | ").append(Fmt.percentOrNa(strict)).append(" | ").append(Fmt.percentOrNa(compatible))
                .append(" | ");
        if (ci == null) {
            md.append(strict == null && compatible == null ? "n/a" : "–");
        } else {
            md.append(Fmt.percent(ci.low())).append(" – ").append(Fmt.percent(ci.high()));
            if (ci.resamplesLeftOut() > 0) {
                md.append(" (").append(ci.resamplesLeftOut()).append(ci.resamplesLeftOut() == 1 ? " resample" : " resamples")
                        .append(" without a counted trap question left out)");
            }
        }
        md.append(" |\n");
    }

    private static void attemptRow(StringBuilder md, String name, BigDecimal value, Interval ci) {
        md.append("| ").append(name).append(" | ").append(Fmt.percent(value)).append(" | ")
                .append(ci == null ? "–" : Fmt.percent(ci.low()) + " – " + Fmt.percent(ci.high())).append(" |\n");
    }

    private static void breakdown(StringBuilder md, String title, Map<String, Group> strict, Map<String, Group> compatible) {
        md.append("## ").append(title).append("\n\n| Group | Questions | Strict | Compatible | Mean confidence |\n")
                .append("|---|---|---|---|---|\n");
        Set<String> keys = new LinkedHashSet<>(strict.keySet());
        keys.addAll(compatible.keySet());
        for (String k : keys) {
            Group g = strict.get(k);
            Group h = compatible.get(k);
            md.append("| ").append(Fmt.cell(k)).append(" | ").append(g == null ? 0 : g.count()).append(" | ")
                    .append(g == null ? "–" : Fmt.percent(g.accuracy())).append(" | ")
                    .append(h == null ? "–" : Fmt.percent(h.accuracy())).append(" | ")
                    .append(g == null ? "–" : Fmt.decimal(g.meanConfidence())).append(" |\n");
        }
        md.append('\n');
    }

    private static void splits(StringBuilder md, ModeResult strict, ModeResult compatible) {
        md.append("## By split\n\n| Split | Challenges | Questions | Accuracy (strict) | Accuracy (compatible) | "
                + "Trap evasion (strict) | Pass rate (strict) |\n|---|---|---|---|---|---|---|\n");
        strict.bySplit().forEach((k, g) -> {
            SplitGroup h = compatible.bySplit().get(k);
            md.append("| ").append(k).append(" | ").append(g.challengeCount()).append(" | ").append(g.questionCount())
                    .append(" | ").append(Fmt.percent(g.answerAccuracy())).append(" | ")
                    .append(h == null ? "–" : Fmt.percent(h.answerAccuracy())).append(" | ")
                    .append(Fmt.percentOrNa(g.trapEvasionRate())).append(" | ").append(Fmt.percent(g.passRate()))
                    .append(" |\n");
        });
        md.append('\n');
    }
}
