package io.dacr.ledger.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.LedgerException;
import io.dacr.api.Secret;
import io.dacr.api.reward.CreditOutcome;
import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Epoch;
import io.dacr.api.reward.Receipt;
import io.dacr.testkit.ReceiptChain;
import io.dacr.testkit.TestReceiptHasher;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Several ledger instances on one database, and the schema's versioning. */
class PostgresSharingTest {

    private static final String COMMITMENT = Epoch.commitmentOf(Secret.ofUtf8("postgres sharing test secret"));

    private final TestReceiptHasher hasher = new TestReceiptHasher();

    @Test
    void instancesCreditingTheSameReceiptsConcurrentlyCreditEachOnce() throws Exception {
        DataSource db = TestDatabase.freshSchema("sharing");
        List<PostgresEpochLedger> instances = List.of(PostgresEpochLedger.open(db, hasher),
                PostgresEpochLedger.open(db, hasher), PostgresEpochLedger.open(db, hasher));
        instances.get(0).open(3, COMMITMENT);
        List<Receipt> receipts = new ArrayList<>();
        long expected = 0;
        for (int m = 0; m < 3; m++) {
            ReceiptChain chain = new ReceiptChain(ReceiptChain.address("shared-" + m), hasher);
            for (int i = 0; i < 8; i++) {
                receipts.add(chain.next(3, "c-" + i, 1 + i));
                expected += 1 + i;
            }
        }
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<CreditOutcome>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                PostgresEpochLedger ledger = instances.get(t % instances.size());
                futures.add(pool.submit(() -> {
                    start.await();
                    List<CreditOutcome> outcomes = new ArrayList<>();
                    for (Receipt r : receipts) {
                        outcomes.add(ledger.credit(r));
                    }
                    return outcomes;
                }));
            }
            start.countDown();
            List<List<CreditOutcome>> all = new ArrayList<>();
            for (Future<List<CreditOutcome>> f : futures) {
                all.add(f.get(120, TimeUnit.SECONDS));
            }
            for (int i = 0; i < receipts.size(); i++) {
                int index = i;
                assertEquals(1, all.stream().filter(o -> o.get(index) == CreditOutcome.CREDITED).count(), "receipt " + i);
            }
        } finally {
            pool.shutdownNow();
        }
        for (PostgresEpochLedger ledger : instances) {
            assertEquals(BigInteger.valueOf(expected), ledger.totalCredits(3));
        }
        assertEquals(receipts.size(), count(db, "select count(*) from dacr_receipt"));
    }

    @Test
    void aCloseByOneInstanceStopsCreditsThroughAnother() {
        DataSource db = TestDatabase.freshSchema("close");
        PostgresEpochLedger first = PostgresEpochLedger.open(db, hasher);
        PostgresEpochLedger second = PostgresEpochLedger.open(db, hasher);
        first.open(3, COMMITMENT);
        first.closeEpoch(3, BigInteger.TEN, DistributionMode.FLOOR);

        LedgerException e = assertThrows(LedgerException.class,
                () -> second.credit(new ReceiptChain(ReceiptChain.address("late"), hasher).next(3, "c-1", 1)));
        assertEquals(LedgerException.Reason.EPOCH_NOT_OPEN, e.reason());
    }

    @Test
    void theSchemaRecordsItsVersionAndIsMigratedOnce() throws SQLException {
        DataSource db = TestDatabase.freshSchema("versions");
        PostgresEpochLedger.open(db, hasher);
        PostgresEpochLedger.open(db, hasher);

        assertEquals(1, count(db, "select count(*) from dacr_schema_version"));
        assertEquals(PostgresEpochLedger.SCHEMA_VERSION, count(db, "select max(version) from dacr_schema_version"));
    }

    @Test
    void aSchemaNewerThanThisCodeIsRefused() throws SQLException {
        DataSource db = TestDatabase.freshSchema("newer");
        PostgresEpochLedger.open(db, hasher);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into dacr_schema_version (version, description) values (999, 'from the future')");
        }

        LedgerException e = assertThrows(LedgerException.class, () -> PostgresEpochLedger.open(db, hasher));
        assertTrue(e.getMessage().contains("999"), e.getMessage());
    }

    @Test
    void theDatabaseRefusesASecondCreditOfAChallengeEvenWithoutTheLedger() throws SQLException {
        DataSource db = TestDatabase.freshSchema("constraints");
        PostgresEpochLedger ledger = PostgresEpochLedger.open(db, hasher);
        ledger.open(3, COMMITMENT);
        ledger.credit(new ReceiptChain(ReceiptChain.address("direct"), hasher).next(3, "c-1", 1));

        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.execute("insert into dacr_receipt "
                    + "select nextval('dacr_receipt_seq_seq'), '0x" + "ab".repeat(32) + "', miner, epoch, solve_index + 1, "
                    + "receipt_hash, challenge_id, document_hash, questions_hash, constraints_hash, answers_hash, "
                    + "rules_version, credits from dacr_receipt"));
            assertEquals("23505", e.getSQLState(), e.getMessage());
        }
    }

    private static long count(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
