package io.dacr.benchmarks;

import io.dacr.api.reward.CreditOutcome;
import io.dacr.core.ledger.JournalEpochLedger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Time to open a journal of 1,000,000 credit records (1,000 miners; about 380 MB): read, checksum and
 * replay every record, warm page cache. The journal is written once per trial.
 *
 * <pre>
 * mvn -B -pl dacr-benchmarks -am package -DskipTests
 * java -jar dacr-benchmarks/target/benchmarks.jar JournalRecoveryBenchmark -f 1 -wi 2 -i 5 -jvmArgs -Xmx2g
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JournalRecoveryBenchmark {

    private static final int MINERS = 1000;

    @Param({"1000000"})
    int records;

    private Path dir;

    /** Writes the journal: epoch 1 and {@code records} credits, pipelined. */
    @Setup(Level.Trial)
    public void write() throws IOException {
        dir = Files.createTempDirectory("dacr-recovery-bench");
        LedgerReceipts hasher = new LedgerReceipts();
        try (JournalEpochLedger ledger = JournalEpochLedger.open(dir, hasher)) {
            ledger.open(1, "0x" + "e".repeat(64));
            List<LedgerReceipts.Chain> chains = new ArrayList<>();
            for (int m = 0; m < MINERS; m++) {
                chains.add(new LedgerReceipts.Chain(m, hasher));
            }
            ArrayDeque<CompletableFuture<CreditOutcome>> inFlight = new ArrayDeque<>();
            for (int i = 0; i < records - 1; i++) {
                inFlight.add(ledger.creditAsync(chains.get(i % MINERS).next(1)));
                if (inFlight.size() >= 4096) {
                    inFlight.poll().join();
                }
            }
            inFlight.forEach(CompletableFuture::join);
        }
    }

    /** Deletes the journal. */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** @return the records replayed (1,000,000: the epoch and the credits) */
    @Benchmark
    public long recover() {
        try (JournalEpochLedger ledger = JournalEpochLedger.open(dir, new LedgerReceipts())) {
            return ledger.recovery().records();
        }
    }
}
