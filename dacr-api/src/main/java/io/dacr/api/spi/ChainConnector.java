package io.dacr.api.spi;

import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Receipt;
import java.math.BigInteger;
import java.util.List;

/**
 * Talks to the mining contract on one chain. Methods that send a transaction return its hash once it
 * is mined successfully.
 */
public interface ChainConnector extends AutoCloseable {

    /**
     * @param receipt the receipt
     * @param signature the coordinator's EIP-712 signature of it, {@code 0x} and 130 hex digits
     * @return the transaction hash
     * @throws io.dacr.api.ChainException if the contract refuses it (its revert reason is in the message)
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
     * @param amount the reward pool in token base units
     * @return the transaction hash
     */
    String fundEpoch(long epoch, BigInteger amount);

    /**
     * @param epoch the epoch
     * @param mode how it is settled
     * @param merkleRoot the distribution's Merkle root for {@link DistributionMode#LARGEST_REMAINDER},
     *     null for {@link DistributionMode#FLOOR}
     * @return the transaction hash
     */
    String finalizeEpoch(long epoch, DistributionMode mode, String merkleRoot);

    /**
     * Claims the caller's direct (FLOOR) rewards of several epochs.
     *
     * @param epochs the epochs
     * @return the transaction hash
     */
    String claim(List<Long> epochs);

    /** Releases connections. Idempotent. */
    @Override
    void close();
}
