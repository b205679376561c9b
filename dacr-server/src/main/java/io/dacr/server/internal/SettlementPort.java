package io.dacr.server.internal;

import io.dacr.api.reward.Receipt;
import java.util.List;
import java.util.Optional;

/**
 * What the service needs of the chain side; {@link io.dacr.server.Coordinator} adapts the public
 * {@code Settlement} to it, so this package does not depend back on the API package.
 */
public interface SettlementPort {

    /**
     * @param receipt a receipt
     * @return the coordinator's signature of it
     */
    String sign(Receipt receipt);

    /**
     * @param receipt a receipt
     * @param signature its signature
     * @return the calldata that submits it
     */
    String submitReceiptCalldata(Receipt receipt, String signature);

    /**
     * @param epochs epochs to claim
     * @return the calldata that claims them
     */
    String claimCalldata(List<Long> epochs);

    /** @return the contract's address, if known */
    Optional<String> contractAddress();
}
