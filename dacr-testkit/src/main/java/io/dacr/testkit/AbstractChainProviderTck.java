package io.dacr.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.ChainException;
import io.dacr.api.ChainException.Reason;
import io.dacr.api.spi.ChainConfig;
import io.dacr.api.spi.ChainConnector;
import io.dacr.api.spi.ChainProvider;
import io.dacr.testkit.internal.StubJsonRpcNode;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The compatibility kit for {@link ChainProvider}s. Extend it in the provider's test sources with a
 * configuration that reaches a node with the mining contract deployed (a local development node)
 * and one that reaches nothing; every test checks one promise of the SPI. The tests that misbehave
 * on purpose (a node on another chain, a server that is no node at all) run against a stub JSON-RPC
 * server the kit starts on 127.0.0.1 ({@link ChainConfig#rpcUrl()} is a JSON-RPC URL), so they run
 * without a real node.
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

    /**
     * A configuration for one of the kit's stub nodes.
     *
     * @param rpcUrl the stub node's URL
     * @param chainId the chain id the configuration names
     * @return by default {@link #unreachableConfig()}'s contract address and options (short timeouts
     *     belong there) with this URL and chain id
     */
    protected ChainConfig stubNodeConfig(URI rpcUrl, long chainId) {
        ChainConfig template = unreachableConfig();
        return new ChainConfig(rpcUrl, chainId, template.contractAddress(), template.options());
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
     * A node that cannot be reached gives a {@link ChainException} whose reason says so
     * ({@code UNREACHABLE}, or {@code TIMEOUT} where the attempt timed out), whether connecting or the
     * first call fails, within {@link #unreachableFailureTimeout()}: never another exception type,
     * never a hang.
     */
    @Test
    public void unreachableNodeFailsWithChainException() {
        ChainException e = assertTimeoutPreemptively(unreachableFailureTimeout(), () ->
                assertThrows(ChainException.class, () -> {
                    try (ChainConnector connector = provider().connect(unreachableConfig())) {
                        connector.credits(unknownMinerEpoch(), unknownMiner());
                    }
                }, "an unreachable node must raise ChainException"));
        assertTrue(e.reason() == Reason.UNREACHABLE || e.reason() == Reason.TIMEOUT,
                () -> "an unreachable node is reason UNREACHABLE (or TIMEOUT), was " + e.reason() + ": " + e.getMessage());
    }

    /**
     * A configuration naming another chain id than the node's is refused with {@code WRONG_CHAIN}
     * before anything is read or sent: receipts signed for one chain must never reach another.
     */
    @Test
    public void aConfigurationNamingAnotherChainIsRefusedWithWrongChain() {
        ChainConfig reachable = reachableConfig();
        ChainConfig otherChain = new ChainConfig(reachable.rpcUrl(), reachable.chainId() + 1, reachable.contractAddress(),
                reachable.options());

        assertRefused(Reason.WRONG_CHAIN, otherChain);
    }

    /**
     * A node that reports another chain id (here the kit's stub node, on chain 1) is refused with
     * {@code WRONG_CHAIN}, without a real node.
     */
    @Test
    public void aNodeOnAnotherChainIsRefusedWithWrongChain() {
        try (StubJsonRpcNode node = StubJsonRpcNode.answering(Map.of("eth_chainId", "\"0x1\"", "net_version", "\"1\""))) {
            assertRefused(Reason.WRONG_CHAIN, stubNodeConfig(node.url(), 31337));
        }
    }

    /**
     * A server that answers with something other than JSON-RPC (an HTML page) is reason
     * {@code RPC_ERROR}: it answered, so it is not unreachable, and what it said is unreadable.
     */
    @Test
    public void aServerAnsweringSomethingOtherThanJsonRpcIsAnRpcError() {
        try (StubJsonRpcNode node = StubJsonRpcNode.answeringHtml()) {
            assertRefused(Reason.RPC_ERROR, stubNodeConfig(node.url(), 31337));
        }
    }

    /** An address that holds no mining contract is refused with a ChainException, not read as zeros. */
    @Test
    public void anAddressWithoutTheContractIsRefused() {
        ChainConfig reachable = reachableConfig();
        ChainConfig noContract = new ChainConfig(reachable.rpcUrl(), reachable.chainId(), unknownMiner(), reachable.options());

        ChainException e = assertThrows(ChainException.class, () -> {
            try (ChainConnector connector = provider().connect(noContract)) {
                connector.credits(unknownMinerEpoch(), unknownMiner());
            }
        }, "an address without the contract must raise ChainException");
        assertTrue(e.reason() != Reason.UNSPECIFIED, () -> "the refusal must name a reason: " + e.getMessage());
    }

    /** Closing twice is harmless: close() is idempotent. */
    @Test
    public void closeIsIdempotent() {
        ChainConnector connector = provider().connect(reachableConfig());
        connector.close();
        assertDoesNotThrow(connector::close, "a second close() must do nothing");
    }

    /** An epoch in which no receipt was submitted has zero credits in all, not an error. */
    @Test
    public void totalCreditsOfAnEpochWithoutReceiptsAreZero() {
        try (ChainConnector connector = provider().connect(reachableConfig())) {
            assertEquals(BigInteger.ZERO, connector.totalCredits(unknownMinerEpoch() + 1_000_000),
                    "the total credits of an epoch nobody submitted to");
        }
    }

    /** A miner that never submitted a receipt has zero credits, not an error. */
    @Test
    public void creditsOfAnUnknownMinerAreZero() {
        try (ChainConnector connector = provider().connect(reachableConfig())) {
            assertEquals(BigInteger.ZERO, connector.credits(unknownMinerEpoch(), unknownMiner()),
                    "an unknown miner's credits");
        }
    }

    /** Connecting with {@code config}, and reading once, fails with {@code reason} within the time limit. */
    private void assertRefused(Reason reason, ChainConfig config) {
        ChainException e = assertTimeoutPreemptively(unreachableFailureTimeout(), () ->
                assertThrows(ChainException.class, () -> {
                    try (ChainConnector connector = provider().connect(config)) {
                        connector.credits(unknownMinerEpoch(), unknownMiner());
                    }
                }, "expected a ChainException with reason " + reason));
        assertEquals(reason, e.reason(), e::getMessage);
    }
}
