package io.dacr.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.DacrException;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.api.spi.DomainProvider;
import io.dacr.api.spi.LlmBackend;
import io.dacr.api.spi.LlmConfig;
import io.dacr.core.audit.ShortcutsOnBench;
import io.dacr.core.bench.BenchReports;
import io.dacr.core.bench.BenchRunner;
import io.dacr.core.bench.BenchScorer;
import io.dacr.core.bench.BenchSuite;
import io.dacr.core.bench.DacrBenchFormat;
import io.dacr.core.bench.model.BenchChallenge;
import io.dacr.core.bench.model.BenchDataset;
import io.dacr.core.bench.model.BenchResult;
import io.dacr.core.bench.model.Prediction;
import io.dacr.core.bench.model.ScoringMode;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.json.ParseFailure;
import io.dacr.core.miner.ChallengeOutcome;
import io.dacr.core.miner.JsonlParseFailureLog;
import io.dacr.core.miner.Strategy;
import io.dacr.core.plugin.PluginRegistry;
import io.dacr.core.session.FeedbackPolicy;
import io.dacr.core.session.JsonlAttemptStore;
import io.dacr.generator.DacrGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * {@code dacr bench}: scores predictions on DACR-Bench or DACR challenges and writes the reports; or runs
 * a model through the miner harness over those challenges and scores the run; or scores the shortcut
 * solvers, also on a set of DACR's own challenges for a side-by-side measurement.
 */
@Command(
        name = "bench",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Scores predictions (DACR-Bench's format) on a DACR-Bench file, or on DACR challenges with their keys, "
                    + "and writes report.json, report.md and report.html to the output folder. Strict and "
                    + "DACR-Bench-compatible scores are reported side by side; --lenient makes the compatible ones "
                    + "the headline. With --attempts, pass@1, pass@N, self-correction and parse failures are added "
                    + "(and, without --predictions, each session's first attempt is the prediction).",
            "",
            "With --base-url and --model, a model answers the challenges through the miner harness (the prompt, "
                    + "reply reading, up to --max-attempts attempts with feedback of dacr mine); the run's "
                    + "predictions.json, attempts.jsonl, parse-failures.jsonl and run.json are written to the output "
                    + "folder beside the reports. DACR-Bench challenges have no constraints and no grounding index: "
                    + "their attempts are graded on answers alone (strict matching; passed at 60%% correct).",
            "",
            "With --shortcuts, the quality audit's shortcut solvers answer the challenges instead (numeric lookups "
                    + "only), each scored into its own subfolder; --ours N adds N of DACR's own challenges (as "
                    + "dacr audit --domain all generates them), scored by the same metrics.",
            ""
        },
        footer = {
            "",
            "Exit codes: 0 done; 1 the work failed (with a model: a back-end error stopped the run; what was done "
                    + "is kept and scored); 2 the command line was wrong.",
            "",
            "Examples:",
            "  dacr bench --benchmark dacr_bench_v1.0_mini.json --predictions pred.json --out report/ --lenient",
            "  dacr bench --benchmark dacr_bench_v1.0_mini.json --base-url http://127.0.0.1:8000/v1 \\",
            "      --model Qwen/Qwen2.5-7B-Instruct --out run/",
            "  dacr bench --benchmark dacr_bench_v1.0_mini.json --shortcuts --ours 300 --out shortcuts/"
        })
final class BenchCommand extends DacrSubcommand {

    /** The generation secret of {@code --ours} by default: the quality gates' ({@code QualityGateTest}). */
    static final String OURS_DEFAULT_SEED = "dacr-quality-gate-secret-v1";
    /** The namespace of {@code --ours} challenges: the audit's, so both see the same challenges. */
    static final String OURS_NAMESPACE = "audit";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Supplier<PluginRegistry> registry;
    private final BooleanSupplier stderrIsTerminal;

    @Option(names = "--benchmark", paramLabel = "FILE.json", description = "A DACR-Bench file (v1.0 or v1.1).")
    private Path benchmark;

    @Option(names = "--challenges", paramLabel = "C.jsonl", description = "DACR challenges, instead of --benchmark.")
    private Path challenges;

    @Option(names = "--keys", paramLabel = "K.jsonl", description = "Their answer keys (with --challenges).")
    private Path keys;

    @Option(names = "--limit", paramLabel = "K", description = "Only the first K challenges.")
    private Integer limit;

    @Option(names = "--predictions", paramLabel = "PRED.json", description = "Predictions: a JSON array in DACR-Bench's format.")
    private Path predictions;

    @Option(names = "--attempts", paramLabel = "A.jsonl", description = "Attempt records for the attempt metrics.")
    private Path attempts;

    @Option(names = "--parse-failures", paramLabel = "F.jsonl",
            description = "The unreadable replies of the same run (dacr mine's .parse-failures.jsonl), for the "
                    + "parse-failure rate.")
    private Path parseFailures;

    @Option(names = "--shortcuts", description = "Score the shortcut solvers (first-mention, last-mention, majority, "
            + "canonical-only, regex-kv, cue-reader) instead of predictions; reports go to DIR/<solver>/.")
    private boolean shortcuts;

    @Option(names = "--ours", paramLabel = "N", description = "With --shortcuts: also N of DACR's challenges, "
            + "challenge i from the i-th installed domain (sorted) in namespace audit, scored by the same metrics "
            + "with the generic reading (DIR/ours-generic/) and with the domain packs' templates (DIR/ours-packs/).")
    private Integer ours;

    @Option(names = "--ours-seed", defaultValue = OURS_DEFAULT_SEED, paramLabel = "TEXT",
            description = "The generation secret of --ours, as text (default: the quality gates', ${DEFAULT-VALUE}).")
    private String oursSeed;

    @Option(names = "--ours-preset", defaultValue = "standard", paramLabel = "P",
            description = "The preset of --ours (default: ${DEFAULT-VALUE}).")
    private String oursPreset;

    @Mixin
    private BackendOptions backend;

    @Option(names = "--max-attempts", defaultValue = "3", paramLabel = "N",
            description = "With a model: graded attempts per challenge (default: ${DEFAULT-VALUE}).")
    private int maxAttempts;

    @Option(names = "--strategy", defaultValue = "self-refine", paramLabel = "S",
            description = "With a model: single, self-refine or self-consistency[-K] (default: ${DEFAULT-VALUE}).")
    private String strategyName;

    @Option(names = "--feedback", defaultValue = "counts", paramLabel = "POLICY",
            description = "With a model: what it sees after a failed attempt: pass_fail, counts or detailed "
                    + "(default: ${DEFAULT-VALUE}).")
    private String feedback;

    @Option(names = "--concurrency", defaultValue = "1", paramLabel = "K",
            description = "With a model: challenges in flight at once (default: ${DEFAULT-VALUE}).")
    private int concurrency;

    @Option(names = "--window", defaultValue = "60", paramLabel = "MINUTES",
            description = "With a model: how long each challenge's session stays open (default: ${DEFAULT-VALUE}).")
    private long windowMinutes;

    @Option(names = "--keep-going", description = "With a model: go on after a back-end error instead of stopping.")
    private boolean keepGoing;

    @Option(names = "--progress", description = "With a model: draw a progress bar even when stderr is not a terminal.")
    private boolean progress;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder for the reports (created).")
    private Path out;

    @Option(names = "--lenient", description = "Headline the DACR-Bench-compatible scores instead of the strict ones.")
    private boolean lenient;

    @Option(names = "--resamples", defaultValue = "1000", paramLabel = "N", description = "Bootstrap resamples (default 1000).")
    private int resamples;

    @Option(names = "--seed", defaultValue = "" + BenchScorer.DEFAULT_SEED, paramLabel = "S",
            description = "Bootstrap seed (default ${DEFAULT-VALUE}).")
    private long seed;

    BenchCommand(Supplier<PluginRegistry> registry, BooleanSupplier stderrIsTerminal) {
        this.registry = registry;
        this.stderrIsTerminal = stderrIsTerminal;
    }

    @Override
    public Integer call() throws IOException {
        CommandLine commandLine = spec.commandLine();
        checkArguments(commandLine);
        BenchScorer scorer = BenchScorer.builder().headline(lenient ? ScoringMode.COMPATIBLE : ScoringMode.STRICT)
                .resamples(resamples).seed(seed).build();
        if (backend.given()) {
            return runModel(commandLine, scorer);
        }
        BenchDataset dataset = limited(benchmark != null ? DacrBenchFormat.readDataset(read(benchmark))
                : ShortcutsOnBench.ours(keyed()));
        if (shortcuts) {
            return shortcuts(dataset, scorer, commandLine);
        }
        List<AttemptRecord> records = attempts == null ? List.of()
                : JsonLinesFile.readAll(attempts, DocumentFormat.ATTEMPT_RECORD);
        List<ParseFailure> unreadable = parseFailures == null ? List.of()
                : JsonLinesFile.readAll(parseFailures, DocumentFormat.PARSE_FAILURE);
        List<Prediction> preds = predictions != null ? DacrBenchFormat.readPredictions(read(predictions))
                : firstAttempts(records);
        BenchResult result = scorer.score(dataset, preds, records, unreadable);
        writeReports(out, result);
        PrintWriter o = commandLine.getOut();
        printSummary(o, result);
        o.printf("reports in %s%n", out);
        o.flush();
        return Cli.OK;
    }

    private void checkArguments(CommandLine commandLine) {
        if ((benchmark == null) == (challenges == null)) {
            throw new CommandLine.ParameterException(commandLine, "give exactly one of --benchmark and --challenges");
        }
        if (challenges != null && keys == null) {
            throw new CommandLine.ParameterException(commandLine, "--challenges needs --keys");
        }
        boolean scoringInputs = predictions != null || attempts != null || parseFailures != null;
        if (backend.given()) {
            if (backend.baseUrl == null || backend.model == null) {
                throw new CommandLine.ParameterException(commandLine, "running a model needs both --base-url and --model");
            }
            if (shortcuts || scoringInputs) {
                throw new CommandLine.ParameterException(commandLine,
                        "a model run (--base-url) takes none of --shortcuts, --predictions, --attempts, --parse-failures");
            }
            if (maxAttempts < 1) {
                throw new CommandLine.ParameterException(commandLine, "--max-attempts must be at least 1, was " + maxAttempts);
            }
            if (concurrency < 1 || concurrency > 256) {
                throw new CommandLine.ParameterException(commandLine, "--concurrency must be 1 to 256, was " + concurrency);
            }
            if (backend.timeoutSeconds < 1 || windowMinutes < 1) {
                throw new CommandLine.ParameterException(commandLine, "--timeout and --window must be at least 1");
            }
        } else if (shortcuts && scoringInputs) {
            throw new CommandLine.ParameterException(commandLine,
                    "--shortcuts takes none of --predictions, --attempts, --parse-failures");
        } else if (!shortcuts && predictions == null && attempts == null) {
            throw new CommandLine.ParameterException(commandLine,
                    "give --predictions, --attempts or both; or --base-url and --model to run a model; or --shortcuts");
        }
        if (ours != null && (!shortcuts || ours < 1)) {
            throw new CommandLine.ParameterException(commandLine, "--ours N needs --shortcuts and N of at least 1");
        }
        if (limit != null && limit < 1) {
            throw new CommandLine.ParameterException(commandLine, "--limit must be at least 1, was " + limit);
        }
        if (resamples < 0 || resamples > 100_000) {
            throw new CommandLine.ParameterException(commandLine, "--resamples must be 0 to 100000");
        }
    }

    // ---- a model through the miner harness ------------------------------------------------------

    private int runModel(CommandLine commandLine, BenchScorer scorer) throws IOException {
        Strategy strategy = Arguments.parse(commandLine, "--strategy", () -> Strategy.named(strategyName));
        FeedbackPolicy policy = Arguments.parse(commandLine, "--feedback",
                () -> FeedbackPolicy.valueOf(feedback.strip().toUpperCase(Locale.ROOT)));
        LlmConfig config = Arguments.parse(commandLine, "a back-end setting", backend::config);
        BenchSuite all = benchmark != null ? BenchSuite.imported(DacrBenchFormat.readDataset(read(benchmark)))
                : BenchSuite.ours("dacr", keyed());
        BenchSuite suite = limit != null ? all.first(limit) : all;
        Path recordsFile = out.resolve("attempts.jsonl");
        Path failuresFile = out.resolve("parse-failures.jsonl");
        if (Files.exists(recordsFile) || Files.exists(failuresFile)) {
            throw new CommandLine.ParameterException(commandLine, out + " already holds a run (attempts.jsonl or "
                    + "parse-failures.jsonl): choose another --out; nothing is overwritten");
        }
        createFolder(out);
        PrintWriter err = commandLine.getErr();
        ProgressBar bar = progress || stderrIsTerminal.getAsBoolean()
                ? new ProgressBar(err, "challenges", suite.size(), System::nanoTime) : null;
        long[] done = new long[1];
        Instant startedAt = Clock.systemUTC().instant();
        BenchRunner.Result run;
        try (LlmBackend model = registry.get().llm(backend.backendId).create(config);
             JsonlAttemptStore store = opened(recordsFile, () -> JsonlAttemptStore.open(recordsFile));
             JsonlParseFailureLog failures = opened(failuresFile, () -> JsonlParseFailureLog.open(failuresFile))) {
            BenchRunner runner = BenchRunner.builder(model, store).strategy(strategy).parseFailures(failures)
                    .maxAttempts(maxAttempts).concurrency(concurrency).feedback(policy)
                    .window(Duration.ofMinutes(windowMinutes)).stopAtFirstError(!keepGoing).listener(outcome -> {
                        done[0]++;
                        if (bar != null) {
                            bar.update(done[0], "challenges: " + done[0] + " done");
                        }
                    }).build();
            // Ctrl-C or SIGTERM cancel the run; the hook waits (briefly) until it has returned.
            run = ShutdownHook.around("dacr-bench-shutdown", runner::cancel, () -> runner.run(suite));
        }
        if (bar != null) {
            bar.finish(done[0]);
        }
        OutputFile.writeString(out.resolve("predictions.json"), DacrBenchFormat.writePredictions(run.predictions(), startedAt));
        OutputFile.writeString(out.resolve("run.json"), runJson(run));
        List<AttemptRecord> records = JsonlAttemptStore.read(recordsFile).records();
        List<ParseFailure> unreadable = JsonLinesFile.readAll(failuresFile, DocumentFormat.PARSE_FAILURE);
        BenchResult result = scorer.score(run.dataset(), run.predictions(), records, unreadable);
        writeReports(out, result);
        PrintWriter o = commandLine.getOut();
        o.printf("%s on %s: %d of %d challenges scored; %d passed, %d failed, %d errors, %d not finished; "
                        + "%d attempts, %d unreadable replies, %d tokens%n", run.model(), run.dataset().name(),
                run.predictions().size(), run.challenges().size(), run.count(ChallengeOutcome.Status.PASSED),
                run.count(ChallengeOutcome.Status.FAILED), run.count(ChallengeOutcome.Status.ERROR),
                run.count(ChallengeOutcome.Status.CANCELLED), run.attempts(), run.unreadableReplies(), run.totalTokens());
        if (!run.predictions().isEmpty()) {
            printSummary(o, result);
            BenchResult.AttemptMetrics a = result.attempts();
            if (a != null) {
                o.printf("pass@1 %s, pass@%d %s, self-correction %s, parse failures %s%n",
                        a.passAt1().toPlainString(), a.maxAttempts(), a.passAtN().toPlainString(),
                        a.selfCorrectionRate().toPlainString(), a.parseFailureRate().toPlainString());
            }
        }
        o.printf("reports, predictions and records in %s%n", out);
        o.flush();
        if (run.complete()) {
            return Cli.OK;
        }
        run.challenges().stream().filter(e -> e.outcome().status() == ChallengeOutcome.Status.ERROR).limit(3)
                .forEach(e -> err.print(Messages.errorLine(e.benchmarkChallengeId() + ": " + e.outcome().detail())));
        err.print(Messages.errorLine("the run is incomplete: " + (run.challenges().size() - run.predictions().size())
                + " of " + run.challenges().size() + " challenges have no prediction and are not scored"));
        err.flush();
        return Cli.FAILURE;
    }

    private static String runJson(BenchRunner.Result run) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("model", run.model());
        root.put("benchmark", run.dataset().name());
        root.put("benchmarkVersion", run.dataset().version());
        root.put("complete", run.complete());
        root.put("challenges", run.challenges().size());
        root.put("scored", run.predictions().size());
        for (ChallengeOutcome.Status status : ChallengeOutcome.Status.values()) {
            root.put(status.name().toLowerCase(Locale.ROOT), run.count(status));
        }
        root.put("attempts", run.attempts());
        root.put("unreadableReplies", run.unreadableReplies());
        root.put("totalTokens", run.totalTokens());
        List<Object> each = new ArrayList<>();
        for (BenchRunner.Entry e : run.challenges()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("benchmarkChallengeId", e.benchmarkChallengeId());
            m.put("challengeId", e.outcome().challengeId());
            m.put("sessionId", e.outcome().sessionId());
            m.put("status", e.outcome().status().name().toLowerCase(Locale.ROOT));
            m.put("attempts", e.outcome().attempts());
            m.put("unreadableReplies", e.outcome().parseFailures());
            m.put("totalTokens", e.outcome().usage().totalTokens());
            m.put("scored", e.scored());
            m.put("detail", e.outcome().detail());
            each.add(m);
        }
        root.put("perChallenge", each);
        try {
            return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write run.json", e);
        }
    }

    // ---- shortcut solvers -------------------------------------------------------------------------

    private int shortcuts(BenchDataset dataset, BenchScorer scorer, CommandLine commandLine) throws IOException {
        PrintWriter o = commandLine.getOut();
        List<ShortcutsOnBench.Entry> theirs = ShortcutsOnBench.score(dataset, scorer);
        if (ours == null) {
            o.printf("shortcut solvers on %s (%d challenges)%n", dataset.name(), dataset.challenges().size());
            o.printf("%-15s %9s %8s %11s %13s%n", "solver", "answered", "strict", "compatible", "trap evasion");
            for (ShortcutsOnBench.Entry e : theirs) {
                writeReports(out.resolve(e.solver()), e.result());
                o.printf("%-15s %9s %8s %11s %13s%n", e.solver(), e.answered() + "/" + e.questions(),
                        e.strictAccuracy().toPlainString(), e.compatibleAccuracy().toPlainString(),
                        plain(e.result().headlineResult().summary().trapEvasionRate()));
            }
            o.printf("reports in %s%n", out);
            o.flush();
            return Cli.OK;
        }
        GenerationSpec generationSpec = Arguments.parse(commandLine, "--ours-preset", () -> GenerationSpec.preset(oursPreset));
        Secret secret = Arguments.parse(commandLine, "--ours-seed", () -> Secret.ofUtf8(oursSeed));
        PluginRegistry plugins = registry.get();
        List<DomainProvider> domains = new ArrayList<>(plugins.domains());
        domains.sort(java.util.Comparator.comparing(DomainProvider::id));
        if (domains.isEmpty()) {
            throw new DacrException("--ours needs at least one installed domain pack; none was found");
        }
        DacrGenerator generator = DacrGenerator.builder().domains(domains).build();
        List<DacrBenchFormat.Keyed> generated = IntStream.range(0, ours).parallel().mapToObj(i -> {
            GeneratedChallenge g = generator.generate(new GenerationRequest(domains.get(i % domains.size()).id(),
                    generationSpec, OURS_NAMESPACE, i, secret));
            return new DacrBenchFormat.Keyed(g.challenge(), g.key());
        }).toList();
        List<ShortcutsOnBench.Entry> generic = ShortcutsOnBench.score(ShortcutsOnBench.ours(generated), scorer);
        List<ShortcutsOnBench.Entry> packs = ShortcutsOnBench.scoreWithPacks(generated, domains, scorer);
        String theirName = dataset.name() + " (" + dataset.challenges().size() + ")";
        String ourName = "dacr " + oursPreset + " (" + ours + ")";
        StringBuilder md = new StringBuilder();
        md.append("| solver | data set | reading | answered | strict accuracy | compatible accuracy | pass rate (strict) |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (int k = 0; k < theirs.size(); k++) {
            row(md, theirs.get(k), theirName, "generic");
            row(md, generic.get(k), ourName, "generic");
            row(md, packs.get(k), ourName, "domain pack");
            writeReports(out.resolve(theirs.get(k).solver()), theirs.get(k).result());
            writeReports(out.resolve("ours-generic").resolve(generic.get(k).solver()), generic.get(k).result());
            writeReports(out.resolve("ours-packs").resolve(packs.get(k).solver()), packs.get(k).result());
        }
        OutputFile.writeString(out.resolve("shortcuts.md"), md.toString());
        o.printf("shortcut solvers on %s and %s (secret '%s', namespace %s), the same bench metrics%n", theirName,
                ourName, oursSeed, OURS_NAMESPACE);
        o.print(md);
        o.printf("reports in %s (ours in ours-generic/ and ours-packs/), this table in %s%n", out,
                out.resolve("shortcuts.md"));
        o.flush();
        return Cli.OK;
    }

    private static void row(StringBuilder md, ShortcutsOnBench.Entry e, String dataset, String reading) {
        md.append("| ").append(e.solver()).append(" | ").append(dataset).append(" | ").append(reading).append(" | ")
                .append(e.answered()).append('/').append(e.questions()).append(" | ")
                .append(e.strictAccuracy().toPlainString()).append(" | ").append(e.compatibleAccuracy().toPlainString())
                .append(" | ").append(e.result().strict().summary().passRate().toPlainString()).append(" |\n");
    }

    // ---- shared -------------------------------------------------------------------------------------

    private BenchDataset limited(BenchDataset dataset) {
        if (limit == null || limit >= dataset.challenges().size()) {
            return dataset;
        }
        return new BenchDataset(dataset.name(), dataset.version(), dataset.challenges().subList(0, limit));
    }

    private static void writeReports(Path dir, BenchResult result) {
        createFolder(dir);
        OutputFile.writeString(dir.resolve("report.json"), BenchReports.json(result));
        OutputFile.writeString(dir.resolve("report.md"), BenchReports.markdown(result));
        OutputFile.writeString(dir.resolve("report.html"), BenchReports.html(result));
    }

    private static <T> T opened(Path file, Supplier<T> open) {
        try {
            return open.get();
        } catch (java.io.UncheckedIOException e) {
            throw OutputFile.cannotWrite(file, e.getCause());
        }
    }

    private static void createFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw OutputFile.cannotWrite(dir, e);
        }
    }

    private static void printSummary(PrintWriter o, BenchResult result) {
        BenchResult.Summary s = result.headlineResult().summary();
        o.printf("%s on %s: %d challenges, %d questions (%s headline)%n", result.model(), result.benchmarkName(),
                s.challengesEvaluated(), s.questionsEvaluated(), result.headline().wireName());
        o.printf("answer accuracy %s strict, %s compatible; pass rate %s; trap evasion %s; ECE %s%n",
                result.strict().summary().answerAccuracy().toPlainString(),
                result.compatible().summary().answerAccuracy().toPlainString(), s.passRate().toPlainString(),
                plain(s.trapEvasionRate()), s.confidenceCalibration().toPlainString());
    }

    /** A rate as plain text, or {@code n/a} when it does not apply (trap evasion with no trap question counted). */
    private static String plain(java.math.BigDecimal rate) {
        return rate == null ? "n/a" : rate.toPlainString();
    }

    private List<DacrBenchFormat.Keyed> keyed() {
        Map<String, AnswerKey> byId = new HashMap<>();
        JsonLinesFile.readAll(keys, DocumentFormat.GENERATED_KEY)
                .forEach(k -> byId.put(k.challengeId().toString(), k.key()));
        List<DacrBenchFormat.Keyed> out = new ArrayList<>();
        for (Challenge c : JsonLinesFile.readAll(challenges, DocumentFormat.CHALLENGE)) {
            AnswerKey key = byId.get(c.id().toString());
            if (key == null) {
                throw new DacrException("the answer key of challenge " + c.id() + " is not in " + keys);
            }
            out.add(new DacrBenchFormat.Keyed(c, key));
        }
        return out;
    }

    /** Each session's lowest-numbered attempt, one per challenge (the first session in the file wins). */
    private static List<Prediction> firstAttempts(List<AttemptRecord> records) {
        Map<String, AttemptRecord> first = new LinkedHashMap<>();
        for (AttemptRecord r : records) {
            String id = r.attempt().challengeId();
            AttemptRecord seen = first.get(id);
            if (seen == null || seen.attempt().sessionId().equals(r.attempt().sessionId())
                    && seen.attempt().modelId().equals(r.attempt().modelId())
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
}
