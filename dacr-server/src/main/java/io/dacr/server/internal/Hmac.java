package io.dacr.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 and constant-time comparison: the one keyed primitive the coordinator derives things with. */
public final class Hmac {

    private Hmac() {
    }

    /**
     * @param key the key
     * @param message the message, encoded as UTF-8
     * @return HMAC-SHA256(key, message)
     */
    public static byte[] sha256(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is mandatory on every Java platform", e);
        }
    }

    /**
     * @param key the key
     * @param message the message, encoded as UTF-8
     * @return HMAC-SHA256(key, message) as lower-case hex
     */
    public static String sha256Hex(byte[] key, String message) {
        return HexFormat.of().formatHex(sha256(key, message));
    }

    /**
     * @param a a MAC
     * @param b another
     * @return true if equal; takes the same time wherever they differ
     */
    public static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param data bytes
     * @return their SHA-256 digest as lower-case hex
     */
    public static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is mandatory on every Java platform", e);
        }
    }
}
