package io.dacr.api;

import io.dacr.api.internal.Checks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Key material: a generation secret, an epoch secret. Immutable; its {@link #toString()} never
 * shows the bytes, so a secret that ends up in a log line or an exception message stays secret.
 *
 * <p>Secrets come from files or environment variables, never from command-line arguments:
 * <pre>{@code
 * Secret secret = Secret.fromFile(Path.of("/run/secrets/dacr"));
 * Secret fromEnv = Secret.fromEnvironment("DACR_SECRET", System.getenv());
 * }</pre>
 */
public final class Secret {

    /** Fewest bytes a secret may have: anything shorter is guessable. */
    public static final int MIN_BYTES = 16;

    private final byte[] bytes;
    /**
     * HMAC-SHA256 keyed with this secret, made on first use and then only cloned: looking the
     * algorithm up ({@link Mac#getInstance}) and keying it cost more than the MAC of a challenge id.
     * Not part of equality; never used itself, so sharing it between threads is safe.
     */
    private volatile Mac hmacPrototype;

    private Secret(byte[] bytes) {
        Checks.requireArgument(bytes.length >= MIN_BYTES,
                "a secret must have at least %d bytes, this one has %d", MIN_BYTES, bytes.length);
        this.bytes = bytes.clone();
    }

    /**
     * @param bytes the key material, at least {@value #MIN_BYTES} bytes; copied
     * @return the secret
     * @throws IllegalArgumentException if there are fewer than {@value #MIN_BYTES} bytes
     */
    public static Secret ofBytes(byte[] bytes) {
        return new Secret(Checks.notNull(bytes, "bytes"));
    }

    /**
     * @param text the key material as text, encoded as UTF-8; surrounding whitespace is removed
     * @return the secret
     * @throws IllegalArgumentException if the text has fewer than {@value #MIN_BYTES} bytes
     */
    public static Secret ofUtf8(String text) {
        return new Secret(Checks.notNull(text, "text").strip().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a secret from a file: its content as UTF-8 text, surrounding whitespace removed (a
     * trailing newline is common and not part of the secret).
     *
     * @param file the file
     * @return the secret
     * @throws ConfigurationException if the file cannot be read or holds too short a secret; the
     *     message names the file, never its content
     */
    public static Secret fromFile(Path file) {
        Checks.notNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the secret file " + file + ": " + e.getMessage(), e);
        }
        try {
            return ofUtf8(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("the secret in " + file + " is too short: " + e.getMessage());
        }
    }

    /**
     * Reads a secret from an environment variable.
     *
     * @param name the variable's name
     * @param environment the environment, usually {@code System.getenv()}
     * @return the secret
     * @throws ConfigurationException if the variable is unset, empty or too short
     */
    public static Secret fromEnvironment(String name, Map<String, String> environment) {
        Checks.notNull(name, "name");
        String value = Checks.notNull(environment, "environment").get(name);
        if (value == null || value.isBlank()) {
            throw new ConfigurationException("the environment variable " + name + " holding the secret is not set");
        }
        try {
            return ofUtf8(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("the secret in " + name + " is too short: " + e.getMessage());
        }
    }

    /**
     * @param message the message
     * @return HMAC-SHA256 of {@code message} under this secret
     */
    byte[] hmacSha256(byte[] message) {
        Mac prototype = hmacPrototype;
        if (prototype == null) {
            prototype = newHmac();
            hmacPrototype = prototype;
        }
        Mac mac;
        try {
            mac = (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            // A provider whose HMAC cannot be cloned: key a fresh one each time.
            mac = newHmac();
        }
        return mac.doFinal(message);
    }

    private Mac newHmac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is mandatory on every Java platform.
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** @return a copy of the key material */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Constant-time comparison, so equality checks do not leak the secret through timing. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that && MessageDigest.isEqual(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** @return a fixed text that reveals nothing of the secret */
    @Override
    public String toString() {
        return "Secret[redacted]";
    }
}
