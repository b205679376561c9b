package io.dacr.chain;

import io.dacr.api.ChainException;
import io.dacr.api.internal.Checks;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;

/**
 * A secp256k1 private key: the coordinator's (it signs receipts) or an account's (it sends
 * transactions). Keys are read from a file or an environment variable, never taken from a command
 * line, and never printed: {@link #toString()} shows only the address.
 *
 * <pre>{@code
 * SigningKey coordinator = SigningKey.fromFile(Path.of("/run/secrets/coordinator.key"));
 * SigningKey miner = SigningKey.fromEnvironment("DACR_CHAIN_KEY", System.getenv());
 * }</pre>
 */
public final class SigningKey {

    private static final BigInteger ORDER =
            new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);

    private final Credentials credentials;

    private SigningKey(BigInteger privateKey) {
        this.credentials = Credentials.create(ECKeyPair.create(privateKey));
    }

    /**
     * @param file a file whose content is the key: 64 hex digits, with or without {@code 0x}, surrounding
     *     whitespace ignored
     * @return the key
     * @throws ChainException (reason CONFIGURATION) if the file cannot be read or holds no valid key
     */
    public static SigningKey fromFile(Path file) {
        Checks.notNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new ChainException(ChainException.Reason.CONFIGURATION, "cannot read the key file " + file + ": " + e, null);
        }
        return parse(text, "the key file " + file);
    }

    /**
     * @param variable the environment variable's name
     * @param environment the environment, e.g. {@code System.getenv()}
     * @return the key it holds
     * @throws ChainException (reason CONFIGURATION) if it is unset or holds no valid key
     */
    public static SigningKey fromEnvironment(String variable, Map<String, String> environment) {
        Checks.notBlank(variable, "variable");
        String value = Checks.notNull(environment, "environment").get(variable);
        if (value == null || value.isBlank()) {
            throw new ChainException(ChainException.Reason.CONFIGURATION,
                    "the environment variable " + variable + " holding the key is not set", null);
        }
        return parse(value, "the environment variable " + variable);
    }

    /**
     * @param hex 64 hex digits, with or without {@code 0x}; for tests and embedders that hold the key
     *     already (the key is not kept as text)
     * @return the key
     * @throws ChainException (reason CONFIGURATION) if it is not a valid key
     */
    public static SigningKey ofHex(String hex) {
        return parse(Checks.notNull(hex, "hex"), "the given key");
    }

    private static SigningKey parse(String text, String where) {
        String digits = text.strip();
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            digits = digits.substring(2);
        }
        // The message names where the key came from, never what it holds.
        if (digits.length() != 64 || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new ChainException(ChainException.Reason.CONFIGURATION,
                    where + " does not hold a private key (64 hex digits, optionally 0x-prefixed)", null);
        }
        BigInteger key = new BigInteger(digits, 16);
        if (key.signum() == 0 || key.compareTo(ORDER) >= 0) {
            throw new ChainException(ChainException.Reason.CONFIGURATION,
                    where + " holds a number outside the secp256k1 key range", null);
        }
        return new SigningKey(key);
    }

    /** @return the key's address, {@code 0x} and 40 lower-case hex digits */
    public String address() {
        return credentials.getAddress().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @return the web3j credentials, for signing transactions and messages inside dacr-chain
     */
    public Credentials credentials() {
        return credentials;
    }

    /** @return the address only; the key never appears in text */
    @Override
    public String toString() {
        return "SigningKey[" + address() + "]";
    }
}
