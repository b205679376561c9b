package io.dacr.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.reward.CreditOutcome;
import io.dacr.api.reward.Receipt;
import io.dacr.testkit.ReceiptChain;
import io.dacr.testkit.TestReceiptHasher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that is crediting receipts with SIGKILL, again and again, and checks that no
 * acknowledged credit is ever lost or counted twice. The child ({@link JournalCrashChild}) prints an
 * ack after each credit returns; the parent kills it after a seeded-random number of acks (sometimes
 * before it even recovered), restarts it from the acknowledged chain heads, and at the end reads the
 * journal back.
 */
class JournalCrashTest {

    private static final int KILLS = Integer.getInteger("dacr.crashTest.kills", 55);
    private static final long SEED = 20_261_122L;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 240, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyAcknowledgedCreditSurvivesRepeatedKillsExactlyOnce() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        long[] acked = new long[JournalCrashChild.MINERS];
        Arrays.fill(acked, -1);
        Path ledgerDir = dir.resolve("ledger");
        Path stderr = dir.resolve("child-stderr.txt");
        long tornTails = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            int killAfter = random.nextInt(-1, 150);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                    "-cp", System.getProperty("java.class.path"), JournalCrashChild.class.getName(), ledgerDir.toString()));
            for (long a : acked) {
                command.add(Long.toString(a + 1));
            }
            Process child = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                int acks = 0;
                String line;
                while (acks <= killAfter && (line = out.readLine()) != null) {
                    String[] words = line.split(" ");
                    if (words[0].equals("ready")) {
                        tornTails += Long.parseLong(words[2]) > 0 ? 1 : 0;
                        if (killAfter == 0) {
                            break;
                        }
                    } else if (words[0].equals("ack")) {
                        int miner = Integer.parseInt(words[1]);
                        long index = Long.parseLong(words[2]);
                        assertEquals(acked[miner] + 1, index, "miner " + miner + " acks its chain in order");
                        CreditOutcome outcome = CreditOutcome.valueOf(words[3]);
                        assertTrue(outcome == CreditOutcome.CREDITED || outcome == CreditOutcome.DUPLICATE_RECEIPT, line);
                        acked[miner] = index;
                        acks++;
                    }
                }
                child.destroyForcibly();
                assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the killed child ends");
            }
            assertChildDidNotFail(child, stderr);
        }

        TestReceiptHasher hasher = new TestReceiptHasher();
        try (JournalEpochLedger ledger = JournalEpochLedger.open(ledgerDir, hasher)) {
            List<Receipt> receipts = ledger.receipts(JournalCrashChild.EPOCH);
            Set<String> hashes = new HashSet<>();
            receipts.forEach(r -> assertTrue(hashes.add(hasher.hash(r)), "credited once: " + r));
            BigInteger total = BigInteger.ZERO;
            for (int m = 0; m < JournalCrashChild.MINERS; m++) {
                String miner = JournalCrashChild.miner(m);
                List<Receipt> chain = receipts.stream().filter(r -> r.miner().equals(miner)).toList();
                assertTrue(chain.size() >= acked[m] + 1, "miner " + m + ": " + chain.size() + " receipts, "
                        + (acked[m] + 1) + " acknowledged");
                ReceiptChain expected = new ReceiptChain(miner, hasher);
                BigInteger credits = BigInteger.ZERO;
                for (int k = 0; k < chain.size(); k++) {
                    assertEquals(expected.next(JournalCrashChild.EPOCH, "challenge-" + m + "-" + k,
                            JournalCrashChild.credits(k)), chain.get(k), "miner " + m + " receipt " + k);
                    credits = credits.add(BigInteger.valueOf(JournalCrashChild.credits(k)));
                }
                assertEquals(credits, ledger.credits(JournalCrashChild.EPOCH, miner), "credits of miner " + m);
                total = total.add(credits);
            }
            assertEquals(total, ledger.totalCredits(JournalCrashChild.EPOCH));
        }
        System.out.printf("crash test: %d kills, %d acknowledged credits, %d torn tails repaired%n", KILLS,
                Arrays.stream(acked).map(a -> a + 1).sum(), tornTails);
    }

    /** A child killed by us exits with 137 (SIGKILL); any other exit is a failure of the child itself. */
    private static void assertChildDidNotFail(Process child, Path stderr) throws IOException {
        String errors = Files.exists(stderr) ? Files.readString(stderr, StandardCharsets.UTF_8) : "";
        assertTrue(errors.isBlank(), "the child wrote to stderr:\n" + errors);
        assertEquals(137, child.exitValue(), "the child was killed, it did not stop by itself");
    }
}
