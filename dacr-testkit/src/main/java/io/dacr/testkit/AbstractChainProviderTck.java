package io.dacr.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.dacr.api.ChainException;
import io.dacr.api.spi.ChainConfig;
import io.dacr.api.spi.ChainConnector;
import io.dacr.api.spi.ChainProvider;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The compatibility kit for {@link ChainProvider}s. Extend it in the provider's test sources with a
 * configuration that reaches a node with the mining contract deployed (a local development node)
 * and one that reaches nothing; every test checks one promise of the SPI.
 *
 * <pre>{@code
 * class Web3jChainProviderTest extends AbstractChainProviderTck {
 *     protected ChainProvider provider() { return new Web3jChainProvider(); }
 *     protected ChainConfig reachableConfig() { return localNode.config(); }
 *     protected ChainConfig unreachableConfig() {
 *         return new ChainConfig(URI.create("http://127.0.0.1:9"), 31337, localNode.contract(), new TreeMap<>());
 *     }
 * }
 * }</pre>
 */
public abstract class AbstractChainProviderTck extends AbstractProviderTck<ChainProvider> {

    /** For subclasses. */
    protected AbstractChainProviderTck() {
    }


    /** @return a configuration whose node answers and holds the mining contract */
    protected abstract ChainConfig reachableConfig();

    /** @return a configuration whose node cannot be reached */
    protected abstract ChainConfig unreachableConfig();

    /** @return the epoch in which the unknown miner's credits are read */
    protected long unknownMinerEpoch() {
        return 1;
    }

    /** @return how long a connector may take to give up on an unreachable node */
    protected Duration unreachableFailureTimeout() {
        return Duration.ofSeconds(60);
    }

    /**
     * @return an address no test has used: {@code 0x} and the first 40 hex digits of SHA-256 of a
     *     fixed text, so that it is the same on every run
     */
    protected String unknownMiner() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest("dacr-testkit: a miner that never submitted".getBytes(StandardCharsets.UTF_8));
            return "0x" + HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }




    /**
     * A node that cannot be reached gives a {@link ChainException}, whether connecting or the first
     * call fails, within {@link #unreachableFailureTimeout()}: never another exception type, never a hang.
     */
    @Test
    public void unreachableNodeFailsWithChainException() {
        assertTimeoutPreemptively(unreachableFailureTimeout(), () ->
                assertThrows(ChainException.class, () -> {
                    try (ChainConnector connector = provider().connect(unreachableConfig())) {
                        connector.credits(unknownMinerEpoch(), unknownMiner());
                    }
                }, "an unreachable node must raise ChainException"));
    }

    /** Closing twice is harmless: close() is idempotent. */
    @Test
    public void closeIsIdempotent() {
        ChainConnector connector = provider().connect(reachableConfig());
        connector.close();
        assertDoesNotThrow(connector::close, "a second close() must do nothing");
    }

    /** A miner that never submitted a receipt has zero credits, not an error. */
    @Test
    public void creditsOfAnUnknownMinerAreZero() {
        try (ChainConnector connector = provider().connect(reachableConfig())) {
            assertEquals(BigInteger.ZERO, connector.credits(unknownMinerEpoch(), unknownMiner()),
                    "an unknown miner's credits");
        }
    }
}
