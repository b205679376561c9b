package io.dacr.core.ledger;

import io.dacr.api.reward.EpochLedger;
import io.dacr.api.reward.ReceiptHasher;
import io.dacr.testkit.AbstractEpochLedgerTck;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The journal ledger keeps every promise of the ledger compatibility kit. */
class JournalEpochLedgerTest extends AbstractEpochLedgerTck {

    @TempDir
    Path dir;

    @Override
    protected EpochLedger openLedger(String storage, ReceiptHasher hasher) {
        return JournalEpochLedger.open(dir.resolve(storage), hasher);
    }
}
