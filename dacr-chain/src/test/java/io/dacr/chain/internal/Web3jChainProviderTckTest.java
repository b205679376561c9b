package io.dacr.chain.internal;

import io.dacr.api.spi.ChainConfig;
import io.dacr.api.spi.ChainProvider;
import io.dacr.testkit.AbstractChainProviderTck;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The web3j provider passes the chain TCK against the Hardhat node; the tests that need the node are
 * skipped, saying so, when scripts/test.sh did not start one.
 */
class Web3jChainProviderTckTest extends AbstractChainProviderTck {

    private static LocalChain chain;

    private static synchronized LocalChain chain() {
        if (chain == null) {
            chain = LocalChain.withFreshContract();
        }
        return chain;
    }

    @Override
    protected ChainProvider provider() {
        return new Web3jChainProvider();
    }

    @Override
    protected ChainConfig reachableConfig() {
        return chain().config();
    }

    @Override
    protected ChainConfig unreachableConfig() {
        // Port 9 (discard) refuses connections on a machine that runs no such service.
        return new ChainConfig(URI.create("http://127.0.0.1:9"), 31337, "0x" + "5f".repeat(20),
                new TreeMap<>(Map.of(Web3jChainProvider.REQUEST_TIMEOUT, "2")));
    }

    @Override
    protected Duration unreachableFailureTimeout() {
        return Duration.ofSeconds(20);
    }
}
