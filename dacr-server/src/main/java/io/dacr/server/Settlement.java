package io.dacr.server;

import io.dacr.api.reward.Receipt;
import java.util.List;
import java.util.Optional;

/**
 * The chain side of a coordinator: signs receipts with the coordinator key and encodes the calls a
 * miner sends to the mining contract. {@link ChainSettlement} implements it over dacr-chain (EIP-712 typed-data
 * signatures and the contract's ABI); the coordinator only passes what it returns on to miners.
 *
 * <pre>{@code
 * Settlement settlement = ChainSettlement.forContract(coordinatorKey, chainId, contract);
 * Coordinator coordinator = Coordinator.builder(generator, secret, ledger, new Eip712ReceiptHasher(), settlement,
 *         storage).domains(domains).build();
 * }</pre>
 */
public interface Settlement {

    /**
     * @param receipt a receipt the coordinator issues
     * @return the coordinator's signature of it, {@code 0x} and 130 hex digits (r, s, v)
     * @throws io.dacr.api.ChainException if it cannot be signed
     */
    String sign(Receipt receipt);

    /**
     * @param receipt the receipt
     * @param signature its signature from {@link #sign}
     * @return the calldata of the contract call that submits the receipt, {@code 0x}-prefixed hex
     * @throws io.dacr.api.ChainException if it cannot be encoded
     */
    String submitReceiptCalldata(Receipt receipt, String signature);

    /**
     * @param epochs the epochs to claim, ascending, distinct
     * @return the calldata of the contract call that claims a miner's direct (FLOOR) reward of those
     *     epochs, {@code 0x}-prefixed hex
     * @throws io.dacr.api.ChainException if it cannot be encoded
     */
    String claimCalldata(List<Long> epochs);

    /** @return the mining contract's address, if deployed: where the calldata is sent */
    Optional<String> contractAddress();
}
