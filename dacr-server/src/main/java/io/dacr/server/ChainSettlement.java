package io.dacr.server;

import io.dacr.api.internal.Checks;
import io.dacr.api.reward.Receipt;
import io.dacr.chain.Eip712Domain;
import io.dacr.chain.MiningContract;
import io.dacr.chain.ReceiptSignatures;
import io.dacr.chain.SigningKey;
import java.util.List;
import java.util.Optional;

/**
 * The production {@link Settlement}: receipts signed as EIP-712 typed data by the coordinator key for the
 * DACR mining contract's domain, and the contract's {@code submitReceipt} and {@code claim} calldata, all
 * from dacr-chain. A receipt it signs verifies with {@link ReceiptSignatures#verify} and is accepted by
 * a contract deployed with the key's address as its coordinator. Pair it with
 * {@link io.dacr.chain.Eip712ReceiptHasher} as the coordinator's receipt hasher.
 *
 * <pre>{@code
 * Settlement settlement = ChainSettlement.forContract(SigningKey.fromFile(keyFile), 31337, contract);
 * Coordinator coordinator = Coordinator.builder(generator, secret, ledger, new Eip712ReceiptHasher(),
 *         settlement, storage).domains(domains).build();
 * }</pre>
 *
 * <p>Without a deployed contract ({@link #withoutContract}) receipts are signed for the domain whose
 * verifying contract is the zero address: they form the same receipt chain and their signatures verify
 * against that domain, but no contract accepts them, and the calldata comes without a destination.
 */
public final class ChainSettlement implements Settlement {

    /** The verifying contract of the domain receipts are signed for when no contract is deployed. */
    public static final String NO_CONTRACT = "0x0000000000000000000000000000000000000000";

    private final SigningKey key;
    private final Eip712Domain domain;
    private final Optional<String> contract;

    private ChainSettlement(SigningKey key, Eip712Domain domain, Optional<String> contract) {
        this.key = key;
        this.domain = domain;
        this.contract = contract;
    }

    /**
     * @param coordinatorKey the key that signs receipts; the contract must have been deployed with its address
     * @param chainId the chain the contract is on
     * @param contract the mining contract's address, {@code 0x} and 40 hex digits
     * @return a settlement for that contract
     * @throws IllegalArgumentException if the chain id is not positive or the address is malformed
     */
    public static ChainSettlement forContract(SigningKey coordinatorKey, long chainId, String contract) {
        Checks.notNull(coordinatorKey, "coordinatorKey");
        Checks.notNull(contract, "contract");
        String address = contract.toLowerCase(java.util.Locale.ROOT);
        Checks.requireArgument(!address.equals(NO_CONTRACT), "the zero address is no contract; use withoutContract");
        return new ChainSettlement(coordinatorKey, Eip712Domain.dacrMining(chainId, address), Optional.of(address));
    }

    /**
     * @param coordinatorKey the key that signs receipts
     * @param chainId the chain id written into the signing domain
     * @return a settlement that signs receipts for the {@link #NO_CONTRACT} domain and names no contract
     * @throws IllegalArgumentException if the chain id is not positive
     */
    public static ChainSettlement withoutContract(SigningKey coordinatorKey, long chainId) {
        Checks.notNull(coordinatorKey, "coordinatorKey");
        return new ChainSettlement(coordinatorKey, Eip712Domain.dacrMining(chainId, NO_CONTRACT), Optional.empty());
    }

    /** @return the EIP-712 domain receipts are signed for */
    public Eip712Domain domain() {
        return domain;
    }

    /** @return the coordinator's address: the signer every receipt signature recovers to */
    public String coordinatorAddress() {
        return key.address();
    }

    @Override
    public String sign(Receipt receipt) {
        return ReceiptSignatures.sign(receipt, domain, key);
    }

    @Override
    public String submitReceiptCalldata(Receipt receipt, String signature) {
        return MiningContract.submitReceiptCalldata(receipt, signature);
    }

    @Override
    public String claimCalldata(List<Long> epochs) {
        return MiningContract.claimCalldata(epochs);
    }

    @Override
    public Optional<String> contractAddress() {
        return contract;
    }

    @Override
    public String toString() {
        return "ChainSettlement[signer " + key.address() + ", chain " + domain.chainId() + ", contract "
                + contract.orElse("none") + "]";
    }
}
