package io.dacr.benchmarks;

import io.dacr.api.reward.CreditOutcome;
import io.dacr.api.reward.Receipt;
import io.dacr.core.ledger.JournalEpochLedger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.Threads;

/**
 * Credits per second into the journal ledger with group commit, 16 writer threads, every credit
 * fsynced before it counts. Each thread credits its own miner's chain.
 *
 * <ul>
 *   <li>{@code pipelined}: each writer keeps up to {@code window} credits in flight
 *       ({@link JournalEpochLedger#creditAsync}) and counts one when its future completes, i.e. when
 *       it is on the disk. This is how a coordinator with many miners' submissions feeds the ledger.</li>
 *   <li>{@code blocking}: each writer waits for every credit ({@link JournalEpochLedger#credit}); at
 *       most 16 credits share an fsync, so this measures the disk's fsync latency more than the ledger.</li>
 * </ul>
 *
 * <pre>
 * mvn -B -pl dacr-benchmarks -am package -DskipTests
 * java -jar dacr-benchmarks/target/benchmarks.jar JournalCreditBenchmark -f 1 -wi 1 -i 3 -w 3s -r 5s
 * </pre>
 * The journal is written under {@code java.io.tmpdir} (choose the disk with {@code -jvmArgs -Djava.io.tmpdir=…}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(16)
public class JournalCreditBenchmark {

    static final long EPOCH = 1;

    private Path dir;
    private JournalEpochLedger ledger;
    private final LedgerReceipts hasher = new LedgerReceipts();
    private final AtomicInteger miners = new AtomicInteger();

    /** Opens a fresh journal with epoch 1 open. */
    @Setup(Level.Iteration)
    public void open() throws IOException {
        dir = Files.createTempDirectory("dacr-journal-bench");
        ledger = JournalEpochLedger.open(dir, hasher);
        ledger.open(EPOCH, "0x" + "e".repeat(64));
    }

    /** Closes and deletes the journal. */
    @TearDown(Level.Iteration)
    public void close() throws IOException {
        ledger.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** One writer: its own miner chain and its credits in flight. */
    @State(Scope.Thread)
    public static class Writer {
        @Param({"256"})
        int window;

        LedgerReceipts.Chain chain;
        final ArrayDeque<CompletableFuture<CreditOutcome>> inFlight = new ArrayDeque<>();

        /** A new miner per writer and iteration (each iteration has a fresh journal). */
        @Setup(Level.Iteration)
        public void start(JournalCreditBenchmark bench) {
            chain = new LedgerReceipts.Chain(bench.miners.getAndIncrement(), bench.hasher);
            inFlight.clear();
        }

        /** Waits for what is still in flight, so the next iteration starts from a quiet journal. */
        @TearDown(Level.Iteration)
        public void drain() {
            while (!inFlight.isEmpty()) {
                inFlight.poll().join();
            }
        }
    }

    /**
     * @param w this thread's writer
     * @return the outcome of the oldest credit in flight once the window is full (that credit is durable)
     */
    @Benchmark
    public CreditOutcome pipelined(Writer w) {
        Receipt r = w.chain.next(EPOCH);
        w.inFlight.add(ledger.creditAsync(r));
        return w.inFlight.size() >= w.window ? w.inFlight.poll().join() : null;
    }

    /**
     * @param w this thread's writer
     * @return the outcome, once durable
     */
    @Benchmark
    public CreditOutcome blocking(Writer w) {
        return ledger.credit(w.chain.next(EPOCH));
    }
}
