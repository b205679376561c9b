package io.dacr.cli.internal;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.DacrException;
import io.dacr.core.audit.ShortcutsOnBench;
import io.dacr.core.bench.BenchReports;
import io.dacr.core.bench.BenchScorer;
import io.dacr.core.bench.DacrBenchFormat;
import io.dacr.core.bench.model.BenchChallenge;
import io.dacr.core.bench.model.BenchDataset;
import io.dacr.core.bench.model.BenchResult;
import io.dacr.core.bench.model.Prediction;
import io.dacr.core.bench.model.ScoringMode;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.DocumentFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dacr bench}: scores predictions on DACR-Bench or DACR challenges and writes the reports. */
@Command(
        name = "bench",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Scores predictions (DACR-Bench's format) on a DACR-Bench file, or on DACR challenges with their keys, "
                    + "and writes report.json, report.md and report.html to the output folder. Strict and "
                    + "DACR-Bench-compatible scores are reported side by side; --lenient makes the compatible ones "
                    + "the headline. With --attempts, pass@1, pass@N, self-correction and parse failures are added "
                    + "(and, without --predictions, each session's first attempt is the prediction). With --shortcuts, "
                    + "the quality audit's shortcut solvers answer the challenges instead (numeric lookups only), "
                    + "each scored into its own subfolder.",
            ""
        },
        footer = {
            "",
            "Example:",
            "  dacr bench --benchmark dacr_bench_v1.0_mini.json --predictions pred.json --out report/ --lenient",
            "  dacr bench --benchmark dacr_bench_v1.0_mini.json --shortcuts --out shortcuts/"
        })
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Option(names = "--benchmark", paramLabel = "FILE.json", description = "A DACR-Bench file (v1.0 or v1.1).")
    private Path benchmark;

    @Option(names = "--challenges", paramLabel = "C.jsonl", description = "DACR challenges, instead of --benchmark.")
    private Path challenges;

    @Option(names = "--keys", paramLabel = "K.jsonl", description = "Their answer keys (with --challenges).")
    private Path keys;

    @Option(names = "--predictions", paramLabel = "PRED.json", description = "Predictions: a JSON array in DACR-Bench's format.")
    private Path predictions;

    @Option(names = "--attempts", paramLabel = "A.jsonl", description = "Attempt records for the attempt metrics.")
    private Path attempts;

    @Option(names = "--shortcuts", description = "Score the shortcut solvers (first-mention, last-mention, majority, "
            + "canonical-only, regex-kv) instead of predictions; reports go to DIR/<solver>/.")
    private boolean shortcuts;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder for the reports (created).")
    private Path out;

    @Option(names = "--lenient", description = "Headline the DACR-Bench-compatible scores instead of the strict ones.")
    private boolean lenient;

    @Option(names = "--resamples", defaultValue = "1000", paramLabel = "N", description = "Bootstrap resamples (default 1000).")
    private int resamples;

    @Option(names = "--seed", defaultValue = "" + BenchScorer.DEFAULT_SEED, paramLabel = "S",
            description = "Bootstrap seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws IOException {
        CommandLine commandLine = spec.commandLine();
        if ((benchmark == null) == (challenges == null)) {
            throw new CommandLine.ParameterException(commandLine, "give exactly one of --benchmark and --challenges");
        }
        if (challenges != null && keys == null) {
            throw new CommandLine.ParameterException(commandLine, "--challenges needs --keys");
        }
        if (shortcuts && (predictions != null || attempts != null)) {
            throw new CommandLine.ParameterException(commandLine, "--shortcuts takes neither --predictions nor --attempts");
        }
        if (!shortcuts && predictions == null && attempts == null) {
            throw new CommandLine.ParameterException(commandLine, "give --predictions, --attempts or both");
        }
        if (resamples < 0 || resamples > 100_000) {
            throw new CommandLine.ParameterException(commandLine, "--resamples must be 0 to 100000");
        }
        BenchDataset dataset = benchmark != null ? DacrBenchFormat.readDataset(read(benchmark)) : ours();
        if (shortcuts) {
            return shortcuts(dataset, commandLine.getOut());
        }
        List<AttemptRecord> records = attempts == null ? List.of() : readAll(attempts, DocumentFormat.ATTEMPT_RECORD);
        List<Prediction> preds = predictions != null ? DacrBenchFormat.readPredictions(read(predictions))
                : firstAttempts(records);
        BenchResult result = BenchScorer.builder().headline(lenient ? ScoringMode.COMPATIBLE : ScoringMode.STRICT)
                .resamples(resamples).seed(seed).build().score(dataset, preds, records);
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.json"), BenchReports.json(result), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("report.md"), BenchReports.markdown(result), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("report.html"), BenchReports.html(result), StandardCharsets.UTF_8);
        PrintWriter o = commandLine.getOut();
        BenchResult.Summary s = result.headlineResult().summary();
        o.printf("%s on %s: %d challenges, %d questions (%s headline)%n", result.model(), result.benchmarkName(),
                s.challengesEvaluated(), s.questionsEvaluated(), result.headline().wireName());
        o.printf("answer accuracy %s strict, %s compatible; pass rate %s; trap evasion %s; ECE %s%n",
                result.strict().summary().answerAccuracy().toPlainString(),
                result.compatible().summary().answerAccuracy().toPlainString(), s.passRate().toPlainString(),
                s.trapEvasionRate().toPlainString(), s.confidenceCalibration().toPlainString());
        o.printf("reports in %s%n", out);
        o.flush();
        return Cli.OK;
    }

    private int shortcuts(BenchDataset dataset, PrintWriter o) throws IOException {
        BenchScorer scorer = BenchScorer.builder().headline(lenient ? ScoringMode.COMPATIBLE : ScoringMode.STRICT)
                .resamples(resamples).seed(seed).build();
        o.printf("shortcut solvers on %s (%d challenges)%n", dataset.name(), dataset.challenges().size());
        o.printf("%-15s %9s %8s %11s %13s%n", "solver", "answered", "strict", "compatible", "trap evasion");
        for (ShortcutsOnBench.Entry e : ShortcutsOnBench.score(dataset, scorer)) {
            Path dir = out.resolve(e.solver());
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("report.json"), BenchReports.json(e.result()), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("report.md"), BenchReports.markdown(e.result()), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("report.html"), BenchReports.html(e.result()), StandardCharsets.UTF_8);
            o.printf("%-15s %9s %8s %11s %13s%n", e.solver(), e.answered() + "/" + e.questions(),
                    e.strictAccuracy().toPlainString(), e.compatibleAccuracy().toPlainString(),
                    e.result().headlineResult().summary().trapEvasionRate().toPlainString());
        }
        o.printf("reports in %s%n", out);
        o.flush();
        return Cli.OK;
    }

    private BenchDataset ours() {
        Map<String, AnswerKey> byId = new HashMap<>();
        readAll(keys, DocumentFormat.GENERATED_KEY).forEach(k -> byId.put(k.challengeId().toString(), k.key()));
        List<BenchChallenge> converted = new ArrayList<>();
        for (Challenge c : readAll(challenges, DocumentFormat.CHALLENGE)) {
            AnswerKey key = byId.get(c.id().toString());
            if (key == null) {
                throw new DacrException("the answer key of challenge " + c.id() + " is not in " + keys);
            }
            converted.add(DacrBenchFormat.fromDacr(c, key));
        }
        return new BenchDataset("dacr", "1.1", converted);
    }

    /** Each session's lowest-numbered attempt, one per challenge (the first session in the file wins). */
    private static List<Prediction> firstAttempts(List<AttemptRecord> records) {
        Map<String, AttemptRecord> first = new LinkedHashMap<>();
        for (AttemptRecord r : records) {
            String id = r.attempt().challengeId();
            AttemptRecord seen = first.get(id);
            if (seen == null || seen.attempt().sessionId().equals(r.attempt().sessionId())
                    && r.attempt().number() < seen.attempt().number()) {
                first.put(id, r);
            }
        }
        return first.values().stream().map(r -> DacrBenchFormat.predictionOf(r.attempt())).toList();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DacrException("cannot read " + file + ": no such file", e);
        } catch (IOException e) {
            throw new DacrException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static <T> List<T> readAll(Path file, DocumentFormat<T> format) {
        List<T> all = new ArrayList<>();
        try (JsonLinesFile<T> lines = JsonLinesFile.open(file, format)) {
            for (T value = lines.next(); value != null; value = lines.next()) {
                all.add(value);
            }
        }
        return all;
    }
}
