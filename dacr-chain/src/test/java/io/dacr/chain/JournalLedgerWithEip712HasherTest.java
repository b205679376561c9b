package io.dacr.chain;

import io.dacr.api.reward.EpochLedger;
import io.dacr.api.reward.ReceiptHasher;
import io.dacr.core.ledger.JournalEpochLedger;
import io.dacr.testkit.AbstractEpochLedgerTck;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger end to end with the hasher production uses: the embedded journal, chaining receipts by
 * their EIP-712 struct hash ({@link Eip712ReceiptHasher}, the hash the mining contract computes), keeps
 * every promise of the ledger compatibility kit.
 */
class JournalLedgerWithEip712HasherTest extends AbstractEpochLedgerTck {

    @TempDir
    Path dir;

    @Override
    protected EpochLedger openLedger(String storage, ReceiptHasher hasher) {
        return JournalEpochLedger.open(dir.resolve(storage), hasher);
    }

    @Override
    protected ReceiptHasher hasher() {
        return new Eip712ReceiptHasher();
    }
}
