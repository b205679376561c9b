package io.dacr.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.Secret;
import io.dacr.api.reward.Epoch;
import io.dacr.api.reward.Receipt;
import io.dacr.api.reward.ReceiptHasher;
import io.dacr.chain.Eip712ReceiptHasher;
import io.dacr.core.ledger.JournalEpochLedger;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCommandTest {

    private static final String ALICE = "0x" + "a".repeat(40);
    private static final String BOB = "0x" + "b".repeat(40);
    /** What a coordinator chains receipts by, and what the command opens the journal with. */
    private static final ReceiptHasher HASHER = new Eip712ReceiptHasher();

    @TempDir
    Path dir;

    /** Epoch 7: alice 2 credits, bob 1; epoch 8 open and empty. */
    @BeforeEach
    void ledger() {
        try (JournalEpochLedger ledger = JournalEpochLedger.open(dir, HASHER)) {
            ledger.open(7, Epoch.commitmentOf(Secret.ofUtf8("ledger command test secret")));
            ledger.open(8, Epoch.commitmentOf(Secret.ofUtf8("ledger command test secret")));
            ledger.credit(receipt(ALICE, 0, Receipt.GENESIS_HASH, "c-1", 2));
            ledger.credit(receipt(BOB, 0, Receipt.GENESIS_HASH, "c-1", 1));
        }
    }

    private static Receipt receipt(String miner, long index, String previous, String challenge, long credits) {
        String h = "0x" + sha256(challenge);
        return new Receipt(miner, 7, index, previous, challenge, h, h, h, h, 1, BigInteger.valueOf(credits));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void creditsListsEveryMinerOfTheEpochByAddress() {
        CliRun run = CliRun.run("ledger", "credits", "--epoch", "7", "--dir", dir.toString());

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertEquals("epoch 7: 3 credits in all\n" + ALICE + "  2\n" + BOB + "  1\n", run.out());
    }

    @Test
    void creditsAsJsonGivesTheTotalAndEachMiner() {
        CliRun run = CliRun.run("ledger", "credits", "--epoch", "7", "--json", "--dir", dir.toString());

        assertEquals("{\"epoch\":7,\"totalCredits\":3,\"miners\":[{\"miner\":\"" + ALICE + "\",\"credits\":2},"
                + "{\"miner\":\"" + BOB + "\",\"credits\":1}]}\n", run.out());
    }

    @Test
    void creditsOfOneMinerShowsOnlyThatMiner() {
        CliRun run = CliRun.run("ledger", "credits", "--epoch", "7", "--miner", BOB, "--dir", dir.toString());

        assertEquals("epoch 7: 3 credits in all\n" + BOB + "  1\n", run.out());
    }

    @Test
    void creditsOfAnEpochNeverOpenedFail() {
        CliRun run = CliRun.run("ledger", "credits", "--epoch", "9", "--dir", dir.toString());

        assertEquals(Cli.FAILURE, run.exitCode());
        assertTrue(run.err().contains("epoch 9 was never opened"), run.err());
    }

    @Test
    void closePrintsTheDistributionWithEachMinersAmountAsJson() {
        CliRun run = CliRun.run("ledger", "close", "--epoch", "7", "--pool", "100", "--mode", "largest-remainder",
                "--json", "--dir", dir.toString());

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"allocations\":[{\"miner\":\"" + ALICE + "\",\"credits\":2,\"amount\":67},"
                + "{\"miner\":\"" + BOB + "\",\"credits\":1,\"amount\":33}]"), run.out());
        assertTrue(run.out().contains("\"retained\":0"), run.out());
    }

    @Test
    void closeInFloorModeRetainsTheRoundingRest() {
        CliRun run = CliRun.run("ledger", "close", "--epoch", "7", "--pool", "100", "--dir", dir.toString());

        assertEquals("epoch 7 closed: pool 100 split floor among 2 miners, 1 retained\n"
                + ALICE + "  credits 2  amount 66\n" + BOB + "  credits 1  amount 33\n", run.out());
    }

    @Test
    void closingAgainInAnotherModeFails() {
        CliRun.run("ledger", "close", "--epoch", "7", "--pool", "100", "--dir", dir.toString());

        CliRun run = CliRun.run("ledger", "close", "--epoch", "7", "--pool", "100", "--mode", "largest-remainder",
                "--dir", dir.toString());

        assertEquals(Cli.FAILURE, run.exitCode());
        assertTrue(run.err().contains("cannot be closed again"), run.err());
    }

    @Test
    void anUnknownModeIsAUsageError() {
        CliRun run = CliRun.run("ledger", "close", "--epoch", "7", "--pool", "100", "--mode", "fair", "--dir", dir.toString());

        assertEquals(Cli.USAGE, run.exitCode());
        assertTrue(run.err().contains("--mode must be floor or largest-remainder"), run.err());
    }

    @Test
    void theDefaultDirectoryFollowsXdgDataHome() {
        assertEquals(Path.of("/data", "dacr", "ledger"),
                LedgerCommand.defaultDirectory(Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/u"));
    }

    @Test
    void theDefaultDirectoryOnLinuxIsUnderLocalShare() {
        assertEquals(Path.of("/home/u", ".local", "share", "dacr", "ledger"),
                LedgerCommand.defaultDirectory(Map.of(), "Linux", "/home/u"));
    }
}
