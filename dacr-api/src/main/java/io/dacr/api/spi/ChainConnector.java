package io.dacr.api.spi;

import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Receipt;
import java.math.BigInteger;
import java.util.List;

/**
 * Talks to the mining contract on one chain, sending transactions from one account (whose key the
 * provider reads from a file or environment variable named in {@link ChainConfig#options()}).
 * Methods that send a transaction return its hash once it is mined successfully; a refusal by the
 * contract is an {@link io.dacr.api.ChainException} whose reason is {@code REVERTED} and whose
 * {@code contractError()} names the contract's custom error.
 *
 * <p>The life of an epoch: {@link #commitEpoch} opens it, receipts are submitted, {@link #closeEpoch}
 * (or committing the next epoch) closes it, {@link #revealEpoch} publishes its secret,
 * {@link #fundEpoch} adds to its pool, {@link #finalizeEpoch} settles it through one
 * {@link DistributionMode}, and miners {@link #claim} (FLOOR) or {@link #claimMerkle}
 * (LARGEST_REMAINDER).
 */
public interface ChainConnector extends AutoCloseable {

    /**
     * @return the address transactions are sent from, {@code 0x} and 40 lower-case hex digits
     */
    String senderAddress();

    /**
     * Opens an epoch; the previous epoch, if still open, closes. Only the contract's owner may.
     *
     * @param epoch the epoch number, greater than every epoch opened before
     * @param secretHash the commitment to the epoch secret, as bytes32:
     *     {@link io.dacr.api.reward.Epoch#commitmentOf(io.dacr.api.Secret)}, SHA-256 of its bytes
     * @return the transaction hash
     * @throws io.dacr.api.ChainException if the contract refuses it
     */
    String commitEpoch(long epoch, String secretHash);

    /**
     * Closes an open epoch: the coordinator signs no more receipts for it; those it signed still count
     * until the epoch is finalized. Only the contract's owner may.
     *
     * @param epoch the epoch
     * @return the transaction hash
     * @throws io.dacr.api.ChainException if the contract refuses it
     */
    String closeEpoch(long epoch);

    /**
     * Publishes a closed epoch's secret, whose SHA-256 must equal its commitment.
     *
     * @param epoch the epoch
     * @param secret the secret as {@code 0x}-prefixed hex
     * @return the transaction hash
     * @throws io.dacr.api.ChainException if the contract refuses it
     */
    String revealEpoch(long epoch, String secret);

    /**
     * Submits a receipt: it continues its miner's receipt chain and is credited to its epoch while that
     * epoch is not finalized; a receipt of a finalized epoch only advances the chain.
     *
     * @param receipt the receipt
     * @param signature the coordinator's EIP-712 signature of it, {@code 0x} and 130 hex digits
     * @return the transaction hash
     * @throws io.dacr.api.ChainException if the contract refuses it (its custom error is decoded)
     */
    String submitReceipt(Receipt receipt, String signature);

    /**
     * @param epoch the epoch
     * @param miner the miner's address
     * @return the credits the contract holds for the miner in the epoch
     */
    BigInteger credits(long epoch, String miner);

    /**
     * @param epoch the epoch
     * @return the credits of all miners in the epoch
     */
    BigInteger totalCredits(long epoch);

    /**
     * Adds to an open epoch's reward pool (and, on the mining contract, everything retained from earlier
     * epochs); a closed epoch's pool is fixed.
     *
     * @param epoch the epoch
     * @param amount the reward pool in token base units
     * @return the transaction hash
     */
    String fundEpoch(long epoch, BigInteger amount);

    /**
     * Settles a closed epoch. A {@link DistributionMode#LARGEST_REMAINDER} epoch pays at most
     * {@code merkleTotal} through Merkle claims; the rest of its pool is retained for the next epoch
     * funded.
     *
     * @param epoch the epoch
     * @param mode how it is settled
     * @param merkleRoot the distribution's Merkle root for {@link DistributionMode#LARGEST_REMAINDER},
     *     null for {@link DistributionMode#FLOOR}
     * @param merkleTotal the sum of the Merkle tree's leaf amounts (the distribution's allocations) for
     *     {@link DistributionMode#LARGEST_REMAINDER}, at most the epoch's pool; null for
     *     {@link DistributionMode#FLOOR}
     * @return the transaction hash
     */
    String finalizeEpoch(long epoch, DistributionMode mode, String merkleRoot, BigInteger merkleTotal);

    /**
     * Claims the sender's direct (FLOOR) rewards of several epochs.
     *
     * @param epochs the epochs
     * @return the transaction hash
     */
    String claim(List<Long> epochs);

    /**
     * Claims an account's LARGEST_REMAINDER reward of an epoch with a Merkle proof; the reward goes
     * to the account, whoever sends the transaction.
     *
     * @param epoch the epoch
     * @param account the account the distribution allocates {@code amount} to
     * @param amount the allocated amount in token base units
     * @param proof the Merkle proof, bytes32 values from the leaf up
     * @return the transaction hash
     * @throws io.dacr.api.ChainException if the contract refuses it (an invalid proof, a second claim)
     */
    String claimMerkle(long epoch, String account, BigInteger amount, List<String> proof);

    /**
     * Reads the contract's events in a block range.
     *
     * @param fromBlock the first block, inclusive
     * @param toBlock the last block, inclusive
     * @return the events in chain order
     */
    List<ChainEvent> events(long fromBlock, long toBlock);

    /** Releases connections. Idempotent. */
    @Override
    void close();
}
