package io.dacr.benchmarks;

import io.dacr.api.reward.Receipt;
import io.dacr.api.reward.ReceiptHasher;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Receipt chains for the ledger benchmarks. A coordinator computes each receipt's hash once, when it
 * issues it (the next receipt names it); the hasher here does the same: it hashes (SHA-256 of the
 * receipt's fields) and remembers the last receipt per thread, so the ledger's own call to
 * {@link ReceiptHasher#hash} for that receipt costs a lookup, not a second hash.
 */
final class LedgerReceipts implements ReceiptHasher {

    private static final String CONTENT = "0x" + "c".repeat(64);

    private final ThreadLocal<Object[]> last = ThreadLocal.withInitial(() -> new Object[2]);
    private final ThreadLocal<MessageDigest> sha256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    @Override
    public String hash(Receipt r) {
        Object[] cached = last.get();
        if (cached[0] == r) {
            return (String) cached[1];
        }
        MessageDigest d = sha256.get();
        d.update(r.miner().getBytes(StandardCharsets.US_ASCII));
        d.update(ByteBuffer.allocate(16).putLong(r.epoch()).putLong(r.solveIndex()).array());
        d.update(r.previousReceiptHash().getBytes(StandardCharsets.US_ASCII));
        d.update(r.challengeId().getBytes(StandardCharsets.UTF_8));
        d.update(r.credits().toByteArray());
        String hash = "0x" + HexFormat.of().formatHex(d.digest());
        cached[0] = r;
        cached[1] = hash;
        return hash;
    }

    /** One miner's chain: builds the next receipt and advances. Not thread-safe: one per thread. */
    static final class Chain {
        private final String miner;
        private final LedgerReceipts hasher;
        private long index;
        private String previous = Receipt.GENESIS_HASH;

        Chain(int minerNumber, LedgerReceipts hasher) {
            this.miner = String.format(java.util.Locale.ROOT, "0x%040x", minerNumber + 1);
            this.hasher = hasher;
        }

        Receipt next(long epoch) {
            Receipt r = new Receipt(miner, epoch, index, previous, "bench-challenge-" + miner + "-" + index, CONTENT,
                    CONTENT, CONTENT, CONTENT, 1, BigInteger.valueOf(1 + index % 3));
            index++;
            previous = hasher.hash(r);
            return r;
        }
    }
}
