package io.dacr.chain;

import io.dacr.api.ChainException;
import io.dacr.api.internal.Checks;
import io.dacr.api.reward.Receipt;
import io.dacr.chain.internal.Calls;
import io.dacr.chain.internal.ContractAbi;
import io.dacr.chain.internal.Rpc;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The DACR mining contract ({@code src/main/solidity/DacrMining.sol}): its committed ABI and bytecode,
 * compiled by solc-js 0.8.37 for the Paris EVM, and its deployment. Once deployed, talk to it through
 * the {@code web3j} {@link io.dacr.api.spi.ChainProvider}.
 *
 * <pre>{@code
 * String contract = MiningContract.deploy(URI.create("http://127.0.0.1:8545"), 31337, ownerKey,
 *         coordinatorKey.address());
 * }</pre>
 */
public final class MiningContract {

    private MiningContract() {
    }

    /** @return the contract's ABI as JSON text */
    public static String abiJson() {
        return ContractAbi.get().abiJson();
    }

    /** @return its creation bytecode, {@code 0x}-prefixed hex */
    public static String bytecode() {
        return ContractAbi.get().bytecode();
    }

    /** @return the names of its custom errors (every refusal is one), sorted */
    public static List<String> errorNames() {
        return ContractAbi.get().errorNames();
    }

    /** @return the names of its events (every state change emits one), sorted */
    public static List<String> eventNames() {
        return ContractAbi.get().eventNames();
    }

    /**
     * The calldata a miner sends to submit a signed receipt, for callers that hand it on instead of
     * sending it themselves (the coordinator gives it to miners with each receipt).
     *
     * @param receipt the receipt
     * @param signature the coordinator's signature of it ({@link ReceiptSignatures#sign})
     * @return the calldata of {@code submitReceipt(Receipt,bytes)}, {@code 0x}-prefixed hex
     * @throws IllegalArgumentException if the signature is not hex
     */
    public static String submitReceiptCalldata(Receipt receipt, String signature) {
        Checks.notNull(receipt, "receipt");
        Checks.notNull(signature, "signature");
        return Calls.submitReceipt(receipt, signature);
    }

    /**
     * @param epochs the epochs whose direct (FLOOR) rewards to claim
     * @return the calldata of {@code claim(uint64[])}, {@code 0x}-prefixed hex
     * @throws IllegalArgumentException if an epoch is negative
     */
    public static String claimCalldata(List<Long> epochs) {
        Checks.notNull(epochs, "epochs");
        epochs.forEach(e -> Checks.requireArgument(e != null && e >= 0, "an epoch is a non-negative number, was %s", e));
        return Calls.claim(epochs);
    }

    /**
     * Deploys a new mining contract; the deployer becomes its owner (who commits, closes, reveals and
     * finalizes epochs).
     *
     * @param rpcUrl the node's JSON-RPC URL
     * @param chainId the chain id the node must report
     * @param owner the deploying account's key
     * @param coordinator the address whose receipt signatures the contract accepts
     * @return the new contract's address, {@code 0x} and 40 lower-case hex digits
     * @throws ChainException if the node cannot be reached, is on another chain, or the deployment fails
     */
    public static String deploy(URI rpcUrl, long chainId, SigningKey owner, String coordinator) {
        Checks.notNull(rpcUrl, "rpcUrl");
        Checks.requireArgument(chainId > 0, "chainId must be positive, was %d", chainId);
        Checks.notNull(owner, "owner");
        Checks.address(coordinator, "coordinator");
        try (Rpc rpc = new Rpc(rpcUrl, chainId, Duration.ofSeconds(10), Duration.ofSeconds(120))) {
            rpc.requireChain();
            String address = rpc.send(owner.credentials(), null, BigInteger.ZERO,
                    bytecode() + Calls.constructorArguments(coordinator)).getContractAddress();
            if (address == null) {
                throw new ChainException(ChainException.Reason.RPC_ERROR, "the node mined the deployment but named no contract address", null);
            }
            return address.toLowerCase(Locale.ROOT);
        }
    }
}
