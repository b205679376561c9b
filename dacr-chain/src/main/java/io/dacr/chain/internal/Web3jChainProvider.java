package io.dacr.chain.internal;

import io.dacr.api.ChainException;
import io.dacr.api.ChainException.Reason;
import io.dacr.api.internal.Checks;
import io.dacr.api.spi.ChainConfig;
import io.dacr.api.spi.ChainConnector;
import io.dacr.api.spi.ChainProvider;
import org.web3j.crypto.Credentials;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The {@code web3j} chain provider: connects to the DACR mining contract over JSON-RPC (HTTP).
 * Options of {@link ChainConfig#options()}:
 * <ul>
 *   <li>{@value #KEY_FILE}: a file holding the sending account's private key, or</li>
 *   <li>{@value #KEY_ENV}: the name of an environment variable holding it (without either, the
 *       connector reads but cannot send);</li>
 *   <li>{@value #REQUEST_TIMEOUT}: seconds one JSON-RPC request may take (default 10);</li>
 *   <li>{@value #RECEIPT_TIMEOUT}: seconds a transaction may take to be mined (default 120).</li>
 * </ul>
 * Registered as a {@code java.util.ServiceLoader} provider; public only for that.
 */
public final class Web3jChainProvider implements ChainProvider {

    /** Option: the key file. */
    public static final String KEY_FILE = "key-file";
    /** Option: the environment variable holding the key. */
    public static final String KEY_ENV = "key-env";
    /** Option: request timeout in seconds. */
    public static final String REQUEST_TIMEOUT = "request-timeout-seconds";
    /** Option: mining timeout in seconds. */
    public static final String RECEIPT_TIMEOUT = "receipt-timeout-seconds";

    private final Map<String, String> environment;

    /** The provider ServiceLoader creates; keys named by {@value #KEY_ENV} come from the process environment. */
    public Web3jChainProvider() {
        this(System.getenv());
    }

    /**
     * @param environment where {@value #KEY_ENV} variables are looked up
     */
    public Web3jChainProvider(Map<String, String> environment) {
        this.environment = Map.copyOf(Checks.notNull(environment, "environment"));
    }

    @Override
    public String id() {
        return "web3j";
    }

    @Override
    public String description() {
        return "The DACR mining contract on an EVM chain, over JSON-RPC with web3j";
    }

    /**
     * @param config the node, chain, contract and options
     * @return a connector to the contract
     * @throws ChainException if the node cannot be reached, is on another chain, holds no contract at
     *     the address, or the key cannot be read
     */
    @Override
    public ChainConnector connect(ChainConfig config) {
        Checks.notNull(config, "config");
        Map<String, String> options = config.options();
        Credentials key = key(options);
        Rpc rpc = new Rpc(config.rpcUrl(), config.chainId(), seconds(options, REQUEST_TIMEOUT, 10),
                seconds(options, RECEIPT_TIMEOUT, 120));
        try {
            rpc.requireChain();
            if (!rpc.hasCode(config.contractAddress())) {
                throw new ChainException(Reason.CONFIGURATION, "no contract is deployed at " + config.contractAddress()
                        + " on chain " + config.chainId() + " (" + config.rpcUrl() + ")", null);
            }
            return new Web3jChainConnector(rpc, config.contractAddress(), key);
        } catch (RuntimeException e) {
            rpc.close();
            throw e;
        }
    }

    private Credentials key(Map<String, String> options) {
        String file = options.get(KEY_FILE);
        String variable = options.get(KEY_ENV);
        if (file != null && variable != null) {
            throw new ChainException(Reason.CONFIGURATION, "give the key by " + KEY_FILE + " or by " + KEY_ENV + ", not both", null);
        }
        if (file != null) {
            return KeyLoader.fromFile(Path.of(file));
        }
        if (variable != null) {
            return KeyLoader.fromEnvironment(variable, environment);
        }
        return null;
    }

    private static Duration seconds(Map<String, String> options, String name, long fallback) {
        String value = options.get(name);
        if (value == null) {
            return Duration.ofSeconds(fallback);
        }
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ChainException(Reason.CONFIGURATION, "option " + name + " must be a positive number of seconds, was '"
                + value + "'", null);
    }
}
