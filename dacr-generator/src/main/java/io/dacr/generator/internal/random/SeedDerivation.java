package io.dacr.generator.internal.random;

import io.dacr.api.ChallengeId;
import io.dacr.api.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/**
 * How generation seeds are derived: {@value #NAME}.
 *
 * <pre>
 * itemSeed    = HMAC-SHA256(key = secret, message = UTF-8("dacr/item-seed/v1\n" + id.unsignedText()))
 * stageSeed   = HMAC-SHA256(key = itemSeed, message = UTF-8("dacr/stage/v1\n" + stage + "\n" + draw))
 * stageStream = Xoshiro256.fromSeed(stageSeed)
 * </pre>
 * {@code id.unsignedText()} names format version, generator version, domain, spec hash, namespace and
 * index, so the item seed depends on all of them and on the secret, and never on {@code seed + index}
 * arithmetic (adjacent items are unrelated). Each stage (world, aliases, prose, traps, questions,
 * constraints) draws from its own stream, so changing how one stage consumes randomness leaves the
 * others' output unchanged. {@code draw} counts re-draws of a stage whose result failed a generation
 * check (0 for the first draw).
 *
 * <p>Not thread-safe: an instance serves one item's generation on one thread.
 */
public final class SeedDerivation {

    /** The name recorded in every answer key's provenance. */
    public static final String NAME = "hmac-sha256/v1";

    private static final int BLOCK = 64;
    private static final byte[] STAGE_PREFIX = "dacr/stage/v1\n".getBytes(StandardCharsets.UTF_8);
    /** Never updated, only cloned: {@link MessageDigest#getInstance} is a provider lookup per call. */
    private static final MessageDigest SHA256 = sha256();

    /**
     * SHA-256 with the item seed's inner (ipad) and outer (opad) key blocks already absorbed, cloned
     * for each stream: HMAC-SHA256 exactly as RFC 2104 defines it, without re-hashing the key blocks
     * for every stream (there are dozens per item).
     */
    private final MessageDigest inner;
    private final MessageDigest outer;
    /** The stage message, rebuilt in place for each stream. */
    private byte[] message = new byte[64];

    private SeedDerivation(byte[] itemSeed) {
        MessageDigest[] pads = keyed(itemSeed);
        this.inner = pads[0];
        this.outer = pads[1];
    }

    /**
     * @param secret the generation secret
     * @param id the challenge id (its MAC is not part of the derivation; everything it authenticates is)
     * @return the derivation for that item
     */
    public static SeedDerivation forItem(Secret secret, ChallengeId id) {
        return new SeedDerivation(hmac(secret.bytes(), "dacr/item-seed/v1\n" + id.unsignedText()));
    }

    /**
     * @param stage the stage's name, e.g. {@code world}
     * @param draw the re-draw counter, 0 for the first draw
     * @return a fresh stream for that stage and draw
     */
    public Xoshiro256 stream(String stage, int draw) {
        if (stage == null || stage.isEmpty() || stage.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("stage must be a non-empty single-line name, was '" + stage + "'");
        }
        if (draw < 0) {
            throw new IllegalArgumentException("draw must not be negative, was " + draw);
        }
        // The bytes of "dacr/stage/v1\n" + stage + "\n" + draw in UTF-8, written without building the string.
        byte[] stageBytes = isAscii(stage) ? null : stage.getBytes(StandardCharsets.UTF_8);
        int stageLength = stageBytes == null ? stage.length() : stageBytes.length;
        int length = STAGE_PREFIX.length + stageLength + 1 + 10;
        if (message.length < length) {
            message = new byte[length];
        }
        byte[] m = message;
        System.arraycopy(STAGE_PREFIX, 0, m, 0, STAGE_PREFIX.length);
        int at = STAGE_PREFIX.length;
        if (stageBytes == null) {
            for (int i = 0; i < stageLength; i++) {
                m[at++] = (byte) stage.charAt(i);
            }
        } else {
            System.arraycopy(stageBytes, 0, m, at, stageLength);
            at += stageLength;
        }
        m[at++] = '\n';
        at = writeDecimal(draw, m, at);
        return Xoshiro256.fromSeed(finish(copy(inner), copy(outer), m, at));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Writes a non-negative int in decimal (as {@link Integer#toString(int)} does) and returns the end. */
    private static int writeDecimal(int value, byte[] out, int at) {
        int digits = 1;
        for (int v = value; v >= 10; v /= 10) {
            digits++;
        }
        int end = at + digits;
        int v = value;
        for (int i = end - 1; i >= at; i--) {
            out[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return end;
    }

    /** @return HMAC-SHA256 of {@code message[0, length)} from the keyed inner and outer digests */
    private static byte[] finish(MessageDigest inner, MessageDigest outer, byte[] message, int length) {
        inner.update(message, 0, length);
        outer.update(inner.digest());
        return outer.digest();
    }

    /** @return SHA-256 digests with the inner and outer key pads of RFC 2104 absorbed */
    private static MessageDigest[] keyed(byte[] key) {
        byte[] k = key.length > BLOCK ? copy(SHA256).digest(key) : key;
        byte[] ipad = new byte[BLOCK];
        byte[] opad = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            byte b = i < k.length ? k[i] : 0;
            ipad[i] = (byte) (b ^ 0x36);
            opad[i] = (byte) (b ^ 0x5c);
        }
        MessageDigest inner = copy(SHA256);
        inner.update(ipad);
        MessageDigest outer = copy(SHA256);
        outer.update(opad);
        return new MessageDigest[] {inner, outer};
    }

    static byte[] hmac(byte[] key, String message) {
        MessageDigest[] pads = keyed(key);
        byte[] m = message.getBytes(StandardCharsets.UTF_8);
        return finish(pads[0], pads[1], m, m.length);
    }

    private static MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the platform's SHA-256 cannot be cloned", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.clone();
            return digest;
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            throw new IllegalStateException("a cloneable SHA-256 is mandatory for seed derivation", e);
        }
    }
}
