package io.dacr.core.ledger.internal;

import io.dacr.api.LedgerException;
import io.dacr.api.LedgerException.Reason;
import io.dacr.api.reward.CreditOutcome;
import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Epoch;
import io.dacr.api.reward.EpochState;
import io.dacr.api.reward.Receipt;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The in-memory state of a ledger and its rules: what each operation would do, checked before it is
 * written, and the change it makes, applied once it is. Not thread-safe: the ledger guards it with one
 * lock. Replaying a journal through {@link #apply} rebuilds it.
 *
 * <p>The order of the credit checks is part of the contract every ledger follows: a known receipt is
 * a duplicate (even once its epoch is closed); then the epoch must exist and be open; then a credited
 * (epoch, miner, challenge) makes the receipt a duplicate challenge; only then must it continue its
 * miner's chain.
 */
public final class LedgerState {

    /** A miner's last credited receipt: its index and hash, and where to read it whole. */
    private static final class Head {
        long solveIndex;
        Bytes32 hash;
        Receipt receipt;
        long offset;

        Head(long solveIndex, Bytes32 hash, Receipt receipt, long offset) {
            this.solveIndex = solveIndex;
            this.hash = hash;
            this.receipt = receipt;
            this.offset = offset;
        }
    }

    private static final class EpochEntry {
        final long id;
        final Bytes32 commitment;
        EpochState state = EpochState.OPEN;
        String revealedSecret;
        DistributionMode mode;
        BigInteger pool;
        final Map<String, BigInteger> credits = new HashMap<>();
        BigInteger total = BigInteger.ZERO;

        EpochEntry(long id, Bytes32 commitment) {
            this.id = id;
            this.commitment = commitment;
        }

        Epoch view() {
            return new Epoch(id, state, commitment.toHex(), revealedSecret);
        }
    }

    private static final Bytes32 GENESIS = Bytes32.ofHex(Receipt.GENESIS_HASH);

    private final TreeMap<Long, EpochEntry> epochs = new TreeMap<>();
    private final Bytes32Set receipts = new Bytes32Set();
    private final Bytes32Set challengeKeys = new Bytes32Set();
    private final Map<String, Head> heads = new HashMap<>();

    /**
     * @param epoch the epoch to open
     * @throws LedgerException if it exists or is not after the latest epoch
     */
    public void checkOpen(long epoch) {
        if (epochs.containsKey(epoch)) {
            throw new LedgerException(Reason.EPOCH_EXISTS, "epoch " + epoch + " was opened before");
        }
        if (!epochs.isEmpty() && epochs.lastKey() > epoch) {
            throw new LedgerException(Reason.EPOCH_NOT_AFTER_LATEST,
                    "epoch " + epoch + " is not after the latest epoch, " + epochs.lastKey());
        }
    }

    /**
     * What crediting a receipt would do.
     *
     * @param receipt the receipt
     * @param hash its hash
     * @param challengeKey its challenge key
     * @return {@link CreditOutcome#CREDITED} if it is to be written, or the duplicate it is
     * @throws LedgerException if the epoch is unknown or not open, or the receipt breaks its miner's chain
     */
    public CreditOutcome checkCredit(Receipt receipt, Bytes32 hash, Bytes32 challengeKey) {
        if (receipts.contains(hash)) {
            return CreditOutcome.DUPLICATE_RECEIPT;
        }
        EpochEntry epoch = epochs.get(receipt.epoch());
        if (epoch == null) {
            throw new LedgerException(Reason.UNKNOWN_EPOCH, "epoch " + receipt.epoch() + " was never opened");
        }
        if (epoch.state != EpochState.OPEN) {
            throw new LedgerException(Reason.EPOCH_NOT_OPEN,
                    "epoch " + receipt.epoch() + " is " + epoch.state + " and takes no more credits");
        }
        if (challengeKeys.contains(challengeKey)) {
            return CreditOutcome.DUPLICATE_CHALLENGE;
        }
        Head head = heads.get(receipt.miner());
        long expectedIndex = head == null ? 0 : head.solveIndex + 1;
        if (receipt.solveIndex() != expectedIndex) {
            throw new LedgerException(Reason.WRONG_SOLVE_INDEX, "receipt of miner " + receipt.miner() + " has solve index "
                    + receipt.solveIndex() + ", the chain expects " + expectedIndex);
        }
        Bytes32 expectedPrevious = head == null ? GENESIS : head.hash;
        if (!Bytes32.ofHex(receipt.previousReceiptHash()).equals(expectedPrevious)) {
            throw new LedgerException(Reason.WRONG_PREVIOUS_HASH, "receipt " + receipt.solveIndex() + " of miner "
                    + receipt.miner() + " names previous hash " + receipt.previousReceiptHash() + ", the chain's head is "
                    + expectedPrevious.toHex());
        }
        return CreditOutcome.CREDITED;
    }

    /**
     * @param epoch the epoch
     * @param pool the pool
     * @param mode the mode
     * @return true if the close is to be written, false if the epoch was closed the same way before
     * @throws LedgerException if the epoch is unknown or was closed another way
     */
    public boolean checkClose(long epoch, BigInteger pool, DistributionMode mode) {
        EpochEntry e = existing(epoch);
        if (e.state == EpochState.OPEN) {
            return true;
        }
        if (e.mode != mode || !e.pool.equals(pool)) {
            throw new LedgerException(Reason.CLOSED_DIFFERENTLY, "epoch " + epoch + " was closed with pool " + e.pool
                    + " in mode " + e.mode + "; it cannot be closed again with pool " + pool + " in mode " + mode);
        }
        return false;
    }

    /**
     * @param epoch the epoch
     * @param secretHex the secret, {@code 0x}-prefixed hex
     * @return true if the reveal is to be written, false if the same secret was revealed before
     * @throws LedgerException if the epoch is unknown or open, or the secret does not match
     */
    public boolean checkReveal(long epoch, String secretHex) {
        EpochEntry e = existing(epoch);
        if (e.state == EpochState.OPEN) {
            throw new LedgerException(Reason.EPOCH_NOT_CLOSED, "epoch " + epoch + " is open: its secret is revealed after it closes");
        }
        if (e.revealedSecret != null) {
            if (e.revealedSecret.equals(secretHex)) {
                return false;
            }
            throw new LedgerException(Reason.REVEAL_MISMATCH, "epoch " + epoch + " has revealed another secret before");
        }
        if (!new Epoch(epoch, e.state, e.commitment.toHex(), secretHex).revealMatchesCommitment()) {
            throw new LedgerException(Reason.REVEAL_MISMATCH,
                    "the secret does not hash to epoch " + epoch + "'s commitment " + e.commitment.toHex());
        }
        return true;
    }

    /**
     * @param epoch the epoch
     * @return true if the finalization is to be written, false if it is finalized already
     * @throws LedgerException if the epoch is unknown or open
     */
    public boolean checkFinalize(long epoch) {
        EpochEntry e = existing(epoch);
        if (e.state == EpochState.OPEN) {
            throw new LedgerException(Reason.EPOCH_NOT_CLOSED, "epoch " + epoch + " is open: close it before finalizing it");
        }
        return e.state == EpochState.CLOSED;
    }

    /**
     * Applies a record that passed its check (or that a journal holds).
     *
     * @param record the record
     * @param offset where the record is in the journal, or -1 if it is not written yet
     * @param receipt the whole receipt of a credit record, or null to read it from the journal when asked
     * @throws LedgerException if the record breaks the rules (only possible when replaying a bad journal)
     */
    public void apply(JournalRecord record, long offset, Receipt receipt) {
        if (record instanceof JournalRecord.Credited c) {
            if (checkCreditFields(c) != CreditOutcome.CREDITED) {
                throw new LedgerException(Reason.CORRUPTED, "receipt " + c.receiptHash() + " is credited twice");
            }
            receipts.add(c.receiptHash());
            challengeKeys.add(c.challengeKey());
            Head head = heads.get(c.miner());
            if (head == null) {
                heads.put(c.miner(), new Head(c.solveIndex(), c.receiptHash(), receipt, offset));
            } else {
                head.solveIndex = c.solveIndex();
                head.hash = c.receiptHash();
                head.receipt = receipt;
                head.offset = offset;
            }
            EpochEntry e = epochs.get(c.epoch());
            e.credits.merge(c.miner(), c.credits(), BigInteger::add);
            e.total = e.total.add(c.credits());
        } else if (record instanceof JournalRecord.Opened o) {
            checkOpen(o.epoch());
            epochs.put(o.epoch(), new EpochEntry(o.epoch(), o.commitment()));
        } else if (record instanceof JournalRecord.Closed c) {
            if (!checkClose(c.epoch(), c.pool(), c.mode())) {
                return;
            }
            EpochEntry e = epochs.get(c.epoch());
            e.state = EpochState.CLOSED;
            e.mode = c.mode();
            e.pool = c.pool();
        } else if (record instanceof JournalRecord.Revealed r) {
            if (checkReveal(r.epoch(), r.secretHex())) {
                epochs.get(r.epoch()).revealedSecret = r.secretHex();
            }
        } else if (record instanceof JournalRecord.Finalized f) {
            if (checkFinalize(f.epoch())) {
                epochs.get(f.epoch()).state = EpochState.FINALIZED;
            }
        }
    }

    /** The credit checks on the fields a replayed record has (the chain's previous hash is not among them). */
    private CreditOutcome checkCreditFields(JournalRecord.Credited c) {
        if (receipts.contains(c.receiptHash())) {
            return CreditOutcome.DUPLICATE_RECEIPT;
        }
        EpochEntry epoch = epochs.get(c.epoch());
        if (epoch == null || epoch.state != EpochState.OPEN) {
            throw new LedgerException(Reason.CORRUPTED, "a credit in epoch " + c.epoch() + " that is not open");
        }
        if (challengeKeys.contains(c.challengeKey())) {
            return CreditOutcome.DUPLICATE_CHALLENGE;
        }
        Head head = heads.get(c.miner());
        if (c.solveIndex() != (head == null ? 0 : head.solveIndex + 1)) {
            throw new LedgerException(Reason.CORRUPTED, "a credit of miner " + c.miner() + " out of its chain order");
        }
        return CreditOutcome.CREDITED;
    }

    /**
     * @param epoch the epoch
     * @return it, if it was opened
     */
    public Optional<Epoch> epoch(long epoch) {
        EpochEntry e = epochs.get(epoch);
        return e == null ? Optional.empty() : Optional.of(e.view());
    }

    /**
     * @param epoch the epoch
     * @param miner the miner
     * @return the miner's credits in the epoch
     */
    public BigInteger credits(long epoch, String miner) {
        EpochEntry e = epochs.get(epoch);
        return e == null ? BigInteger.ZERO : e.credits.getOrDefault(miner, BigInteger.ZERO);
    }

    /**
     * @param epoch the epoch
     * @return the epoch's total credits
     */
    public BigInteger totalCredits(long epoch) {
        EpochEntry e = epochs.get(epoch);
        return e == null ? BigInteger.ZERO : e.total;
    }

    /**
     * @param epoch the epoch
     * @return each miner's credits, sorted by address
     */
    public SortedMap<String, BigInteger> creditsByMiner(long epoch) {
        EpochEntry e = epochs.get(epoch);
        return e == null ? new TreeMap<>() : new TreeMap<>(e.credits);
    }

    /**
     * @param epoch the epoch
     * @return its close record's pool and mode, if closed
     */
    public Optional<Map.Entry<BigInteger, DistributionMode>> closing(long epoch) {
        EpochEntry e = epochs.get(epoch);
        return e == null || e.state == EpochState.OPEN ? Optional.empty() : Optional.of(Map.entry(e.pool, e.mode));
    }

    /**
     * @param miner the miner
     * @return the miner's last receipt if it is in memory; empty if it has none or must be read at {@link #headOffset}
     */
    public Optional<Receipt> headReceipt(String miner) {
        Head h = heads.get(miner);
        return h == null ? Optional.empty() : Optional.ofNullable(h.receipt);
    }

    /**
     * @param miner the miner
     * @return the journal offset of the miner's last receipt, or -1 if it has none
     */
    public long headOffset(String miner) {
        Head h = heads.get(miner);
        return h == null ? -1 : h.offset;
    }

    /** @throws LedgerException if the epoch was never opened */
    private EpochEntry existing(long epoch) {
        EpochEntry e = epochs.get(epoch);
        if (e == null) {
            throw new LedgerException(Reason.UNKNOWN_EPOCH, "epoch " + epoch + " was never opened");
        }
        return e;
    }
}
