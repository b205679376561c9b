package io.dacr.api.reward;

/** How an epoch's pool is split among its miners. An epoch is settled through one mode only. */
public enum DistributionMode {
    /**
     * Each miner gets floor(pool × credits / total); what is left stays in the pool. Exactly what the
     * contract's direct claims pay.
     */
    FLOOR,
    /**
     * floor shares, then the remaining base units one each to the miners with the largest remainders
     * (ties broken by address, ascending); sums exactly to the pool. Paid through Merkle claims.
     */
    LARGEST_REMAINDER
}
