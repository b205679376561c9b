package io.dacr.cli.internal;

import io.dacr.api.ConfigurationException;
import io.dacr.api.DacrException;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.api.reward.Epoch;
import io.dacr.api.spi.DomainProvider;
import io.dacr.api.spi.LlmBackend;
import io.dacr.api.spi.LlmConfig;
import io.dacr.chain.SigningKey;
import io.dacr.cli.internal.run.EpochRun;
import io.dacr.cli.internal.run.RunSettings;
import io.dacr.cli.internal.run.RunSummary;
import io.dacr.cli.internal.run.SimulatedMiner;
import io.dacr.cli.internal.run.SimulatedMiners;
import io.dacr.core.dataset.PromptRenderer;
import io.dacr.core.plugin.PluginRegistry;
import io.dacr.generator.DacrGenerator;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dacr run}: one epoch end to end on embedded defaults (see {@link EpochRun}). Ctrl-C or SIGTERM
 * stop it after the challenge in progress; {@code --resume} continues it.
 */
@Command(
        name = "run",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Runs one epoch end to end: generates challenges of every installed domain, has simulated miners "
                    + "(or, with --base-url and --model, a real model) attempt each up to 3 times, grades and records "
                    + "every attempt, signs a receipt for each pass and credits it to the embedded ledger, closes the "
                    + "epoch and splits its pool (with a Merkle root), and writes the training exports and a "
                    + "benchmark report per miner. Re-running with the same seed gives the same bytes (timings.json "
                    + "aside).",
            "",
            "With no secret and no key given, the printed, INSECURE demo secret and demo coordinator key are used.",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  dacr run                                   # 200 challenges into ./dacr-run",
            "  dacr run --dir /tmp/epoch --count 20 --seed my-local-demo-seed",
            "  dacr run --dir /tmp/epoch --resume --seed my-local-demo-seed   # after Ctrl-C",
            "  dacr run --count 20 --base-url http://127.0.0.1:11434/v1 --model qwen2.5:7b"
        })
final class RunCommand extends DacrSubcommand {

    /** The demo coordinator key: Hardhat's and Anvil's first default account, known to everyone. */
    static final String DEMO_KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    /** Where the mining contract lands when that account deploys it first on a fresh Hardhat node. */
    static final String DEMO_CONTRACT = "0x5fbdb2315678afecb367f032d93f642f64180aa3";
    /** Hardhat's chain id. */
    static final long DEMO_CHAIN_ID = 31337;

    /** The options that --resume takes from the run's manifest instead. */
    private static final List<String> SETTINGS_OPTIONS = List.of("--count", "--domain", "--preset", "--miner",
            "--max-attempts", "--pool", "--epoch", "--backend", "--base-url", "--model", "--api-key-env");

    private final Supplier<PluginRegistry> registry;
    private final Map<String, String> environment;
    private final BooleanSupplier stderrIsTerminal;
    private final PromptRenderer renderer;

    @Option(names = "--dir", defaultValue = "dacr-run", paramLabel = "DIR",
            description = "The run directory: new or empty, or with --resume the run to continue (default: ${DEFAULT-VALUE}).")
    private Path dir;

    @Option(names = "--count", defaultValue = "200", paramLabel = "N",
            description = "How many challenges the epoch has (default: ${DEFAULT-VALUE}).")
    private long count;

    @Option(names = "--domain", paramLabel = "ID",
            description = "A domain pack (repeatable); default: every installed one.")
    private List<String> domains;

    @Mixin
    private PresetOption preset;

    @Option(names = "--miner", paramLabel = "ID",
            description = "A simulated miner (repeatable): oracle-trapP-fixQ, careless-slipP, or a shortcut solver "
                    + "(first-mention, last-mention, majority, canonical-only, regex-kv, cue-reader); default: "
                    + "oracle-trap0.1-fix0.8, oracle-trap0.3-fix0.5 and careless-slip0.3.")
    private List<String> miners;

    @Option(names = "--max-attempts", defaultValue = "3", paramLabel = "N",
            description = "Graded attempts per challenge and miner, 1 to 10 (default: ${DEFAULT-VALUE}).")
    private int maxAttempts;

    @Option(names = "--pool", defaultValue = "1000000000000000000000", paramLabel = "P",
            description = "The epoch's reward pool in token base units (default: ${DEFAULT-VALUE}, 1000 tokens of 18 decimals).")
    private BigInteger pool;

    @Option(names = "--epoch", defaultValue = "1", paramLabel = "E", description = "The epoch number (default: ${DEFAULT-VALUE}).")
    private long epoch;

    @Mixin
    private SecretSource secretSource;

    @Option(names = "--key-file", paramLabel = "FILE",
            description = "The coordinator's private key (hex) that signs receipts; else the variable "
                    + ChainCommand.COORDINATOR_KEY_ENV + "; else the printed, INSECURE demo key.")
    private Path keyFile;

    @Option(names = "--resume", description = "Continue the run in --dir (after Ctrl-C, a kill or a crash).")
    private boolean resume;

    @Option(names = "--backend", defaultValue = "openai", paramLabel = "ID",
            description = "With --base-url and --model: the LLM back end (default: ${DEFAULT-VALUE}).")
    private String backendId;

    @Option(names = "--base-url", paramLabel = "URL", description = "A real model's server, e.g. http://127.0.0.1:8000/v1.")
    private URI baseUrl;

    @Option(names = "--model", paramLabel = "M", description = "The model that replaces the simulated miners.")
    private String model;

    @Option(names = "--api-key-env", paramLabel = "VAR", description = "The environment variable holding the API key.")
    private String apiKeyEnv;

    @Option(names = "--progress", description = "Draw the progress bar on stderr even when stderr is not a terminal.")
    private boolean progress;

    RunCommand(Supplier<PluginRegistry> registry, Map<String, String> environment, BooleanSupplier stderrIsTerminal,
               PromptRenderer renderer) {
        this.registry = registry;
        this.environment = environment;
        this.stderrIsTerminal = stderrIsTerminal;
        this.renderer = renderer;
    }

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        PrintWriter err = commandLine.getErr();
        checkArguments(commandLine);
        Secret secret = secretSource.resolveOrDemo(commandLine, environment, err);
        SigningKey coordinator = coordinatorKey(err);
        PluginRegistry plugins = registry.get();
        RunSettings settings = resume ? EpochRun.manifest(dir) : newSettings(commandLine, plugins, secret, coordinator);
        List<SimulatedMiner> simulated = new ArrayList<>();
        if (settings.backend() == null) {
            List<DomainProvider> packs = settings.domainIds().stream().<DomainProvider>map(plugins::domain).toList();
            settings.miners().forEach(m -> simulated.add(SimulatedMiners.named(m, packs)));
        }
        LongFunction<GeneratedChallenge> challenges = challenges(plugins, settings, secret);
        LlmBackend backend = settings.backend() == null ? null : backend(plugins, settings.backend());
        ProgressBar bar = progress || stderrIsTerminal.getAsBoolean()
                ? new ProgressBar(err, "challenges", settings.count(), System::nanoTime) : null;
        EpochRun.Listener listener = new EpochRun.Listener() {
            private long done;

            @Override
            public void progress(long committed, long total, String label) {
                done = committed;
                if (bar != null) {
                    bar.update(committed, label);
                }
            }

            @Override
            public void phase(String phase) {
                if (bar != null) {
                    bar.finish(done);
                    err.print(Messages.errorLine(phase));
                    err.flush();
                }
            }
        };
        EpochRun run = resume
                ? EpochRun.resume(dir, settings, secret, challenges, simulated, backend, coordinator, renderer, listener)
                : EpochRun.start(dir, settings, secret, challenges, simulated, backend, coordinator, renderer, listener);
        // Ctrl-C or SIGTERM stop the run after the challenge in progress; the hook waits (briefly) for that.
        RunSummary summary = ShutdownHook.around("dacr-run-shutdown", run::stop, run::run);
        if (summary == null) {
            err.print(Messages.errorLine("stopped; what was committed is kept: continue with 'dacr run --resume --dir "
                    + dir + "' and the same secret"));
            err.flush();
            return Cli.FAILURE;
        }
        PrintWriter out = commandLine.getOut();
        out.print(summary.table());
        out.print("in " + summary.directory() + " (summary.txt, timings.json)\n");
        out.flush();
        return Cli.OK;
    }

    private void checkArguments(CommandLine commandLine) {
        if (resume) {
            for (String option : SETTINGS_OPTIONS) {
                if (commandLine.getParseResult().hasMatchedOption(option)) {
                    throw new CommandLine.ParameterException(commandLine, option + " cannot be combined with --resume: "
                            + "the run continues with the settings in its run.json");
                }
            }
            return;
        }
        if (count < 1) {
            throw new CommandLine.ParameterException(commandLine, "--count must be at least 1, was " + count);
        }
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new CommandLine.ParameterException(commandLine, "--max-attempts must be 1 to 10, was " + maxAttempts);
        }
        if (pool.signum() < 0) {
            throw new CommandLine.ParameterException(commandLine, "--pool must not be negative, was " + pool);
        }
        if (epoch < 0) {
            throw new CommandLine.ParameterException(commandLine, "--epoch must not be negative, was " + epoch);
        }
        if ((baseUrl == null) != (model == null)) {
            throw new CommandLine.ParameterException(commandLine, "a real model needs both --base-url and --model");
        }
        if (baseUrl != null && miners != null) {
            throw new CommandLine.ParameterException(commandLine, "--miner chooses simulated miners; a real model "
                    + "(--base-url, --model) replaces them");
        }
    }

    private RunSettings newSettings(CommandLine commandLine, PluginRegistry plugins, Secret secret, SigningKey coordinator) {
        TreeSet<String> chosen = new TreeSet<>();
        for (String id : DomainOption.chosenIds(domains == null ? List.of(DomainOption.ALL) : domains, plugins)) {
            chosen.add(plugins.domain(id).id());
        }
        if (chosen.isEmpty()) {
            throw new ConfigurationException("no domain pack is installed: see 'dacr plugins'");
        }
        List<String> minerIds = new ArrayList<>();
        RunSettings.LlmSettings llm = null;
        if (model != null) {
            llm = new RunSettings.LlmSettings(backendId, baseUrl.toString(), model, apiKeyEnv);
            minerIds.add(model);
        } else {
            try {
                List<SimulatedMiner> roster = miners == null ? SimulatedMiners.defaults()
                        : miners.stream().map(m -> SimulatedMiners.named(m, chosen.stream()
                                .<DomainProvider>map(plugins::domain).toList())).toList();
                roster.forEach(m -> minerIds.add(m.modelId()));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(commandLine, "invalid --miner: " + e.getMessage());
            }
            if (new TreeSet<>(minerIds).size() != minerIds.size()) {
                throw new CommandLine.ParameterException(commandLine, "--miner names the same miner twice: " + minerIds);
            }
        }
        preset.spec(commandLine); // a bad preset is a usage error before the run directory is made
        return new RunSettings(epoch, "epoch-" + epoch, count, new ArrayList<>(chosen), preset.name(), minerIds, llm,
                maxAttempts, pool, BigInteger.ONE, Epoch.commitmentOf(secret), coordinator.address(), DEMO_CHAIN_ID,
                DEMO_CONTRACT);
    }

    private SigningKey coordinatorKey(PrintWriter err) {
        if (keyFile != null) {
            return SigningKey.fromFile(keyFile);
        }
        String fromEnvironment = environment.get(ChainCommand.COORDINATOR_KEY_ENV);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return SigningKey.fromEnvironment(ChainCommand.COORDINATOR_KEY_ENV, environment);
        }
        SigningKey demo = SigningKey.ofHex(DEMO_KEY);
        err.print(Messages.errorLine("warning: no coordinator key given, using the INSECURE demo key of "
                + demo.address() + " (Hardhat's first default account, private key " + DEMO_KEY
                + "): anyone can sign receipts with it; use --key-file or " + ChainCommand.COORDINATOR_KEY_ENV
                + " for real work"));
        err.flush();
        return demo;
    }

    /** Challenge i is of the (i mod D)-th domain, in the namespace of the epoch, as in dacr generate. */
    private static LongFunction<GeneratedChallenge> challenges(PluginRegistry plugins, RunSettings settings, Secret secret) {
        List<DomainProvider> providers = new ArrayList<>();
        for (String id : settings.domainIds()) {
            providers.add(plugins.domain(id));
        }
        DacrGenerator generator = DacrGenerator.builder().domains(providers).build();
        GenerationSpec generationSpec = new GenerationSpec(settings.preset(), new TreeMap<>());
        List<String> ids = settings.domainIds();
        return index -> {
            try {
                return generator.generate(new GenerationRequest(ids.get((int) (index % ids.size())), generationSpec,
                        settings.namespace(), index, secret));
            } catch (IllegalArgumentException e) {
                throw new DacrException("cannot generate challenge " + index + ": " + e.getMessage(), e);
            }
        };
    }

    private static LlmBackend backend(PluginRegistry plugins, RunSettings.LlmSettings llm) {
        LlmConfig config;
        try {
            config = LlmConfig.builder(URI.create(llm.baseUrl()), llm.model()).apiKeyEnvironmentVariable(llm.apiKeyEnv())
                    .maxTokens(4096).readTimeout(Duration.ofSeconds(300)).build();
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("invalid back-end setting: " + e.getMessage(), e);
        }
        return plugins.llm(llm.backendId()).create(config);
    }
}
