package io.dacr.api.reward;

/**
 * Computes a receipt's hash. The chain module's implementation is the EIP-712 struct hash of the
 * receipt, so that the ledger's receipt chain and the contract's agree byte for byte.
 */
@FunctionalInterface
public interface ReceiptHasher {

    /**
     * @param receipt the receipt
     * @return its hash, {@code 0x} and 64 lower-case hex digits
     */
    String hash(Receipt receipt);
}
