package io.dacr.core.ledger.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key under which a ledger remembers that (epoch, miner, challenge) was credited:
 * SHA-256 of {@code "dacr-ledger/challenge-key/v1"}, the epoch (8 bytes, big-endian), the miner's 20
 * address bytes and the challenge id's UTF-8 bytes. A fixed-size digest keeps the in-memory set small
 * whatever the length of challenge ids.
 */
public final class ChallengeKeys {

    private static final byte[] DOMAIN = "dacr-ledger/challenge-key/v1".getBytes(StandardCharsets.US_ASCII);
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    });

    private ChallengeKeys() {
    }

    /**
     * @param epoch the epoch
     * @param miner the miner's address, {@code 0x} and 40 lower-case hex digits
     * @param challengeIdUtf8 the challenge id as UTF-8
     * @return the key
     */
    public static Bytes32 of(long epoch, String miner, byte[] challengeIdUtf8) {
        MessageDigest digest = SHA256.get();
        digest.update(DOMAIN);
        digest.update(ByteBuffer.allocate(8).putLong(epoch).array());
        digest.update(HexFormat.of().parseHex(miner, 2, miner.length()));
        digest.update(challengeIdUtf8);
        return Bytes32.of(digest.digest());
    }
}
