package io.dacr.cli.internal;

import io.dacr.api.ConfigurationException;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.api.reward.EpochLedger;
import io.dacr.api.reward.ReceiptHasher;
import io.dacr.api.spi.DomainProvider;
import io.dacr.chain.Eip712ReceiptHasher;
import io.dacr.chain.SigningKey;
import io.dacr.core.ledger.JournalEpochLedger;
import io.dacr.core.plugin.PluginRegistry;
import io.dacr.generator.DacrGenerator;
import io.dacr.ledger.postgres.PostgresEpochLedger;
import io.dacr.server.ChainSettlement;
import io.dacr.server.Coordinator;
import io.dacr.server.CoordinatorServer;
import io.dacr.server.CoordinatorStorage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dacr serve}: the coordinator (dacr-server) on its own HTTP server. One instance keeps its state
 * and the journal ledger in a data directory; several share a PostgreSQL database (state and ledger).
 * The generation secret, the coordinator key and the database password come from files or environment
 * variables, never from the command line; without a secret or a key it runs on the printed, insecure
 * demo ones.
 */
@Command(
        name = "serve",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Runs the coordinator: the HTTP API remote miners sign in to with their wallets, fetch challenges from, "
                    + "submit attempts to and get signed receipts from (discovery document at /.well-known/skill.md). "
                    + "Binds 127.0.0.1 unless --host says otherwise. Runs until stopped (Ctrl-C).",
            "",
            "State: --dir DIR (one instance: sessions and the journal ledger in DIR) or --db-url URL (several instances "
                    + "on one PostgreSQL database; the password from --db-password-file or " + ServeCommand.DB_PASSWORD_ENV
                    + "). The generation secret from --secret-file or " + SecretSource.ENVIRONMENT_VARIABLE
                    + ", the coordinator key (signs receipts) from --key-file or " + ChainCommand.COORDINATOR_KEY_ENV
                    + "; without them the INSECURE demo secret and demo key are used, and said so.",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  dacr serve --port 8080 --dir coordinator-data --secret-file secret.txt --key-file coordinator.key",
            "  DACR_DB_PASSWORD=... dacr serve --port 8080 --db-url 'jdbc:postgresql://db:5432/dacr?user=dacr' "
                    + "--secret-file secret.txt --key-file coordinator.key --chain-id 8453 --contract 0x…"
        })
final class ServeCommand extends DacrSubcommand {

    /** The environment variable that may hold the database password. */
    static final String DB_PASSWORD_ENV = "DACR_DB_PASSWORD";

    /**
     * The demo coordinator key: Hardhat's and Anvil's well-known account #1, so a local test chain can be
     * deployed with it as the coordinator. Public knowledge: anyone can sign receipts with it.
     */
    static final String DEMO_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

    /** The one line printed when the demo key is used. */
    static final String DEMO_KEY_WARNING = "warning: no coordinator key given, using the INSECURE demo key " + DEMO_KEY
            + " (Hardhat's account #1, address 0x70997970c51812dc3a010c7d01b50e0d17dc79c8): anyone can sign receipts "
            + "with it; use --key-file or " + ChainCommand.COORDINATOR_KEY_ENV + " for real work";

    private final Supplier<PluginRegistry> registry;
    private final Map<String, String> environment;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "P", description = "The port (default 8080; 0 picks one).")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "The address to bind (default 127.0.0.1, this machine only; 0.0.0.0 for every interface).")
    private String host;

    @ArgGroup(exclusive = true)
    private StateOption state;

    /** At most one place for the state; a default data directory without either. */
    static final class StateOption {
        @Option(names = "--dir", paramLabel = "DIR",
                description = "The data directory: sessions, attempts and the journal ledger (default: the user's data "
                        + "directory, e.g. ~/.local/share/dacr/coordinator).")
        Path dir;

        @Option(names = "--db-url", paramLabel = "URL",
                description = "A PostgreSQL JDBC URL (jdbc:postgresql://host:port/db?user=u): state and ledger shared by "
                        + "every instance given the same URL, secret, domains and preset.")
        String dbUrl;
    }

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "With --db-url: the database password in FILE; else the variable " + DB_PASSWORD_ENV + " if set.")
    private Path dbPasswordFile;

    @Option(names = "--secret-file", paramLabel = "FILE",
            description = "The generation secret in FILE (UTF-8, at least " + Secret.MIN_BYTES + " bytes); else the variable "
                    + SecretSource.ENVIRONMENT_VARIABLE + "; else the INSECURE demo secret.")
    private Path secretFile;

    @Option(names = "--key-file", paramLabel = "FILE",
            description = "The coordinator's private key (hex) in FILE; else the variable " + ChainCommand.COORDINATOR_KEY_ENV
                    + "; else the INSECURE demo key.")
    private Path keyFile;

    @Option(names = "--domain", split = ",", paramLabel = "ID",
            description = "The domains challenges are drawn from, in this order (default: every installed domain, by id).")
    private List<String> domains;

    @Mixin
    private PresetOption preset;

    @Option(names = "--chain-id", defaultValue = "31337", paramLabel = "ID",
            description = "The chain the receipts are signed for (default ${DEFAULT-VALUE}, a local Hardhat node).")
    private long chainId;

    @Option(names = "--contract", paramLabel = "ADDRESS",
            description = "The mining contract receipts are signed for and calldata is sent to; without it receipts are "
                    + "signed for the zero address (they chain and verify, but no contract takes them).")
    private String contract;

    @Option(names = "--name", defaultValue = "dacr", paramLabel = "NAME",
            description = "The coordinator's name in the sign-in message (default ${DEFAULT-VALUE}).")
    private String name;

    @Option(names = "--request-timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "How long a client may take to send one request before its connection is closed "
                    + "(default ${DEFAULT-VALUE}; at least 1). Guards the handler threads against clients that stall.")
    private long requestTimeoutSeconds;

    @Option(names = "--response-timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "How long one answer may take, including a client that reads slowly, before the "
                    + "connection is closed (default ${DEFAULT-VALUE}; at least 1). A retry with the same "
                    + "Idempotency-Key gets the answer.")
    private long responseTimeoutSeconds;

    @Option(names = "--retention-hours", defaultValue = "24", paramLabel = "HOURS",
            description = "How long answered Idempotency-Keys, and sessions that ended without a pass, are "
                    + "remembered (default ${DEFAULT-VALUE}; at least the session window). Passed sessions and each "
                    + "miner's latest session are kept for good.")
    private long retentionHours;

    ServeCommand(Supplier<PluginRegistry> registry, Map<String, String> environment) {
        this.registry = registry;
        this.environment = environment;
    }

    @Override
    public Integer call() throws InterruptedException {
        Running running = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "dacr-serve-shutdown"));
        stopped.await();
        return Cli.OK;
    }

    /** A started coordinator and what it holds open; closing stops the server, then the stores. */
    record Running(CoordinatorServer server, CoordinatorStorage storage, EpochLedger ledger) implements AutoCloseable {
        @Override
        public void close() {
            try {
                server.close();
            } finally {
                try {
                    storage.close();
                } finally {
                    ledger.close();
                }
            }
        }
    }

    /** Reads the secret and key, opens the state and ledger, binds, and says where it listens. */
    Running start() {
        CommandLine commandLine = spec.commandLine();
        PrintWriter err = commandLine.getErr();
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(commandLine, "--port is 0 to 65535, was " + port);
        }
        if (retentionHours < 1 || retentionHours > 24L * 366 * 100) {
            throw new CommandLine.ParameterException(commandLine, "--retention-hours is 1 to 876,000, was " + retentionHours);
        }
        if (requestTimeoutSeconds < 1 || responseTimeoutSeconds < 1) {
            throw new CommandLine.ParameterException(commandLine, "--request-timeout and --response-timeout are at "
                    + "least 1 second, were " + requestTimeoutSeconds + " and " + responseTimeoutSeconds);
        }
        if (dbPasswordFile != null && (state == null || state.dbUrl == null)) {
            throw new CommandLine.ParameterException(commandLine, "--db-password-file needs --db-url");
        }
        GenerationSpec generationSpec = preset.spec(commandLine);
        List<DomainProvider> installed = new ArrayList<>(registry.get().domains());
        installed.sort(Comparator.comparing(DomainProvider::id));
        List<String> served = domains != null ? List.copyOf(domains) : installed.stream().map(DomainProvider::id).toList();
        if (served.isEmpty()) {
            throw new ConfigurationException("no domain pack is installed: the coordinator has nothing to serve");
        }
        Secret secret = secret(err);
        SigningKey key = key(err);
        ChainSettlement settlement;
        try {
            settlement = contract == null ? ChainSettlement.withoutContract(key, chainId)
                    : ChainSettlement.forContract(key, chainId, contract.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "invalid --chain-id or --contract: " + e.getMessage());
        }
        DacrGenerator generator = DacrGenerator.builder().domains(installed).build();
        ReceiptHasher hasher = new Eip712ReceiptHasher();
        String where;
        CoordinatorStorage storage;
        EpochLedger ledger;
        if (state != null && state.dbUrl != null) {
            PGSimpleDataSource dataSource = dataSource();
            ledger = PostgresEpochLedger.open(dataSource, hasher);
            storage = openOrClose(() -> CoordinatorStorage.postgres(dataSource), ledger);
            where = "PostgreSQL " + dataSource.getServerNames()[0] + "/" + dataSource.getDatabaseName();
        } else {
            Path dir = state != null ? state.dir : LedgerCommand.defaultDirectory(environment, System.getProperty("os.name"),
                    System.getProperty("user.home")).resolveSibling("coordinator");
            ledger = JournalEpochLedger.open(dir, hasher);
            storage = openOrClose(() -> CoordinatorStorage.inDirectory(dir), ledger);
            where = "directory " + dir;
        }
        CoordinatorServer server;
        try {
            Coordinator coordinator = Coordinator.builder(generator, secret, ledger, hasher, settlement, storage)
                    .name(name)
                    .domains(served)
                    .spec(generationSpec)
                    .requestTimeout(Duration.ofSeconds(requestTimeoutSeconds))
                    .responseTimeout(Duration.ofSeconds(responseTimeoutSeconds))
                    .retention(Duration.ofHours(retentionHours))
                    .build();
            server = coordinator.start(host, port);
        } catch (IllegalArgumentException e) {
            storage.close();
            ledger.close();
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        } catch (RuntimeException e) {
            storage.close();
            ledger.close();
            throw e;
        }
        PrintWriter out = commandLine.getOut();
        out.printf("coordinator '%s' on http://%s:%d/ (discovery: /.well-known/skill.md)%n", name,
                server.address().getHostString(), server.port());
        out.printf("domains %s, preset %s; state and ledger in %s; receipts signed by %s for chain %d, contract %s%n",
                String.join(",", served), preset.name(), where, settlement.coordinatorAddress(), chainId,
                settlement.contractAddress().orElse("none"));
        out.flush();
        return new Running(server, storage, ledger);
    }

    private static CoordinatorStorage openOrClose(Supplier<CoordinatorStorage> open, EpochLedger ledger) {
        try {
            return open.get();
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
    }

    private Secret secret(PrintWriter err) {
        if (secretFile != null) {
            return Secret.fromFile(secretFile);
        }
        String fromEnvironment = environment.get(SecretSource.ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Secret.fromEnvironment(SecretSource.ENVIRONMENT_VARIABLE, environment);
        }
        err.print(Messages.errorLine(SecretSource.DEMO_WARNING));
        err.flush();
        return Secret.ofUtf8(SecretSource.DEMO_SECRET);
    }

    private SigningKey key(PrintWriter err) {
        if (keyFile != null) {
            return SigningKey.fromFile(keyFile);
        }
        String fromEnvironment = environment.get(ChainCommand.COORDINATOR_KEY_ENV);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return SigningKey.fromEnvironment(ChainCommand.COORDINATOR_KEY_ENV, environment);
        }
        err.print(Messages.errorLine(DEMO_KEY_WARNING));
        err.flush();
        return SigningKey.ofHex(DEMO_KEY);
    }

    private PGSimpleDataSource dataSource() {
        if (!state.dbUrl.startsWith("jdbc:postgresql:")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--db-url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), was '"
                            + state.dbUrl.replaceAll("password=[^&]*", "password=…") + "'");
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        try {
            dataSource.setURL(state.dbUrl);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "invalid --db-url: " + e.getMessage());
        }
        String password = null;
        if (dbPasswordFile != null) {
            try {
                password = Files.readString(dbPasswordFile, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new ConfigurationException("cannot read the database password file " + dbPasswordFile + ": "
                        + e.getMessage(), e);
            }
        } else if (environment.get(DB_PASSWORD_ENV) != null && !environment.get(DB_PASSWORD_ENV).isEmpty()) {
            password = environment.get(DB_PASSWORD_ENV);
        }
        if (password != null) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }
}
