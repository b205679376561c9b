package io.dacr.core.ledger.internal;

import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Receipt;
import java.math.BigInteger;

/** One entry of the ledger journal: everything that changes a ledger is one of these. */
public sealed interface JournalRecord {

    /**
     * An epoch was opened.
     *
     * @param epoch the epoch
     * @param commitment the hash of its secret
     */
    record Opened(long epoch, Bytes32 commitment) implements JournalRecord {
    }

    /**
     * A receipt was credited. Recovery reads only the fields the ledger keeps in memory; the whole
     * receipt is decoded on request.
     *
     * @param epoch the receipt's epoch
     * @param miner the receipt's miner
     * @param solveIndex the receipt's solve index
     * @param receiptHash the receipt's hash
     * @param challengeKey the digest of (epoch, miner, challenge id): see {@link ChallengeKeys}
     * @param credits the credits
     * @param receipt the whole receipt, or null where only the fields above were decoded
     */
    record Credited(long epoch, String miner, long solveIndex, Bytes32 receiptHash, Bytes32 challengeKey,
                    BigInteger credits, Receipt receipt) implements JournalRecord {
    }

    /**
     * An epoch was closed.
     *
     * @param epoch the epoch
     * @param mode how its pool was split
     * @param pool the pool
     */
    record Closed(long epoch, DistributionMode mode, BigInteger pool) implements JournalRecord {
    }

    /**
     * An epoch's secret was revealed.
     *
     * @param epoch the epoch
     * @param secretHex the secret as {@code 0x}-prefixed lower-case hex
     */
    record Revealed(long epoch, String secretHex) implements JournalRecord {
    }

    /**
     * An epoch was finalized.
     *
     * @param epoch the epoch
     */
    record Finalized(long epoch) implements JournalRecord {
    }
}
