package io.dacr.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dacr.api.Secret;
import io.dacr.api.reward.Epoch;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code dacr chain}: keys only from files or the environment; a whole epoch run against the Hardhat node. */
class ChainCommandTest {

    /** Hardhat's development account #0 (public knowledge, development only). */
    private static final String OWNER_KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    private static final String COORDINATOR = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
    private static final String MINER = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc";
    /** A 16-byte epoch secret, given as hex the way a coordinator's binary secrets are. */
    private static final String SECRET_HEX = "00112233445566778899aabbccddeeff";

    private static CliRun run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(TestProviders::none, environment, () -> false, new PrintWriter(out), new PrintWriter(err))
                .execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void aKeyCannotBeGivenOnTheCommandLine() {
        CliRun run = run(Map.of(), "chain", "deploy", "--rpc", "http://127.0.0.1:9", "--coordinator", COORDINATOR,
                "--key", OWNER_KEY);
        assertEquals(Cli.USAGE, run.exitCode(), run.err());
    }

    @Test
    void anUnreachableNodeIsOneErrorLineAndExitCode1() {
        CliRun run = run(Map.of(), "chain", "credits", "--rpc", "http://127.0.0.1:9", "--contract", "0x" + "5f".repeat(20),
                "--epoch", "1", "--miner", MINER);
        assertEquals(Cli.FAILURE, run.exitCode(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("127.0.0.1:9"), run.err());
    }

    @Test
    void deployCommitFundReadCreditsAndRevealOnALocalNode() {
        String rpc = System.getProperty("dacr.chain.rpc", "");
        assumeTrue(!rpc.isEmpty(), "skipped: no Hardhat node configured (-Ddacr.chain.rpc); scripts/test.sh starts one");
        Map<String, String> env = Map.of(ChainCommand.KEY_ENV, OWNER_KEY, ChainCommand.SECRET_ENV, "0x" + SECRET_HEX);

        CliRun deploy = run(env, "chain", "deploy", "--rpc", rpc, "--coordinator", COORDINATOR);
        assertEquals(Cli.OK, deploy.exitCode(), deploy.err());
        String contract = deploy.out().strip();
        assertTrue(contract.matches("0x[0-9a-f]{40}"), contract);

        CliRun commit = run(env, "chain", "commit", "--rpc", rpc, "--contract", contract, "--epoch", "1");
        assertEquals(Cli.OK, commit.exitCode(), commit.err());
        assertTrue(commit.out().contains(Epoch.commitmentOf(Secret.ofBytes(HexFormat.of().parseHex(SECRET_HEX)))),
                commit.out());
        CliRun fund = run(env, "chain", "fund", "--rpc", rpc, "--contract", contract, "--epoch", "1", "--amount", "1000");
        assertEquals(Cli.OK, fund.exitCode(), fund.err());

        CliRun credits = run(Map.of(), "chain", "credits", "--rpc", rpc, "--contract", contract, "--epoch", "1", "--miner", MINER);
        assertEquals(Cli.OK, credits.exitCode(), credits.err());
        assertEquals("epoch 1: " + MINER + " has 0 of 0 credits", credits.out().strip());

        CliRun reveal = run(env, "chain", "reveal", "--rpc", rpc, "--contract", contract, "--epoch", "1", "--close");
        assertEquals(Cli.OK, reveal.exitCode(), reveal.err());
    }

    @Test
    void anEpochSecretShorterThanSixteenBytesIsRefusedBeforeTheNodeIsContacted() {
        Map<String, String> env = Map.of(ChainCommand.KEY_ENV, OWNER_KEY, ChainCommand.SECRET_ENV, "0x0123456789abcdef");

        CliRun run = run(env, "chain", "commit", "--rpc", "http://127.0.0.1:9", "--contract", "0x" + "5f".repeat(20),
                "--epoch", "1");

        assertEquals(Cli.FAILURE, run.exitCode(), run.err());
        assertTrue(run.err().contains("too short") && !run.err().contains("0123456789abcdef"), run.err());
    }

    @Test
    void aRevertIsReportedWithTheContractsCustomError() {
        String rpc = System.getProperty("dacr.chain.rpc", "");
        assumeTrue(!rpc.isEmpty(), "skipped: no Hardhat node configured (-Ddacr.chain.rpc); scripts/test.sh starts one");
        Map<String, String> env = Map.of(ChainCommand.KEY_ENV, OWNER_KEY);
        String contract = run(env, "chain", "deploy", "--rpc", rpc, "--coordinator", COORDINATOR).out().strip();

        CliRun fund = run(env, "chain", "fund", "--rpc", rpc, "--contract", contract, "--epoch", "9", "--amount", "1");

        assertEquals(Cli.FAILURE, fund.exitCode(), fund.err());
        assertTrue(fund.err().contains("EpochNotOpen(9)"), fund.err());
    }
}
