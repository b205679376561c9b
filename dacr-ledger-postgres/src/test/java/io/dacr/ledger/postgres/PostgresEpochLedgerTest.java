package io.dacr.ledger.postgres;

import io.dacr.api.reward.EpochLedger;
import io.dacr.api.reward.ReceiptHasher;
import io.dacr.testkit.AbstractEpochLedgerTck;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/** The PostgreSQL ledger keeps every promise of the ledger compatibility kit, on a real server. */
class PostgresEpochLedgerTest extends AbstractEpochLedgerTck {

    /** This test's schemas by storage name: a fresh set for every test (JUnit creates an instance per test). */
    private final Map<String, DataSource> schemas = new HashMap<>();

    @Override
    protected EpochLedger openLedger(String storage, ReceiptHasher hasher) {
        return PostgresEpochLedger.open(schemas.computeIfAbsent(storage, TestDatabase::freshSchema), hasher);
    }
}
