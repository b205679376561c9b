package io.dacr.api.spi;

/** Creates {@link ChainConnector}s for one kind of chain client. */
public interface ChainProvider extends Provider {

    /**
     * @param config the node, chain and contract
     * @return a connector; creating it may contact the node to check the chain id
     * @throws io.dacr.api.ChainException if the node cannot be reached or reports another chain id
     */
    ChainConnector connect(ChainConfig config);
}
