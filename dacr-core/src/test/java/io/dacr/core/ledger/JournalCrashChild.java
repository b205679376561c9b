package io.dacr.core.ledger;

import io.dacr.api.Secret;
import io.dacr.api.reward.CreditOutcome;
import io.dacr.api.reward.Epoch;
import io.dacr.api.reward.Receipt;
import io.dacr.testkit.ReceiptChain;
import io.dacr.testkit.TestReceiptHasher;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link JournalCrashTest} kills: credits the deterministic receipt chains of
 * {@link #MINERS} miners, one thread per miner, and prints {@code ack <miner> <index> <outcome>} after
 * each {@code credit} returns. Arguments: the ledger directory, then each miner's first solve index.
 */
public final class JournalCrashChild {

    /** How many miners credit concurrently. */
    static final int MINERS = 8;
    /** The epoch credited. */
    static final long EPOCH = 1;
    /** The commitment of the epoch. */
    static final String COMMITMENT = Epoch.commitmentOf(Secret.ofUtf8("crash test epoch secret, not secret"));
    /** More receipts than any run credits, so every run ends by being killed. */
    static final int CHAIN_LENGTH = 1_000_000;

    private JournalCrashChild() {
    }

    /** @return miner {@code m}'s address */
    static String miner(int m) {
        return ReceiptChain.address("crash-miner-" + m);
    }

    /** @return the credits of solve {@code k} */
    static long credits(int k) {
        return 1 + k % 5;
    }

    /**
     * @param args the ledger directory, then the first solve index of each miner
     * @throws Exception when anything fails: the parent sees the exit code and stderr
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        TestReceiptHasher hasher = new TestReceiptHasher();
        try (JournalEpochLedger ledger = JournalEpochLedger.open(Path.of(args[0]), hasher)) {
            if (ledger.epoch(EPOCH).isEmpty()) {
                ledger.open(EPOCH, COMMITMENT);
            }
            synchronized (out) {
                out.println("ready " + ledger.recovery().records() + " " + ledger.recovery().truncatedBytes());
                out.flush();
            }
            List<Thread> threads = new ArrayList<>();
            for (int m = 0; m < MINERS; m++) {
                int miner = m;
                long start = Long.parseLong(args[1 + m]);
                Thread t = new Thread(() -> creditChain(ledger, hasher, miner, start, out), "miner-" + m);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
        }
    }

    private static void creditChain(JournalEpochLedger ledger, TestReceiptHasher hasher, int miner, long start,
                                    PrintStream out) {
        ReceiptChain chain = new ReceiptChain(miner(miner), hasher);
        List<Receipt> credited = new ArrayList<>();
        for (int k = 0; k < CHAIN_LENGTH; k++) {
            Receipt r = chain.next(EPOCH, "challenge-" + miner + "-" + k, credits(k));
            if (k < start) {
                continue;
            }
            CreditOutcome outcome = ledger.credit(r);
            credited.add(r);
            synchronized (out) {
                out.println("ack " + miner + " " + k + " " + outcome);
                out.flush();
            }
            if (k % 7 == 0 && credited.size() > 3) {
                // Retrying an old receipt must change nothing.
                CreditOutcome again = ledger.credit(credited.get(credited.size() - 3));
                if (again != CreditOutcome.DUPLICATE_RECEIPT) {
                    throw new IllegalStateException("a retried receipt was " + again);
                }
            }
        }
    }
}
