package io.dacr.api.reward;

import io.dacr.api.Secret;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Where credits accumulate. Crediting is idempotent per receipt and per (epoch, miner, challenge):
 * one challenge is never credited twice, whatever receipt carries it. Implementations are safe for
 * concurrent use and lose nothing acknowledged, even across a crash. Every refusal is a
 * {@link io.dacr.api.LedgerException} whose {@link io.dacr.api.LedgerException#reason() reason} says why.
 *
 * <p>An epoch goes OPEN → CLOSED ({@link #closeEpoch}) → FINALIZED ({@link #finalizeEpoch}); its
 * secret may be {@linkplain #reveal revealed} once it is closed.
 */
public interface EpochLedger extends AutoCloseable {

    /**
     * Opens an epoch, committing to its secret.
     *
     * @param epoch the epoch number, greater than every epoch opened before
     * @param secretCommitment the hash of the epoch secret, as bytes32
     * @return the open epoch
     * @throws io.dacr.api.LedgerException if the epoch exists or is not after the latest one
     */
    Epoch open(long epoch, String secretCommitment);

    /**
     * @param epoch the epoch number
     * @return the epoch, or empty if it was never opened
     */
    Optional<Epoch> epoch(long epoch);

    /**
     * Credits a receipt to its miner in its epoch.
     *
     * @param receipt the receipt, which must continue its miner's chain
     * @return what was done
     * @throws io.dacr.api.LedgerException if the epoch is not open or the receipt breaks the miner's
     *     chain (wrong solve index or previous hash)
     */
    CreditOutcome credit(Receipt receipt);

    /**
     * @param epoch the epoch
     * @param miner the miner's address
     * @return the miner's credits in the epoch (zero if none)
     */
    BigInteger credits(long epoch, String miner);

    /**
     * @param epoch the epoch
     * @return all credits of the epoch
     */
    BigInteger totalCredits(long epoch);

    /**
     * @param epoch the epoch
     * @return every miner with credits in the epoch and those credits, sorted by address (empty if none)
     */
    SortedMap<String, BigInteger> creditsByMiner(long epoch);

    /**
     * @param epoch the epoch
     * @return the receipts credited in the epoch, in the order they were credited (empty if none)
     */
    List<Receipt> receipts(long epoch);

    /**
     * The head of a miner's receipt chain, from which the next receipt is built: its solve index is
     * the head's plus one and its previous hash is the head's hash.
     *
     * @param miner the miner's address
     * @return the miner's last credited receipt, or empty if none was credited
     */
    Optional<Receipt> lastReceipt(String miner);

    /**
     * Closes an epoch and splits its pool. Closing again with the same pool and mode returns the same
     * distribution; with another pool or mode it is refused.
     *
     * @param epoch the epoch
     * @param pool the reward pool in token base units
     * @param mode how to split it
     * @return the distribution
     * @throws io.dacr.api.LedgerException if the epoch is unknown or was closed differently
     */
    Distribution closeEpoch(long epoch, BigInteger pool, DistributionMode mode);

    /**
     * Reveals a closed epoch's secret. Revealing the same secret again returns the same epoch.
     *
     * @param epoch the epoch
     * @param secret the secret committed when the epoch opened
     * @return the epoch with its revealed secret
     * @throws io.dacr.api.LedgerException if the epoch is unknown or open, or the secret does not match
     *     the commitment
     */
    Epoch reveal(long epoch, Secret secret);

    /**
     * Marks a closed epoch as settled on chain. Finalizing again changes nothing.
     *
     * @param epoch the epoch
     * @return the finalized epoch
     * @throws io.dacr.api.LedgerException if the epoch is unknown or still open
     */
    Epoch finalizeEpoch(long epoch);

    /** Releases the ledger's resources; acknowledged credits are durable before it returns. */
    @Override
    void close();
}
