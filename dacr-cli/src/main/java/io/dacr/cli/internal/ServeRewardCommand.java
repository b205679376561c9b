package io.dacr.cli.internal;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.ConfigurationException;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.api.spi.DomainProvider;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.plugin.PluginRegistry;
import io.dacr.core.reward.CompletionParser;
import io.dacr.core.reward.RewardFunction;
import io.dacr.core.reward.RewardServer;
import io.dacr.generator.DacrGenerator;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** {@code dacr serve-reward}: an HTTP reward endpoint for RL trainers. */
@Command(
        name = "serve-reward",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Serves rewards over HTTP: POST /reward with {\"items\": [{\"challenge_id\", \"completion\"}, ...]} answers "
                    + "{\"rewards\": [...], \"details\": [...]}, one reward in [0, 1] per item, in order. Binds "
                    + "127.0.0.1 unless --host says otherwise. Runs until stopped (Ctrl-C).",
            "",
            "Answer keys come from --keys (as 'dacr generate --keys' writes them) or are regenerated from the "
                    + "secret (--secret-file) and --preset, for every challenge in --challenges.",
            ""
        },
        footer = {
            "",
            "Example:",
            "  dacr serve-reward --port 8765 --challenges c.jsonl --keys k.jsonl"
        })
final class ServeRewardCommand extends DacrSubcommand {

    private final Supplier<PluginRegistry> registry;

    @Option(names = "--port", defaultValue = "8765", paramLabel = "P", description = "The port (default 8765; 0 picks one).")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "The address to bind (default 127.0.0.1). Another address lets the network grade against your keys.")
    private String host;

    @Option(names = "--challenges", required = true, paramLabel = "C.jsonl", description = "The challenges to serve.")
    private Path challenges;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private KeySource keySource;

    /** Exactly one source of answer keys. */
    static final class KeySource {
        @Option(names = "--keys", paramLabel = "K.jsonl", description = "The answer keys.")
        Path keys;

        @Option(names = "--secret-file", paramLabel = "FILE", description = "The generation secret, to regenerate the keys.")
        Path secretFile;
    }

    @Option(names = "--preset", defaultValue = "standard", paramLabel = "P",
            description = "With --secret-file: the preset the challenges were generated with (default standard).")
    private String preset;

    /** How completions are read. */
    enum ParserChoice { tolerant, strict }

    @Option(names = "--parser", defaultValue = "tolerant", paramLabel = "tolerant|strict",
            description = "How completions are read: tolerant (the miner harness's reading: fences, prose around "
                    + "the JSON; default) or strict (DACR's JSON submission format only).")
    private ParserChoice parser = ParserChoice.tolerant;

    @Option(names = "--max-items", defaultValue = "" + RewardServer.DEFAULT_MAX_ITEMS, paramLabel = "N",
            description = "The most items per request (default ${DEFAULT-VALUE}).")
    private int maxItems;

    @Option(names = "--max-body-bytes", defaultValue = "" + RewardServer.DEFAULT_MAX_BODY_BYTES, paramLabel = "B",
            description = "The largest request body in bytes (default ${DEFAULT-VALUE}).")
    private int maxBodyBytes;

    ServeRewardCommand(Supplier<PluginRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Integer call() throws InterruptedException {
        RewardServer server = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "dacr-reward-shutdown"));
        stopped.await();
        return Cli.OK;
    }

    /** Loads the challenges and keys, binds, and says where it listens. */
    RewardServer start() {
        CommandLine commandLine = spec.commandLine();
        if (port < 0 || port > 65535 || maxItems < 1 || maxBodyBytes < 1) {
            throw new CommandLine.ParameterException(commandLine, "--port is 0 to 65535; --max-items and --max-body-bytes are positive");
        }
        List<Challenge> served = JsonLinesFile.readAll(challenges, DocumentFormat.CHALLENGE);
        Map<String, AnswerKey> keys = keySource.keys != null ? keysFromFile() : keysFromSecret(served);
        RewardServer.Builder builder = RewardServer.builder(RewardFunction.builder()
                        .parser(parser == ParserChoice.strict ? CompletionParser.strictJson() : CompletionParser.tolerant())
                        .build()).host(host).port(port)
                .maxItems(maxItems).maxBodyBytes(maxBodyBytes);
        for (Challenge c : served) {
            AnswerKey key = keys.get(c.id().toString());
            if (key == null) {
                throw new ConfigurationException("the answer key of challenge " + c.id() + " is not in " + keySource.keys);
            }
            builder.challenge(c, key);
        }
        RewardServer server = builder.start();
        PrintWriter out = commandLine.getOut();
        out.printf("serving rewards for %d challenges on http://%s:%d/reward%n", served.size(),
                server.address().getHostString(), server.port());
        out.flush();
        return server;
    }

    private Map<String, AnswerKey> keysFromFile() {
        Map<String, AnswerKey> byId = new HashMap<>();
        JsonLinesFile.readAll(keySource.keys, DocumentFormat.GENERATED_KEY)
                .forEach(k -> byId.put(k.challengeId().toString(), k.key()));
        return byId;
    }

    private Map<String, AnswerKey> keysFromSecret(List<Challenge> served) {
        Secret secret = Secret.fromFile(keySource.secretFile);
        GenerationSpec generationSpec = Arguments.parse(spec.commandLine(), "--preset",
                () -> new GenerationSpec(preset, new TreeMap<>()));
        List<DomainProvider> providers = new ArrayList<>(registry.get().domains());
        DacrGenerator generator = DacrGenerator.builder().domains(providers).build();
        Map<String, AnswerKey> byId = new HashMap<>();
        for (Challenge c : served) {
            if (!c.id().isAuthentic(secret)) {
                throw new ConfigurationException("challenge " + c.id() + " was not issued under this secret");
            }
            byId.put(c.id().toString(), generator.answerKey(c.id(), generationSpec, secret));
        }
        return byId;
    }
}
