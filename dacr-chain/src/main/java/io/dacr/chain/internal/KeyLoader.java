package io.dacr.chain.internal;

import io.dacr.api.ChainException;
import io.dacr.api.ChainException.Reason;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;

/**
 * Reads secp256k1 private keys from files and environment variables. Messages name where a key came
 * from, never what it holds. Not API: {@link io.dacr.chain.SigningKey} is.
 */
public final class KeyLoader {

    private static final BigInteger ORDER =
            new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);

    private KeyLoader() {
    }

    /**
     * @param file a file holding 64 hex digits, optionally {@code 0x}-prefixed, whitespace around ignored
     * @return the key
     * @throws ChainException (CONFIGURATION) if it cannot be read or holds no key
     */
    public static Credentials fromFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new ChainException(Reason.CONFIGURATION, "cannot read the key file " + file + ": "
                    + e.getClass().getSimpleName(), null);
        }
        return parse(text, "the key file " + file);
    }

    /**
     * @param variable the variable's name
     * @param environment the environment
     * @return the key it holds
     * @throws ChainException (CONFIGURATION) if it is unset or holds no key
     */
    public static Credentials fromEnvironment(String variable, Map<String, String> environment) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            throw new ChainException(Reason.CONFIGURATION, "the environment variable " + variable
                    + " holding the key is not set", null);
        }
        return parse(value, "the environment variable " + variable);
    }

    /**
     * @param text the key's hex digits
     * @param where where it came from, for messages
     * @return the key
     * @throws ChainException (CONFIGURATION) if it is not a key
     */
    public static Credentials parse(String text, String where) {
        String digits = text.strip();
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            digits = digits.substring(2);
        }
        if (digits.length() != 64 || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new ChainException(Reason.CONFIGURATION,
                    where + " does not hold a private key (64 hex digits, optionally 0x-prefixed)", null);
        }
        BigInteger key = new BigInteger(digits, 16);
        if (key.signum() == 0 || key.compareTo(ORDER) >= 0) {
            throw new ChainException(Reason.CONFIGURATION, where + " holds a number outside the secp256k1 key range", null);
        }
        return Credentials.create(ECKeyPair.create(key));
    }
}
