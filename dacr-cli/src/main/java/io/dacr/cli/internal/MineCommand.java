package io.dacr.cli.internal;

import io.dacr.api.DacrException;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.api.spi.LlmBackend;
import io.dacr.api.spi.LlmConfig;
import io.dacr.core.miner.ChallengeOutcome;
import io.dacr.core.miner.JsonlParseFailureLog;
import io.dacr.core.miner.Miner;
import io.dacr.core.miner.MiningReport;
import io.dacr.core.miner.MiningTask;
import io.dacr.core.miner.Strategy;
import io.dacr.core.plugin.PluginRegistry;
import io.dacr.core.session.FeedbackPolicy;
import io.dacr.core.session.JsonlAttemptStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dacr mine}: generates challenges and has a model attempt them through the miner harness, up to
 * the attempt limit each, recording every graded attempt (with prompt version, strategy, raw reply and
 * tokens) and every unreadable reply. Challenges are generated as slots free up, so any count runs in
 * constant memory. Ctrl-C stops taking challenges and cancels the ones in flight; what was recorded stays.
 */
@Command(
        name = "mine",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Has an LLM attempt generated challenges: up to 3 attempts each, the model seeing the feedback "
                    + "after a failed one (strategy self-refine), every attempt recorded as JSON Lines.",
            "",
            "The generation secret comes from --secret-file, the environment variable "
                    + SecretSource.ENVIRONMENT_VARIABLE + " or --seed; with none, the printed, INSECURE demo "
                    + "secret is used.",
            ""
        },
        footer = {
            "",
            "Example (a local vLLM server):",
            "  dacr mine --base-url http://127.0.0.1:8000/v1 --model Qwen/Qwen2.5-7B-Instruct \\",
            "      --domain corporate-finance --count 20 --concurrency 4 --records attempts.jsonl"
        })
final class MineCommand extends DacrSubcommand {

    private final Supplier<PluginRegistry> registry;
    private final Map<String, String> environment;
    private final BooleanSupplier stderrIsTerminal;

    @Option(names = "--backend", defaultValue = "openai", paramLabel = "ID",
            description = "The LLM back end (see 'dacr plugins') (default: ${DEFAULT-VALUE}).")
    private String backendId;

    @Option(names = "--base-url", required = true, paramLabel = "URL",
            description = "The back end's base URL, e.g. http://127.0.0.1:8000/v1 (vLLM) or http://127.0.0.1:11434/v1 (Ollama).")
    private URI baseUrl;

    @Option(names = "--model", required = true, paramLabel = "M", description = "The model to ask; recorded with every attempt.")
    private String model;

    @Option(names = "--api-key-env", paramLabel = "VAR",
            description = "The environment variable holding the API key (never give the key itself on the command line).")
    private String apiKeyEnv;

    @Option(names = "--temperature", paramLabel = "T", description = "Sampling temperature (default: the server's).")
    private BigDecimal temperature;

    @Option(names = "--max-tokens", defaultValue = "4096", paramLabel = "N",
            description = "The most tokens per reply (default: ${DEFAULT-VALUE}).")
    private int maxTokens;

    @Option(names = "--timeout", defaultValue = "300", paramLabel = "SECONDS",
            description = "How long one reply may take (default: ${DEFAULT-VALUE}).")
    private long timeoutSeconds;

    @Option(names = "--option", paramLabel = "NAME=VALUE",
            description = "A back-end option, e.g. max_retries=5 or stream=true; repeatable.")
    private Map<String, String> options;

    @Mixin
    private GenerationOptions generation = new GenerationOptions("mine");

    @Mixin
    private SecretSource secretSource;

    @Option(names = "--strategy", defaultValue = "self-refine", paramLabel = "S",
            description = "single, self-refine or self-consistency[-K] (default: ${DEFAULT-VALUE}).")
    private String strategyName;

    @Option(names = "--concurrency", defaultValue = "1", paramLabel = "K",
            description = "How many challenges are mined at once (default: ${DEFAULT-VALUE}).")
    private int concurrency;

    @Option(names = "--max-attempts", defaultValue = "3", paramLabel = "N",
            description = "Graded attempts per challenge (default: ${DEFAULT-VALUE}).")
    private int maxAttempts;

    @Option(names = "--feedback", defaultValue = "counts", paramLabel = "POLICY",
            description = "What the model sees after a failed attempt: pass_fail, counts or detailed (default: ${DEFAULT-VALUE}).")
    private String feedback;

    @Option(names = "--window", defaultValue = "60", paramLabel = "MINUTES",
            description = "How long each challenge's session stays open (default: ${DEFAULT-VALUE}).")
    private long windowMinutes;

    @Option(names = "--records", required = true, paramLabel = "FILE.jsonl",
            description = "The attempt store: graded attempts are appended here.")
    private Path records;

    @Option(names = "--parse-failures", paramLabel = "FILE.jsonl",
            description = "Where unreadable replies are appended (default: the records file with .parse-failures.jsonl).")
    private Path parseFailuresFile;

    @Option(names = "--progress", description = "Draw a progress bar on stderr even when stderr is not a terminal.")
    private boolean progress;

    MineCommand(Supplier<PluginRegistry> registry, Map<String, String> environment, BooleanSupplier stderrIsTerminal) {
        this.registry = registry;
        this.environment = environment;
        this.stderrIsTerminal = stderrIsTerminal;
    }

    @Override
    public Integer call() throws IOException {
        CommandLine commandLine = spec.commandLine();
        long count = generation.count(commandLine);
        long start = generation.start(commandLine, count);
        checkArguments(commandLine);
        Strategy strategy = Arguments.parse(commandLine, "--strategy", () -> Strategy.named(strategyName));
        FeedbackPolicy policy = Arguments.parse(commandLine, "--feedback",
                () -> FeedbackPolicy.valueOf(feedback.strip().toUpperCase(Locale.ROOT)));
        GenerationSpec generationSpec = generation.preset().spec(commandLine);
        LlmConfig config = Arguments.parse(commandLine, "a back-end setting", this::llmConfig);
        PrintWriter err = commandLine.getErr();
        Secret secret = secretSource.resolveOrDemo(commandLine, environment, err);
        PluginRegistry plugins = registry.get();
        Tasks tasks = new Tasks(generation.batch(commandLine, plugins, generationSpec, secret, start), start, count);
        Path failuresPath = parseFailuresFile != null ? parseFailuresFile : siblingOf(records);

        ProgressBar bar = progress || stderrIsTerminal.getAsBoolean()
                ? new ProgressBar(err, "challenges", count, System::nanoTime) : null;
        Tally tally = new Tally();
        MiningReport report;
        try (LlmBackend backend = plugins.llm(backendId).create(config);
             JsonlAttemptStore store = JsonlAttemptStore.open(records);
             JsonlParseFailureLog failures = JsonlParseFailureLog.open(failuresPath)) {
            Miner miner = Miner.builder(backend, store).strategy(strategy).parseFailures(failures)
                    .concurrency(concurrency).maxAttempts(maxAttempts).feedback(policy)
                    .window(Duration.ofMinutes(windowMinutes)).listener(outcome -> {
                        tally.add(outcome);
                        if (bar != null) {
                            bar.update(tally.done, tally.label());
                        }
                    }).build();
            // Ctrl-C or SIGTERM cancel the run; the hook waits (briefly) until it has returned.
            report = ShutdownHook.around("dacr-mine-shutdown", miner::cancel, () -> miner.mine(tasks));
        }
        if (bar != null) {
            bar.finish(tally.done);
        }
        return summarise(commandLine, report, count, failuresPath);
    }

    private Integer summarise(CommandLine commandLine, MiningReport report, long count, Path failuresPath) {
        PrintWriter out = commandLine.getOut();
        long errors = report.count(ChallengeOutcome.Status.ERROR);
        out.print("mined " + report.outcomes().size() + " of " + count + " challenges with " + model + ": "
                + report.count(ChallengeOutcome.Status.PASSED) + " passed, "
                + report.count(ChallengeOutcome.Status.FAILED) + " failed, " + errors + " errors, "
                + report.count(ChallengeOutcome.Status.CANCELLED) + " cancelled; "
                + report.attempts() + " attempts, " + report.parseFailures() + " unreadable replies, "
                + report.totalTokens() + " tokens\n");
        out.print("attempts in " + records + ", unreadable replies in " + failuresPath + "\n");
        out.flush();
        if (errors == 0) {
            return Cli.OK;
        }
        PrintWriter err = commandLine.getErr();
        report.outcomes().stream().filter(o -> o.status() == ChallengeOutcome.Status.ERROR).limit(3)
                .forEach(o -> err.print(Messages.errorLine(o.challengeId() + ": " + o.detail())));
        err.flush();
        return Cli.FAILURE;
    }

    private LlmConfig llmConfig() {
        LlmConfig.Builder b = LlmConfig.builder(baseUrl, model).apiKeyEnvironmentVariable(apiKeyEnv)
                .temperature(temperature).maxTokens(maxTokens).readTimeout(Duration.ofSeconds(timeoutSeconds));
        if (options != null) {
            new TreeMap<>(options).forEach(b::option);
        }
        return b.build();
    }

    private void checkArguments(CommandLine commandLine) {
        if (concurrency < 1 || concurrency > 256) {
            throw new CommandLine.ParameterException(commandLine, "--concurrency must be 1 to 256, was " + concurrency);
        }
        if (maxAttempts < 1) {
            throw new CommandLine.ParameterException(commandLine, "--max-attempts must be at least 1, was " + maxAttempts);
        }
        if (timeoutSeconds < 1 || windowMinutes < 1) {
            throw new CommandLine.ParameterException(commandLine, "--timeout and --window must be at least 1");
        }
    }

    static Path siblingOf(Path records) {
        String name = records.getFileName().toString();
        String base = name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
        return records.resolveSibling(base + ".parse-failures.jsonl");
    }

    /** The running figures the progress bar shows. */
    private static final class Tally {
        long done;
        long passed;
        long failed;
        long attempts;
        long tokens;

        void add(ChallengeOutcome o) {
            done++;
            if (o.status() == ChallengeOutcome.Status.PASSED) {
                passed++;
            } else {
                failed++;
            }
            attempts += o.attempts();
            tokens += o.usage().totalTokens();
        }

        String label() {
            return "challenges: " + passed + " solved, " + failed + " failed, " + attempts + " attempts, " + tokens + " tokens";
        }
    }

    /** Generates challenge START+k of the batch on demand. */
    private static final class Tasks implements Iterator<MiningTask> {
        private final ChallengeBatch batch;
        private final long end;
        private long next;

        Tasks(ChallengeBatch batch, long start, long count) {
            this.batch = batch;
            this.next = start;
            this.end = start + count;
        }

        @Override
        public boolean hasNext() {
            return next < end;
        }

        @Override
        public MiningTask next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            try {
                return MiningTask.of(batch.generate(next++));
            } catch (IllegalArgumentException e) {
                throw new DacrException("cannot generate challenge " + (next - 1) + ": " + e.getMessage(), e);
            }
        }
    }
}
