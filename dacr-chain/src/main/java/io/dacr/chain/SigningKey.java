package io.dacr.chain;

import io.dacr.api.internal.Checks;
import io.dacr.chain.internal.KeyLoader;
import java.nio.file.Path;
import java.util.Map;
import org.web3j.crypto.Credentials;

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

    private final Credentials credentials;

    private SigningKey(Credentials credentials) {
        this.credentials = credentials;
    }

    /**
     * @param file a file whose content is the key: 64 hex digits, with or without {@code 0x}, surrounding
     *     whitespace ignored
     * @return the key
     * @throws ChainException (reason CONFIGURATION) if the file cannot be read or holds no valid key
     */
    public static SigningKey fromFile(Path file) {
        return new SigningKey(KeyLoader.fromFile(Checks.notNull(file, "file")));
    }

    /**
     * @param variable the environment variable's name
     * @param environment the environment, e.g. {@code System.getenv()}
     * @return the key it holds
     * @throws ChainException (reason CONFIGURATION) if it is unset or holds no valid key
     */
    public static SigningKey fromEnvironment(String variable, Map<String, String> environment) {
        Checks.notBlank(variable, "variable");
        return new SigningKey(KeyLoader.fromEnvironment(variable, Checks.notNull(environment, "environment")));
    }

    /**
     * @param hex 64 hex digits, with or without {@code 0x}; for tests and embedders that hold the key
     *     already (the key is not kept as text)
     * @return the key
     * @throws ChainException (reason CONFIGURATION) if it is not a valid key
     */
    public static SigningKey ofHex(String hex) {
        return new SigningKey(KeyLoader.parse(Checks.notNull(hex, "hex"), "the given key"));
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
