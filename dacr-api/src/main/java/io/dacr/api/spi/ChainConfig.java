package io.dacr.api.spi;

import io.dacr.api.internal.Checks;
import java.net.URI;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How to reach a chain and the mining contract. Keys are never part of the configuration: only the
 * names of the files or environment variables that hold them, in {@code options}.
 *
 * @param rpcUrl the node's JSON-RPC URL
 * @param chainId the chain id (31337 for a local Hardhat node)
 * @param contractAddress the mining contract's address, {@code 0x} and 40 lower-case hex digits
 * @param options provider-specific settings, sorted by name
 */
public record ChainConfig(URI rpcUrl, long chainId, String contractAddress, SortedMap<String, String> options) {

    /** Validates and copies. */
    public ChainConfig {
        Checks.notNull(rpcUrl, "rpcUrl");
        Checks.requireArgument(chainId > 0, "chainId must be positive, was %d", chainId);
        Checks.address(contractAddress, "contractAddress");
        options = Collections.unmodifiableSortedMap(new TreeMap<>(Checks.notNull(options, "options")));
    }
}
