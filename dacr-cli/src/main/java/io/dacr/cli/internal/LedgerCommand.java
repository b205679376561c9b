package io.dacr.cli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.LedgerException;
import io.dacr.api.reward.Allocation;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.DistributionMode;
import io.dacr.chain.Eip712ReceiptHasher;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.ledger.JournalEpochLedger;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dacr ledger}: reads and settles the embedded journal ledger that a coordinator writes. The
 * journal is opened with the receipt hasher every DACR coordinator chains receipts by, the EIP-712
 * struct hash ({@link Eip712ReceiptHasher}), so the ledger the command line opens is the same ledger
 * the coordinator and the mining contract agree on.
 */
@Command(
        name = "ledger",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {"Reads credits from, and closes epochs of, the embedded journal ledger.", ""},
        subcommands = {LedgerCommand.Credits.class, LedgerCommand.Close.class},
        footer = {
            "",
            "Examples:",
            "  dacr ledger credits --epoch 7 --dir /var/lib/dacr/ledger",
            "  dacr ledger close --epoch 7 --pool 1000000000000000000000 --mode largest-remainder --json"
        })
final class LedgerCommand implements Runnable {

    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    LedgerCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    /** {@code dacr ledger} alone is a usage error naming its commands. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command: choose one of " + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * The default ledger directory: {@code $XDG_DATA_HOME/dacr/ledger}, else on Windows
     * {@code %LOCALAPPDATA%\dacr\ledger}, on macOS {@code ~/Library/Application Support/dacr/ledger},
     * elsewhere {@code ~/.local/share/dacr/ledger}.
     */
    static Path defaultDirectory(Map<String, String> environment, String osName, String userHome) {
        String xdg = environment.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "dacr", "ledger");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") && environment.get("LOCALAPPDATA") != null) {
            return Path.of(environment.get("LOCALAPPDATA"), "dacr", "ledger");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "dacr", "ledger");
        }
        return Path.of(userHome, ".local", "share", "dacr", "ledger");
    }

    /** The options every ledger command shares. */
    static final class LedgerOptions {
        @Option(names = "--dir", paramLabel = "DIR",
                description = "The ledger directory (default: the user's data directory, e.g. ~/.local/share/dacr/ledger).")
        Path dir;

        @Option(names = "--epoch", required = true, paramLabel = "E", description = "The epoch number.")
        long epoch;

        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        JournalEpochLedger open(LedgerCommand parent) {
            Path directory = dir != null ? dir
                    : defaultDirectory(parent.environment, System.getProperty("os.name"), System.getProperty("user.home"));
            return JournalEpochLedger.open(directory, new Eip712ReceiptHasher());
        }
    }

    /** What every ledger command has: its parent (for the environment) and the shared options. */
    abstract static class LedgerSubcommand extends DacrSubcommand {

        @ParentCommand
        LedgerCommand parent;

        @Mixin
        LedgerOptions options;
    }

    /** {@code dacr ledger credits}. */
    @Command(name = "credits", sortOptions = false, usageHelpAutoWidth = true,
            description = {"Prints the credits of an epoch: every miner's, or one miner's with --miner.", ""})
    static final class Credits extends LedgerSubcommand {

        @Option(names = "--miner", paramLabel = "0x…", description = "Only this miner (a lower-case 0x address).")
        private String miner;

        @Override
        public Integer call() {
            if (miner != null && !miner.matches("0x[0-9a-f]{40}")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--miner must be 0x followed by 40 lower-case hex digits, was '" + miner + "'");
            }
            SortedMap<String, BigInteger> credits;
            BigInteger total;
            try (JournalEpochLedger ledger = options.open(parent)) {
                if (ledger.epoch(options.epoch).isEmpty()) {
                    throw new LedgerException(LedgerException.Reason.UNKNOWN_EPOCH, "epoch " + options.epoch
                            + " was never opened in the ledger " + ledger.file());
                }
                credits = ledger.creditsByMiner(options.epoch);
                total = ledger.totalCredits(options.epoch);
            }
            if (miner != null) {
                credits = new java.util.TreeMap<>(Map.of(miner, credits.getOrDefault(miner, BigInteger.ZERO)));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (options.json) {
                ObjectMapper mapper = new ObjectMapper();
                ObjectNode root = mapper.createObjectNode();
                root.put("epoch", options.epoch);
                root.put("totalCredits", total);
                ArrayNode miners = root.putArray("miners");
                credits.forEach((m, c) -> miners.addObject().put("miner", m).put("credits", c));
                out.println(root.toString());
            } else {
                out.printf(Locale.ROOT, "epoch %d: %d credits in all%n", options.epoch, total);
                credits.forEach((m, c) -> out.printf(Locale.ROOT, "%s  %s%n", m, c));
            }
            out.flush();
            return Cli.OK;
        }
    }

    /** {@code dacr ledger close}. */
    @Command(name = "close", sortOptions = false, usageHelpAutoWidth = true,
            description = {"Closes an epoch and prints how its pool is split. Closing again the same way prints "
                    + "the same split; another pool or mode is refused.", ""})
    static final class Close extends LedgerSubcommand {

        @Option(names = "--pool", required = true, paramLabel = "P",
                description = "The reward pool in token base units (a whole number of any size).")
        private BigInteger pool;

        @Option(names = "--mode", paramLabel = "MODE", defaultValue = "floor",
                description = "floor (each miner gets floor(pool x credits / total), the rest stays) or "
                        + "largest-remainder (sums exactly to the pool). Default: ${DEFAULT-VALUE}.")
        private String mode;

        @Override
        public Integer call() {
            DistributionMode distributionMode = switch (mode) {
                case "floor" -> DistributionMode.FLOOR;
                case "largest-remainder" -> DistributionMode.LARGEST_REMAINDER;
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        "--mode must be floor or largest-remainder, was '" + mode + "'");
            };
            if (pool.signum() < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--pool must not be negative, was " + pool);
            }
            Distribution d;
            try (JournalEpochLedger ledger = options.open(parent)) {
                d = ledger.closeEpoch(options.epoch, pool, distributionMode);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (options.json) {
                out.println(DacrJson.writeString(DocumentFormat.DISTRIBUTION, d));
            } else {
                out.printf(Locale.ROOT, "epoch %d closed: pool %s split %s among %d miners, %s retained%n", d.epoch(),
                        d.pool(), mode, d.allocations().size(), d.retained());
                for (Allocation a : d.allocations()) {
                    out.printf(Locale.ROOT, "%s  credits %s  amount %s%n", a.miner(), a.credits(), a.amount());
                }
            }
            out.flush();
            return Cli.OK;
        }
    }
}
