package io.dacr.server;

import io.dacr.api.LedgerException;
import io.dacr.api.reward.Allocation;
import io.dacr.api.reward.CreditOutcome;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Epoch;
import io.dacr.api.reward.EpochLedger;
import io.dacr.api.reward.EpochState;
import io.dacr.api.reward.Receipt;
import io.dacr.api.reward.ReceiptHasher;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A small in-memory {@link EpochLedger} for the coordinator's tests, with the contract's rules: epochs
 * opened in increasing order, crediting only while open, idempotent per receipt hash and per (epoch,
 * miner, challenge), receipts continuing their miner's chain. Not durable; the journal and PostgreSQL
 * ledgers are the real ones.
 */
final class InMemoryLedger implements EpochLedger {

    private final ReceiptHasher hasher;
    private final TreeMap<Long, Epoch> epochs = new TreeMap<>();
    private final Map<Long, TreeMap<String, BigInteger>> credits = new HashMap<>();
    private final Set<String> receiptHashes = new HashSet<>();
    private final Set<String> credited = new HashSet<>();
    private final Map<String, Receipt> heads = new HashMap<>();
    private final Map<String, String> headHashes = new HashMap<>();
    private final List<Receipt> receipts = new ArrayList<>();

    InMemoryLedger(ReceiptHasher hasher) {
        this.hasher = hasher;
    }

    @Override
    public synchronized Epoch open(long epoch, String secretCommitment) {
        if (!epochs.isEmpty() && epochs.lastKey() >= epoch) {
            throw new LedgerException("epoch " + epoch + " is not after the latest, " + epochs.lastKey());
        }
        Epoch e = new Epoch(epoch, EpochState.OPEN, secretCommitment, null);
        epochs.put(epoch, e);
        credits.put(epoch, new TreeMap<>());
        return e;
    }

    @Override
    public synchronized Optional<Epoch> epoch(long epoch) {
        return Optional.ofNullable(epochs.get(epoch));
    }

    @Override
    public synchronized CreditOutcome credit(Receipt receipt) {
        String hash = hasher.hash(receipt);
        if (receiptHashes.contains(hash)) {
            return CreditOutcome.DUPLICATE_RECEIPT;
        }
        Epoch e = epochs.get(receipt.epoch());
        if (e == null || e.state() != EpochState.OPEN) {
            throw new LedgerException("epoch " + receipt.epoch() + " is not open");
        }
        if (credited.contains(receipt.epoch() + " " + receipt.miner() + " " + receipt.challengeId())) {
            return CreditOutcome.DUPLICATE_CHALLENGE;
        }
        Receipt head = heads.get(receipt.miner());
        long expectedIndex = head == null ? 0 : head.solveIndex() + 1;
        String expectedPrevious = head == null ? Receipt.GENESIS_HASH : headHashes.get(receipt.miner());
        if (receipt.solveIndex() != expectedIndex || !receipt.previousReceiptHash().equals(expectedPrevious)) {
            throw new LedgerException("receipt breaks the chain of " + receipt.miner() + ": expected solve index "
                    + expectedIndex + " after " + expectedPrevious);
        }
        receiptHashes.add(hash);
        credited.add(receipt.epoch() + " " + receipt.miner() + " " + receipt.challengeId());
        heads.put(receipt.miner(), receipt);
        headHashes.put(receipt.miner(), hash);
        receipts.add(receipt);
        credits.get(receipt.epoch()).merge(receipt.miner(), receipt.credits(), BigInteger::add);
        return CreditOutcome.CREDITED;
    }

    @Override
    public synchronized BigInteger credits(long epoch, String miner) {
        return credits.getOrDefault(epoch, new TreeMap<>()).getOrDefault(miner, BigInteger.ZERO);
    }

    @Override
    public synchronized BigInteger totalCredits(long epoch) {
        return credits.getOrDefault(epoch, new TreeMap<>()).values().stream().reduce(BigInteger.ZERO, BigInteger::add);
    }

    @Override
    public synchronized Distribution closeEpoch(long epoch, BigInteger pool, DistributionMode mode) {
        Epoch e = epochs.get(epoch);
        if (e == null) {
            throw new LedgerException("epoch " + epoch + " was never opened");
        }
        epochs.put(epoch, new Epoch(epoch, EpochState.CLOSED, e.secretCommitment(), null));
        if (mode != DistributionMode.FLOOR) {
            throw new LedgerException("this test ledger settles FLOOR only");
        }
        BigInteger total = totalCredits(epoch);
        List<Allocation> allocations = new ArrayList<>();
        BigInteger paid = BigInteger.ZERO;
        for (Map.Entry<String, BigInteger> c : credits.get(epoch).entrySet()) {
            BigInteger amount = pool.multiply(c.getValue()).divide(total);
            allocations.add(new Allocation(c.getKey(), c.getValue(), amount));
            paid = paid.add(amount);
        }
        return new Distribution(epoch, mode, pool, allocations, pool.subtract(paid));
    }

    synchronized List<Receipt> receipts() {
        return List.copyOf(receipts);
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
