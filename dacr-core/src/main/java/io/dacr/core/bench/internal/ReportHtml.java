package io.dacr.core.bench.internal;

import io.dacr.core.bench.model.BenchResult;
import io.dacr.core.bench.model.BenchResult.AttemptMetrics;
import io.dacr.core.bench.model.BenchResult.Group;
import io.dacr.core.bench.model.BenchResult.ReliabilityBin;
import io.dacr.core.bench.model.BenchResult.Summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One self-contained page: no script, no external file; four inline SVG charts (accuracy by category
 * and by hops in both modes, the headline's reliability diagram, attempts to pass). Written as XHTML,
 * so an XML parser reads it, and every coordinate is a decimal computed without binary floating point.
 */
public final class ReportHtml {

    private static final int PLOT_HEIGHT = 200;
    private static final int TOP = 20;
    private static final int LEFT = 50;
    private static final String STRICT_COLOUR = "#1f4e79";
    private static final String COMPATIBLE_COLOUR = "#9dc3e6";

    private ReportHtml() {
    }

    /**
     * @param r the result
     * @return the page
     */
    public static String write(BenchResult r) {
        StringBuilder h = new StringBuilder();
        String title = "DACR benchmark: " + r.model();
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>").append(Fmt.xml(title)).append("</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;"
                        + "text-align:right}td:first-child,th:first-child{text-align:left}svg{display:block;margin:1em 0}"
                        + ".legend rect{stroke:none}</style>\n</head>\n<body>\n");
        h.append("<h1>").append(Fmt.xml(title)).append("</h1>\n<p>Benchmark ").append(Fmt.xml(r.benchmarkName()))
                .append(" v").append(Fmt.xml(r.benchmarkVersion())).append(": ")
                .append(r.strict().summary().challengesEvaluated()).append(" challenges, ")
                .append(r.strict().summary().questionsEvaluated()).append(" questions. Headline: ")
                .append(r.headline().wireName()).append(". Intervals: 95% percentile bootstrap over challenges, ")
                .append(r.bootstrap().resamples()).append(" resamples, seed ").append(r.bootstrap().seed())
                .append(".</p>\n");

        h.append("<h2>Summary</h2>\n<table>\n<tr><th>Metric</th><th>Strict</th><th>Compatible</th></tr>\n");
        Summary s = r.strict().summary();
        Summary c = r.compatible().summary();
        summaryRow(h, "Answer accuracy", Fmt.percent(s.answerAccuracy()), Fmt.percent(c.answerAccuracy()));
        summaryRow(h, "Confidence-weighted accuracy", Fmt.percent(s.confidenceWeightedAccuracy()),
                Fmt.percent(c.confidenceWeightedAccuracy()));
        summaryRow(h, "Calibration error (ECE)", Fmt.decimal(s.confidenceCalibration()),
                Fmt.decimal(c.confidenceCalibration()));
        summaryRow(h, "Mean confidence", Fmt.decimal(s.meanConfidence()), Fmt.decimal(c.meanConfidence()));
        summaryRow(h, "Trap evasion", Fmt.percentOrNa(s.trapEvasionRate()), Fmt.percentOrNa(c.trapEvasionRate()));
        summaryRow(h, "Citation grounding", Fmt.percent(s.citationGroundingScore()),
                Fmt.percent(c.citationGroundingScore()));
        summaryRow(h, "Pass rate (accuracy ≥ 0.6)", Fmt.percent(s.passRate()), Fmt.percent(c.passRate()));
        summaryRow(h, "Transfer gap", Fmt.percent(s.transferGap()), Fmt.percent(c.transferGap()));
        h.append("</table>\n");

        h.append("<h2>Accuracy by category</h2>\n");
        groupedBars(h, "chart-category", "Accuracy by question category, strict and compatible",
                r.strict().byCategory(), r.compatible().byCategory());
        h.append("<h2>Accuracy by hops</h2>\n");
        groupedBars(h, "chart-hops", "Accuracy by reasoning hops, strict and compatible",
                r.strict().byHops(), r.compatible().byHops());
        h.append("<h2>Reliability (").append(r.headline().wireName()).append(")</h2>\n");
        reliability(h, r.headlineResult().reliability());
        h.append("<h2>Attempts to pass</h2>\n");
        attempts(h, r.attempts());
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void summaryRow(StringBuilder h, String name, String strict, String compatible) {
        h.append("<tr><td>").append(Fmt.xml(name)).append("</td><td>").append(strict).append("</td><td>")
                .append(compatible).append("</td></tr>\n");
    }

    private static void open(StringBuilder h, String id, String title, int width) {
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(id).append("\" width=\"").append(width)
                .append("\" height=\"").append(TOP + PLOT_HEIGHT + 60).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(TOP + PLOT_HEIGHT + 60).append("\" role=\"img\">\n<title>").append(Fmt.xml(title))
                .append("</title>\n");
        for (int tick = 0; tick <= 100; tick += 25) {
            int y = TOP + PLOT_HEIGHT - PLOT_HEIGHT * tick / 100;
            h.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"").append(width - 10)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#ddd\"/>\n<text x=\"").append(LEFT - 5)
                    .append("\" y=\"").append(y + 4).append("\" font-size=\"10\" text-anchor=\"end\">").append(tick)
                    .append("%</text>\n");
        }
    }

    private static void bar(StringBuilder h, int x, int width, BigDecimal value, String colour, String label) {
        String height = Fmt.coordinate(value, PLOT_HEIGHT);
        String y = BigDecimal.valueOf(TOP + PLOT_HEIGHT).subtract(new BigDecimal(height)).toPlainString();
        h.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" fill=\"").append(colour).append("\"><title>")
                .append(Fmt.xml(label)).append("</title></rect>\n");
    }

    private static void groupedBars(StringBuilder h, String id, String title, Map<String, Group> strict,
                                    Map<String, Group> compatible) {
        Set<String> keys = new LinkedHashSet<>(strict.keySet());
        keys.addAll(compatible.keySet());
        int slot = 70;
        int width = Math.max(LEFT + slot * keys.size() + 20, 320);
        open(h, id, title, width);
        int i = 0;
        for (String k : keys) {
            int x = LEFT + 10 + slot * i;
            Group g = strict.get(k);
            Group c = compatible.get(k);
            bar(h, x, 24, g == null ? BigDecimal.ZERO : g.accuracy(), STRICT_COLOUR,
                    k + " strict " + (g == null ? "–" : Fmt.percent(g.accuracy())));
            bar(h, x + 26, 24, c == null ? BigDecimal.ZERO : c.accuracy(), COMPATIBLE_COLOUR,
                    k + " compatible " + (c == null ? "–" : Fmt.percent(c.accuracy())));
            h.append("<text x=\"").append(x + 25).append("\" y=\"").append(TOP + PLOT_HEIGHT + 14)
                    .append("\" font-size=\"9\" text-anchor=\"middle\">").append(Fmt.xml(shortLabel(k))).append("</text>\n");
            i++;
        }
        legend(h, TOP + PLOT_HEIGHT + 36);
        h.append("</svg>\n");
    }

    private static String shortLabel(String k) {
        return k.length() <= 12 ? k : k.substring(0, 11) + "…";
    }

    private static void legend(StringBuilder h, int y) {
        h.append("<g class=\"legend\"><rect x=\"").append(LEFT).append("\" y=\"").append(y - 9)
                .append("\" width=\"10\" height=\"10\" fill=\"").append(STRICT_COLOUR).append("\"/><text x=\"")
                .append(LEFT + 14).append("\" y=\"").append(y).append("\" font-size=\"10\">strict</text><rect x=\"")
                .append(LEFT + 70).append("\" y=\"").append(y - 9).append("\" width=\"10\" height=\"10\" fill=\"")
                .append(COMPATIBLE_COLOUR).append("\"/><text x=\"").append(LEFT + 84).append("\" y=\"").append(y)
                .append("\" font-size=\"10\">compatible</text></g>\n");
    }

    private static void reliability(StringBuilder h, List<ReliabilityBin> bins) {
        int slot = 30;
        int width = LEFT + slot * 10 + 20;
        open(h, "chart-reliability", "Reliability diagram: accuracy per confidence bin against the diagonal", width);
        // The diagonal: perfect calibration, accuracy equal to confidence.
        h.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP + PLOT_HEIGHT).append("\" x2=\"")
                .append(LEFT + slot * 10).append("\" y2=\"").append(TOP).append("\" stroke=\"#c00\" stroke-dasharray=\"4 3\"/>\n");
        for (ReliabilityBin b : bins) {
            int x = LEFT + slot * b.index() + 2;
            bar(h, x, slot - 4, b.accuracy(), STRICT_COLOUR, "bin " + b.index() + ": " + b.count() + " answers, accuracy "
                    + Fmt.percent(b.accuracy()) + ", mean confidence " + Fmt.decimal(b.meanConfidence()));
            if (b.count() > 0) {
                String cx = BigDecimal.valueOf(LEFT).add(new BigDecimal(Fmt.coordinate(b.meanConfidence(), slot * 10)))
                        .toPlainString();
                String cy = BigDecimal.valueOf(TOP + PLOT_HEIGHT)
                        .subtract(new BigDecimal(Fmt.coordinate(b.accuracy(), PLOT_HEIGHT))).toPlainString();
                h.append("<circle cx=\"").append(cx).append("\" cy=\"").append(cy)
                        .append("\" r=\"3\" fill=\"#c00\"/>\n");
            }
            h.append("<text x=\"").append(x + (slot - 4) / 2).append("\" y=\"").append(TOP + PLOT_HEIGHT + 14)
                    .append("\" font-size=\"9\" text-anchor=\"middle\">").append(BigDecimal.valueOf(b.index(), 1))
                    .append("</text>\n");
        }
        h.append("<text x=\"").append(LEFT).append("\" y=\"").append(TOP + PLOT_HEIGHT + 36)
                .append("\" font-size=\"10\">bars: accuracy per confidence bin; dots: mean confidence; dashed: perfect calibration</text>\n");
        h.append("</svg>\n");
    }

    private static void attempts(StringBuilder h, AttemptMetrics a) {
        List<String> labels = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        if (a != null) {
            a.attemptsToPass().forEach((k, v) -> {
                labels.add(k);
                counts.add(v);
            });
        }
        int slot = 50;
        int width = Math.max(LEFT + slot * labels.size() + 20, 320);
        open(h, "chart-attempts", "Sessions by the attempt that first passed", width);
        if (a == null || a.sessions() == 0) {
            h.append("<text x=\"").append(LEFT + 10).append("\" y=\"").append(TOP + PLOT_HEIGHT / 2)
                    .append("\" font-size=\"12\">no attempt records were scored</text>\n");
        } else {
            for (int i = 0; i < labels.size(); i++) {
                BigDecimal share = BigDecimal.valueOf(counts.get(i))
                        .divide(BigDecimal.valueOf(a.sessions()), 6, RoundingMode.HALF_EVEN);
                int x = LEFT + 10 + slot * i;
                bar(h, x, slot - 10, share, STRICT_COLOUR, labels.get(i) + ": " + counts.get(i) + " sessions");
                h.append("<text x=\"").append(x + (slot - 10) / 2).append("\" y=\"").append(TOP + PLOT_HEIGHT + 14)
                        .append("\" font-size=\"10\" text-anchor=\"middle\">").append(Fmt.xml(labels.get(i)))
                        .append("</text>\n");
            }
            h.append("<text x=\"").append(LEFT).append("\" y=\"").append(TOP + PLOT_HEIGHT + 36)
                    .append("\" font-size=\"10\">share of sessions that first passed at each attempt; never: did not pass</text>\n");
        }
        h.append("</svg>\n");
    }
}
