package io.dacr.generator.internal.random;

import io.dacr.api.ChallengeId;
import io.dacr.api.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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

    private final byte[] itemSeed;
    /** HMAC keyed with the item seed, made once per item: {@link Mac#getInstance} is slow, and streams are many. */
    private final Mac stageMac;

    private SeedDerivation(byte[] itemSeed) {
        this.itemSeed = itemSeed;
        this.stageMac = keyed(itemSeed);
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
        // doFinal resets the Mac, so the next stream starts from the same key.
        return Xoshiro256.fromSeed(stageMac.doFinal(("dacr/stage/v1\n" + stage + "\n" + draw).getBytes(StandardCharsets.UTF_8)));
    }

    private static Mac keyed(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is mandatory on every Java platform", e);
        }
    }

    static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is mandatory on every Java platform", e);
        }
    }
}
