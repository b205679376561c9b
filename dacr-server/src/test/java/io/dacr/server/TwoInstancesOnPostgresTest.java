package io.dacr.server;

import io.dacr.ledger.postgres.PostgresEpochLedger;
import io.dacr.api.reward.EpochLedger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.Attempt;
import io.dacr.api.reward.Receipt;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two coordinator instances on one PostgreSQL (a real server, started by the test): concurrent miners
 * alternate between them and race attempts at both; attempts per session, solve indexes and credits stay
 * exact. The ledger is one shared object here (the PostgreSQL ledger is tested in its own module).
 */
class TwoInstancesOnPostgresTest {

    private static final int MINERS = 4;
    private static final int SOLVES = 3;

    @RegisterExtension
    static final EmbeddedDatabase POSTGRES = new EmbeddedDatabase();

    /** Each reading moves time one millisecond on: no sleeps, and every rate interval of 1 ms has passed. */
    static final class TickingClock extends Clock {
        private final AtomicLong ticks = new AtomicLong();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return MutableClock.START.plusMillis(ticks.incrementAndGet());
        }
    }

    @Test
    void minersAlternatingBetweenInstancesGetExactAttemptsGaplessSolveIndexesAndExactCredits() throws Exception {
        TickingClock clock = new TickingClock();
        Settlement chain = Harness.settlement();
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        // Each instance has its own ledger on the one database, as separate coordinator processes would.
        try (EpochLedger ledgerA = PostgresEpochLedger.open(POSTGRES.shared(), Harness.HASHER);
             EpochLedger ledgerB = PostgresEpochLedger.open(POSTGRES.shared(), Harness.HASHER);
             CoordinatorStorage storageA = CoordinatorStorage.postgres(POSTGRES.shared());
             CoordinatorStorage storageB = CoordinatorStorage.postgres(POSTGRES.shared());
             CoordinatorServer a = instance(ledgerA, chain, storageA, clock);
             CoordinatorServer b = instance(ledgerB, chain, storageB, clock)) {
            int[] ports = {a.port(), b.port()};
            ExecutorService pool = Executors.newFixedThreadPool(MINERS * 2);
            try {
                List<CompletableFuture<Void>> miners = new ArrayList<>();
                for (int m = 0; m < MINERS; m++) {
                    int n = m;
                    miners.add(CompletableFuture.runAsync(() -> mine(new Miner(100 + n), ports, pool, statuses), pool));
                }
                for (CompletableFuture<Void> f : miners) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }

            assertTrue(statuses.stream().allMatch(s -> s < 500), "no 5xx: " + statuses);
            Map<String, List<Attempt>> bySession = storageA.attempts().readAll().attempts().stream()
                    .collect(Collectors.groupingBy(Attempt::sessionId, TreeMap::new, Collectors.toList()));
            for (Map.Entry<String, List<Attempt>> session : bySession.entrySet()) {
                List<Integer> numbers = session.getValue().stream().map(Attempt::number).sorted().toList();
                assertTrue(numbers.size() <= 3, session.getKey() + " graded " + numbers.size() + " attempts");
                for (int i = 0; i < numbers.size(); i++) {
                    assertEquals(i + 1, numbers.get(i), "attempt numbers of " + session.getKey() + ": " + numbers);
                }
            }
            for (int m = 0; m < MINERS; m++) {
                String miner = new Miner(100 + m).address();
                List<Long> indexes = ledgerA.receipts(0).stream().filter(r -> r.miner().equals(miner))
                        .map(Receipt::solveIndex).toList();
                assertEquals(List.of(0L, 1L, 2L), indexes, "solve indexes of " + miner);
                assertEquals(BigInteger.valueOf(SOLVES), ledgerB.credits(0, miner));
            }
            assertEquals(BigInteger.valueOf((long) MINERS * SOLVES), ledgerA.totalCredits(0));
        }
    }

    private static CoordinatorServer instance(EpochLedger ledger, Settlement chain, CoordinatorStorage storage, Clock clock) {
        return Harness.coordinator(ledger, chain, storage, clock)
                .challengeInterval(Duration.ofMillis(1))
                .sessionWindow(Duration.ofDays(1))
                .ipRequestsPerMinute(1_000_000)
                .build().start("127.0.0.1", 0);
    }

    /** Signs in at one instance, then alternates; each solve races four wrong attempts at both instances first. */
    private static void mine(Miner miner, int[] ports, ExecutorService pool, ConcurrentLinkedQueue<Integer> statuses) {
        miner.signIn(ports[0]);
        int request = 0;
        for (int solve = 0; solve < SOLVES; solve++) {
            Miner.Answer issued = miner.challenge(ports[request++ % 2]);
            statuses.add(issued.status());
            String id = issued.json().at("/session/challengeId").asText();
            String wrong = Harness.json(Harness.wrong(id));
            List<CompletableFuture<Miner.Answer>> race = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int port = ports[i % 2];
                String key = "race-" + solve + "-" + i;
                race.add(CompletableFuture.supplyAsync(() -> miner.submit(port, wrong, key), pool));
            }
            race.forEach(f -> statuses.add(f.join().status()));
            Miner.Answer passed;
            int tries = 0;
            do {
                Miner.Answer current = miner.challenge(ports[request++ % 2]);
                statuses.add(current.status());
                String currentId = current.json().at("/session/challengeId").asText();
                passed = miner.submit(ports[request++ % 2], Harness.json(Harness.oracle(currentId)), "pass-" + solve + "-" + tries);
                statuses.add(passed.status());
            } while (!passed.json().path("passed").asBoolean() && ++tries < 5);
            assertTrue(passed.json().path("passed").asBoolean(), passed.body());
            // The same key at the other instance: the same answer, no second attempt.
            Miner.Answer replay = miner.submit(ports[request % 2],
                    Harness.json(Harness.oracle(passed.json().get("challengeId").asText())), "pass-" + solve + "-" + tries);
            assertEquals(passed.body(), replay.body());
        }
    }
}
