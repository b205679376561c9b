package io.dacr.cli.internal;

import io.dacr.api.ChainException;
import io.dacr.api.Secret;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Receipt;
import io.dacr.api.spi.ChainConfig;
import io.dacr.api.spi.ChainConnector;
import io.dacr.chain.Eip712Domain;
import io.dacr.chain.Eip712ReceiptHasher;
import io.dacr.chain.EpochSecrets;
import io.dacr.chain.MerkleDistributionTree;
import io.dacr.chain.MiningContract;
import io.dacr.chain.ReceiptSignatures;
import io.dacr.chain.SigningKey;
import io.dacr.chain.internal.Web3jChainProvider;
import io.dacr.core.json.DocumentFormat;
import io.dacr.server.Coordinator;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dacr chain}: drives the DACR mining contract on an EVM chain through the web3j connector.
 * Keys (the sender's, the coordinator's) and epoch secrets come from files or environment variables,
 * never from the command line, and are never printed.
 */
@Command(
        name = "chain",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Deploys the mining contract and runs epochs on it: commit, submit receipts, fund, reveal, finalize, claim, "
                    + "read credits.",
            "",
            "Keys come from a file or an environment variable, never from the command line: the sending account's "
                    + "from --key-file or " + ChainCommand.KEY_ENV + ", the coordinator's (to sign receipts) from "
                    + "--coordinator-key-file or " + ChainCommand.COORDINATOR_KEY_ENV + ", an epoch secret from "
                    + "--secret-file or " + ChainCommand.SECRET_ENV + ", or derived from the secret 'dacr serve' runs "
                    + "on with --coordinator-secret-file.",
            ""
        },
        subcommands = {ChainCommand.Deploy.class, ChainCommand.Commit.class, ChainCommand.Reveal.class,
            ChainCommand.Fund.class, ChainCommand.Submit.class, ChainCommand.Finalize.class, ChainCommand.Claim.class,
            ChainCommand.Credits.class},
        footer = {
            "",
            "Example (a local Hardhat node):",
            "  DACR_CHAIN_KEY=... dacr chain deploy --rpc http://127.0.0.1:8545 --coordinator 0x70997970c51812dc3a010c7d01b50e0d17dc79c8",
            "  dacr chain credits --rpc http://127.0.0.1:8545 --contract 0x5fbdb2315678afecb367f032d93f642f64180aa3 "
                    + "--epoch 1 --miner 0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc"
        })
final class ChainCommand implements Runnable {

    /** The environment variable that may hold the sending account's key. */
    static final String KEY_ENV = "DACR_CHAIN_KEY";
    /** The environment variable that may hold the coordinator's key. */
    static final String COORDINATOR_KEY_ENV = "DACR_COORDINATOR_KEY";
    /** The environment variable that may hold an epoch secret ({@code 0x}-hex bytes, or text). */
    static final String SECRET_ENV = "DACR_EPOCH_SECRET";

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing chain command: choose one of " + String.join(", ", spec.subcommands().keySet()));
    }

    /** Where the node is, and whose key sends. */
    static final class Connection {
        @Option(names = "--rpc", required = true, paramLabel = "URL", description = "The node's JSON-RPC URL.")
        URI rpc;

        @Option(names = "--chain-id", defaultValue = "31337", paramLabel = "ID",
                description = "The chain id the node must report (default: ${DEFAULT-VALUE}, a local Hardhat node).")
        long chainId;

        @Option(names = "--key-file", paramLabel = "FILE",
                description = "The sending account's private key (hex) in FILE; else the variable " + KEY_ENV + ".")
        Path keyFile;

        SigningKey sender(Map<String, String> environment) {
            if (keyFile != null) {
                return SigningKey.fromFile(keyFile);
            }
            return SigningKey.fromEnvironment(KEY_ENV, environment);
        }

        /** A connector; without a key source it can read but not send. */
        ChainConnector connect(String contract, Map<String, String> environment, boolean needsKey) {
            TreeMap<String, String> options = new TreeMap<>();
            if (keyFile != null) {
                options.put(Web3jChainProvider.KEY_FILE, keyFile.toString());
            } else if (needsKey || environment.containsKey(KEY_ENV)) {
                options.put(Web3jChainProvider.KEY_ENV, KEY_ENV);
            }
            return new Web3jChainProvider(environment).connect(new ChainConfig(rpc, chainId, contract, options));
        }
    }

    /** Common to every chain command: the connection to the node, and the environment its keys may come from. */
    abstract static class NodeCommand extends DacrSubcommand {
        @Mixin
        Connection connection;

        Map<String, String> environment = System.getenv();
    }

    /** Common to the commands that talk to a deployed contract. */
    abstract static class ContractCommand extends NodeCommand {
        @Option(names = "--contract", required = true, paramLabel = "ADDRESS", description = "The mining contract's address.")
        String contract;

        /** A connector that can send (with the sender's key). */
        ChainConnector connect() {
            return connection.connect(contract(), environment, true);
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        String contract() {
            return contract.toLowerCase(java.util.Locale.ROOT);
        }

        void print(String line) {
            out().println(line);
            out().flush();
        }
    }

    /** Common to the contract commands about one epoch. */
    abstract static class EpochCommand extends ContractCommand {
        @Option(names = "--epoch", required = true, paramLabel = "N", description = "The epoch.")
        long epoch;
    }

    /**
     * Epoch secrets: the epoch secret itself from a file or the environment, as hex or as UTF-8 text; or
     * derived from the secret {@code dacr serve} runs on, as the coordinator derives its epoch secrets.
     */
    static final class SecretOption {
        @Option(names = "--secret-file", paramLabel = "FILE",
                description = "The epoch secret in FILE (0x-hex, else its UTF-8 text); else the variable " + SECRET_ENV + ".")
        Path file;

        @Option(names = "--coordinator-secret-file", paramLabel = "FILE",
                description = "Instead of the epoch secret: the secret 'dacr serve' runs on (the file it was given with "
                        + "--secret-file); the epoch's secret is derived from it exactly as the coordinator derives it, "
                        + "so the contract gets the commitment the coordinator publishes.")
        Path coordinatorFile;

        /**
         * The secret: {@code 0x}-hex text is its bytes (a coordinator's derived epoch secrets are
         * binary), any other text its UTF-8 bytes with surrounding whitespace removed, as
         * {@link Secret#fromFile} reads it. At least {@value Secret#MIN_BYTES} bytes either way. With
         * {@code --coordinator-secret-file}, the file is read as {@code dacr serve} reads it and the epoch's
         * secret is {@link Coordinator#epochSecret derived} from it.
         *
         * @param commandLine the command, for usage errors
         * @param environment the process environment, where {@value ChainCommand#SECRET_ENV} may be
         * @param epoch the epoch whose secret it is
         * @return the epoch secret
         * @throws CommandLine.ParameterException if both files are given, or a negative epoch with the coordinator's
         * @throws io.dacr.api.DacrException if a file cannot be read, or the secret is too short
         */
        Secret read(CommandLine commandLine, Map<String, String> environment, long epoch) {
            if (coordinatorFile != null) {
                if (file != null) {
                    throw new CommandLine.ParameterException(commandLine, "give the epoch secret (--secret-file) or "
                            + "the secret 'dacr serve' runs on (--coordinator-secret-file), not both");
                }
                if (epoch < 0) {
                    throw new CommandLine.ParameterException(commandLine, "--epoch must not be negative, was " + epoch);
                }
                return Coordinator.epochSecret(Secret.fromFile(coordinatorFile), epoch);
            }
            String text;
            String source;
            if (file != null) {
                source = "the secret file " + file;
                try {
                    text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8).strip();
                } catch (IOException e) {
                    throw new ChainException(ChainException.Reason.CONFIGURATION, "cannot read " + source, e);
                }
            } else {
                source = "the variable " + SECRET_ENV;
                text = environment.get(SECRET_ENV);
                if (text == null || text.isEmpty()) {
                    throw new ChainException(ChainException.Reason.CONFIGURATION,
                            "no epoch secret: give --secret-file FILE, set " + SECRET_ENV + ", or give the secret "
                                    + "'dacr serve' runs on with --coordinator-secret-file FILE", null);
                }
            }
            try {
                return text.matches("0x([0-9a-fA-F]{2})+")
                        ? Secret.ofBytes(HexFormat.of().parseHex(text, 2, text.length()))
                        : Secret.ofUtf8(text);
            } catch (IllegalArgumentException e) {
                // The message states lengths only, never the secret.
                throw new ChainException(ChainException.Reason.CONFIGURATION,
                        "the epoch secret in " + source + " is too short: " + e.getMessage(), null);
            }
        }
    }

    @Command(name = "deploy", description = "Deploys a new mining contract (the sender becomes its owner) and prints its address.")
    static final class Deploy extends NodeCommand {
        @Option(names = "--coordinator", required = true, paramLabel = "ADDRESS",
                description = "The address whose receipt signatures the contract accepts.")
        String coordinator;

        @Override
        public Integer call() {
            String address = MiningContract.deploy(connection.rpc, connection.chainId, connection.sender(environment),
                    coordinator.toLowerCase(java.util.Locale.ROOT));
            spec.commandLine().getOut().println(address);
            spec.commandLine().getOut().flush();
            return Cli.OK;
        }
    }

    @Command(name = "commit", description = "Opens an epoch, committing to SHA-256 of its secret; prints the commitment.")
    static final class Commit extends ContractCommand {
        @Option(names = "--epoch", required = true, paramLabel = "N", description = "The epoch to open.")
        long epoch;

        @Mixin
        SecretOption secret;

        @Override
        public Integer call() {
            String commitment = EpochSecrets.commitment(secret.read(spec.commandLine(), environment, epoch));
            try (ChainConnector chain = connect()) {
                String tx = chain.commitEpoch(epoch, commitment);
                print("epoch " + epoch + " committed to " + commitment + " (transaction " + tx + ")");
            }
            return Cli.OK;
        }
    }

    @Command(name = "reveal", description = "Closes the epoch if still open and reveals its secret.")
    static final class Reveal extends EpochCommand {
        @Mixin
        SecretOption secret;

        @Option(names = "--close", description = "Close the epoch first (it must be open).")
        boolean close;

        @Override
        public Integer call() {
            String hex = EpochSecrets.hex(secret.read(spec.commandLine(), environment, epoch));
            try (ChainConnector chain = connect()) {
                if (close) {
                    chain.closeEpoch(epoch);
                }
                print("epoch " + epoch + " revealed (transaction " + chain.revealEpoch(epoch, hex) + ")");
            }
            return Cli.OK;
        }
    }

    @Command(name = "fund", description = "Adds native tokens (base units, e.g. wei) to an epoch's reward pool.")
    static final class Fund extends EpochCommand {
        @Option(names = "--amount", required = true, paramLabel = "UNITS", description = "The amount in base units.")
        BigInteger amount;

        @Override
        public Integer call() {
            try (ChainConnector chain = connect()) {
                print("epoch " + epoch + " funded with " + amount + " (transaction " + chain.fundEpoch(epoch, amount) + ")");
            }
            return Cli.OK;
        }
    }

    @Command(name = "submit", description = "Signs receipts with the coordinator key and submits them, one line each.")
    static final class Submit extends ContractCommand {
        @Option(names = "--receipts", required = true, paramLabel = "R.jsonl", description = "Receipts, one JSON object per line.")
        Path receipts;

        @Option(names = "--coordinator-key-file", paramLabel = "FILE",
                description = "The coordinator's private key (hex) in FILE; else the variable " + COORDINATOR_KEY_ENV + ".")
        Path coordinatorKeyFile;

        @Override
        public Integer call() {
            SigningKey coordinator = coordinatorKeyFile != null ? SigningKey.fromFile(coordinatorKeyFile)
                    : SigningKey.fromEnvironment(COORDINATOR_KEY_ENV, environment);
            Eip712Domain domain = Eip712Domain.dacrMining(connection.chainId, contract());
            Eip712ReceiptHasher hasher = new Eip712ReceiptHasher();
            try (ChainConnector chain = connect();
                 JsonLinesFile<Receipt> lines = JsonLinesFile.open(receipts, DocumentFormat.RECEIPT)) {
                for (Receipt r = lines.next(); r != null; r = lines.next()) {
                    String tx = chain.submitReceipt(r, ReceiptSignatures.sign(r, domain, coordinator));
                    print("receipt " + hasher.hash(r) + " of " + r.miner() + " credited " + r.credits() + " (transaction " + tx + ")");
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "finalize", description = "Settles an epoch: FLOOR (direct claims) or LARGEST_REMAINDER (the Merkle root of a distribution).")
    static final class Finalize extends EpochCommand {
        @Option(names = "--mode", required = true, paramLabel = "MODE", converter = DistributionModeConverter.class,
                description = "How the epoch is settled: " + DistributionModeConverter.CHOICES + ".")
        DistributionMode mode;

        @Option(names = "--distribution", paramLabel = "D.json",
                description = "For LARGEST_REMAINDER: the epoch's distribution (as the ledger writes it); its Merkle root is published.")
        Path distribution;

        @Option(names = "--close", description = "Close the epoch first (it must be open).")
        boolean close;

        @Override
        public Integer call() {
            String root = null;
            BigInteger total = null;
            if (mode == DistributionMode.LARGEST_REMAINDER) {
                if (distribution == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "LARGEST_REMAINDER needs --distribution");
                }
                MerkleDistributionTree tree = MerkleDistributionTree.of(readDistribution(distribution, epoch));
                root = tree.root();
                // The contract pays at most the tree's total and retains the rest of the epoch's pool.
                total = tree.total();
            }
            try (ChainConnector chain = connect()) {
                if (close) {
                    chain.closeEpoch(epoch);
                }
                String tx = chain.finalizeEpoch(epoch, mode, root, total);
                print("epoch " + epoch + " finalized " + mode + (root == null ? "" : " with root " + root + " paying " + total)
                        + " (transaction " + tx + ")");
            }
            return Cli.OK;
        }
    }

    @Command(name = "claim", description = "Claims rewards: the sender's FLOOR shares of --epoch, or with --distribution an "
            + "account's LARGEST_REMAINDER amount by Merkle proof.")
    static final class Claim extends ContractCommand {
        @Option(names = "--epoch", required = true, arity = "1..*", paramLabel = "N", description = "The epoch(s).")
        List<Long> epochs;

        @Option(names = "--distribution", paramLabel = "D.json",
                description = "Claim by Merkle proof from this LARGEST_REMAINDER distribution (one epoch).")
        Path distribution;

        @Option(names = "--account", paramLabel = "ADDRESS",
                description = "With --distribution: whose amount to claim (default: the sender).")
        String account;

        @Override
        public Integer call() {
            try (ChainConnector chain = connect()) {
                if (distribution == null) {
                    print("claimed epochs " + epochs + " (transaction " + chain.claim(epochs) + ")");
                    return Cli.OK;
                }
                if (epochs.size() != 1) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "a Merkle claim names exactly one --epoch");
                }
                MerkleDistributionTree tree = MerkleDistributionTree.of(readDistribution(distribution, epochs.get(0)));
                String who = account != null ? account.toLowerCase(java.util.Locale.ROOT) : chain.senderAddress();
                BigInteger amount = tree.amount(who);
                String tx = chain.claimMerkle(epochs.get(0), who, amount, tree.proof(who));
                print("claimed " + amount + " for " + who + " in epoch " + epochs.get(0) + " (transaction " + tx + ")");
            }
            return Cli.OK;
        }
    }

    @Command(name = "credits", description = "Prints a miner's credits and the epoch's total.")
    static final class Credits extends EpochCommand {
        @Option(names = "--miner", required = true, paramLabel = "ADDRESS", description = "The miner's address.")
        String miner;

        @Override
        public Integer call() {
            try (ChainConnector chain = connection.connect(contract(), environment, false)) {
                String who = miner.toLowerCase(java.util.Locale.ROOT);
                print("epoch " + epoch + ": " + who + " has " + chain.credits(epoch, who) + " of " + chain.totalCredits(epoch)
                        + " credits");
            }
            return Cli.OK;
        }
    }

    /** Reads the one distribution a file holds and checks it is the epoch's. */
    static Distribution readDistribution(Path file, long epoch) {
        try (JsonLinesFile<Distribution> lines = JsonLinesFile.open(file, DocumentFormat.DISTRIBUTION)) {
            Distribution d = lines.next();
            if (d == null) {
                throw new ChainException(ChainException.Reason.CONFIGURATION, file + " holds no distribution", null);
            }
            if (d.epoch() != epoch) {
                throw new ChainException(ChainException.Reason.CONFIGURATION,
                        file + " is the distribution of epoch " + d.epoch() + ", not of epoch " + epoch, null);
            }
            return d;
        }
    }
}
