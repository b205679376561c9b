package io.dacr.testkit;

import io.dacr.api.reward.Receipt;
import io.dacr.api.reward.ReceiptHasher;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Builds one miner's chain of receipts for tests: each {@link #next} receipt has the next solve index
 * and names the hash of the one before. The content hashes are derived from the challenge id, so the
 * same arguments always give the same receipt.
 *
 * <pre>{@code
 * ReceiptChain alice = new ReceiptChain(ReceiptChain.address("alice"), new TestReceiptHasher());
 * ledger.credit(alice.next(7, "c-1", 5));
 * ledger.credit(alice.next(7, "c-2", 5));
 * }</pre>
 */
public final class ReceiptChain {

    private final String miner;
    private final ReceiptHasher hasher;
    private long nextIndex;
    private String previousHash = Receipt.GENESIS_HASH;

    /**
     * @param miner the miner's address
     * @param hasher the hasher the ledger under test uses
     */
    public ReceiptChain(String miner, ReceiptHasher hasher) {
        this.miner = Objects.requireNonNull(miner, "miner");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    /**
     * @param name any text
     * @return a stable address derived from it: {@code 0x} and the first 40 hex digits of its SHA-256
     */
    public static String address(String name) {
        return "0x" + HexFormat.of().formatHex(TestReceiptHasher.sha256("dacr-testkit/address/" + name), 0, 20);
    }

    /** @return the miner's address */
    public String miner() {
        return miner;
    }

    /**
     * Builds the next receipt of the chain and advances past it.
     *
     * @param epoch the epoch
     * @param challengeId the challenge id
     * @param credits the credits, positive
     * @return the receipt
     */
    public Receipt next(long epoch, String challengeId, long credits) {
        Receipt r = candidate(epoch, challengeId, credits);
        nextIndex++;
        previousHash = hasher.hash(r);
        return r;
    }

    /**
     * Builds the receipt that would continue the chain, without advancing.
     *
     * @param epoch the epoch
     * @param challengeId the challenge id
     * @param credits the credits, positive
     * @return the receipt
     */
    public Receipt candidate(long epoch, String challengeId, long credits) {
        return new Receipt(miner, epoch, nextIndex, previousHash, challengeId, contentHash("document", challengeId),
                contentHash("questions", challengeId), contentHash("constraints", challengeId),
                contentHash("answers", challengeId), 1, BigInteger.valueOf(credits));
    }

    private static String contentHash(String part, String challengeId) {
        return "0x" + HexFormat.of().formatHex(TestReceiptHasher.sha256("dacr-testkit/" + part + "/" + challengeId));
    }
}
