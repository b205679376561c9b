package io.dacr.chain.internal;

import io.dacr.api.ChainException;
import io.dacr.api.ChainException.Reason;
import io.dacr.api.internal.Checks;
import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Receipt;
import io.dacr.api.spi.ChainConnector;
import io.dacr.api.spi.ChainEvent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.Log;

/**
 * The mining contract over web3j: every write is one signed transaction from the configured key,
 * waited for until mined; every read an {@code eth_call}. Thread-safe: transactions of one connector
 * are sent one at a time, so its nonces never collide. Not API: obtain it through
 * {@link Web3jChainProvider}.
 */
final class Web3jChainConnector implements ChainConnector {

    private static final String ZERO_ROOT = "0x" + "0".repeat(64);

    private final Rpc rpc;
    private final String contract;
    private final Credentials key;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param rpc the node, already checked to be on the right chain
     * @param contract the mining contract's address
     * @param key the sender's key, or null for a read-only connector
     */
    Web3jChainConnector(Rpc rpc, String contract, Credentials key) {
        this.rpc = rpc;
        this.contract = contract;
        this.key = key;
    }

    @Override
    public String senderAddress() {
        return requireKey().getAddress().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String commitEpoch(long epoch, String secretHash) {
        Checks.nonNegative(epoch, "epoch");
        Checks.bytes32(secretHash, "secretHash");
        return send(Calls.commitEpoch(epoch, secretHash), BigInteger.ZERO);
    }

    @Override
    public String closeEpoch(long epoch) {
        Checks.nonNegative(epoch, "epoch");
        return send(Calls.closeEpoch(epoch), BigInteger.ZERO);
    }

    @Override
    public String revealEpoch(long epoch, String secret) {
        Checks.nonNegative(epoch, "epoch");
        byte[] bytes;
        try {
            bytes = Words.bytes(Checks.notNull(secret, "secret"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("secret must be 0x-prefixed hex: " + e.getMessage(), e);
        }
        return send(Calls.revealEpoch(epoch, bytes), BigInteger.ZERO);
    }

    @Override
    public String submitReceipt(Receipt receipt, String signature) {
        Checks.notNull(receipt, "receipt");
        Checks.notNull(signature, "signature");
        Checks.requireArgument(signature.matches("0x[0-9a-fA-F]{130}"),
                "signature must be 0x and 130 hex digits (r, s, v), was %d characters", signature.length());
        return send(Calls.submitReceipt(receipt, signature), BigInteger.ZERO);
    }

    @Override
    public BigInteger credits(long epoch, String miner) {
        Checks.nonNegative(epoch, "epoch");
        Checks.address(miner, "miner");
        return uint256(call(Calls.creditsOf(epoch, miner)));
    }

    @Override
    public BigInteger totalCredits(long epoch) {
        Checks.nonNegative(epoch, "epoch");
        String data = call(Calls.epochInfo(epoch));
        // epochInfo returns eight static words; totalCredits is the seventh.
        return new BigInteger(data.substring(2 + 64 * 6, 2 + 64 * 7), 16);
    }

    @Override
    public String fundEpoch(long epoch, BigInteger amount) {
        Checks.nonNegative(epoch, "epoch");
        Checks.notNull(amount, "amount");
        Checks.requireArgument(amount.signum() > 0, "amount must be positive, was %s", amount);
        return send(Calls.fundEpoch(epoch), amount);
    }

    @Override
    public String finalizeEpoch(long epoch, DistributionMode mode, String merkleRoot, BigInteger merkleTotal) {
        Checks.nonNegative(epoch, "epoch");
        Checks.notNull(mode, "mode");
        if (mode == DistributionMode.FLOOR) {
            Checks.requireArgument(merkleRoot == null && merkleTotal == null,
                    "a FLOOR epoch is paid by direct claims: give no Merkle root and no Merkle total");
        } else {
            Checks.bytes32(merkleRoot, "merkleRoot");
            Checks.notNull(merkleTotal, "merkleTotal");
            Checks.requireArgument(merkleTotal.signum() >= 0, "merkleTotal must not be negative, was %s", merkleTotal);
        }
        return send(Calls.finalizeEpoch(epoch, mode.ordinal(), merkleRoot == null ? ZERO_ROOT : merkleRoot,
                merkleTotal == null ? BigInteger.ZERO : merkleTotal), BigInteger.ZERO);
    }

    @Override
    public String claim(List<Long> epochs) {
        List<Long> list = Checks.immutableList(epochs, "epochs");
        Checks.requireArgument(!list.isEmpty(), "name at least one epoch to claim");
        list.forEach(e -> Checks.nonNegative(e, "epoch"));
        return send(Calls.claim(list), BigInteger.ZERO);
    }

    @Override
    public String claimMerkle(long epoch, String account, BigInteger amount, List<String> proof) {
        Checks.nonNegative(epoch, "epoch");
        Checks.address(account, "account");
        Checks.notNull(amount, "amount");
        List<String> siblings = Checks.immutableList(proof, "proof");
        siblings.forEach(p -> Checks.bytes32(p, "proof element"));
        return send(Calls.claimMerkle(epoch, account, amount, siblings), BigInteger.ZERO);
    }

    @Override
    public List<ChainEvent> events(long fromBlock, long toBlock) {
        Checks.nonNegative(fromBlock, "fromBlock");
        Checks.requireArgument(toBlock >= fromBlock, "toBlock (%d) must not be before fromBlock (%d)", toBlock, fromBlock);
        requireOpen();
        List<ChainEvent> events = new ArrayList<>();
        for (Log log : rpc.logs(contract, fromBlock, toBlock)) {
            ContractAbi.Event event = ContractAbi.get().decodeEvent(log.getTopics(), log.getData());
            if (event != null) {
                events.add(new ChainEvent(log.getBlockNumber().longValueExact(), log.getLogIndex().longValueExact(),
                        log.getTransactionHash(), event.name(), event.fields()));
            }
        }
        return List.copyOf(events);
    }

    /** @return the contract's own hash of a receipt (its {@code hashReceipt} view) */
    String contractReceiptHash(Receipt receipt) {
        return call(Calls.hashReceipt(receipt));
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            rpc.close();
        }
    }

    private String call(String data) {
        requireOpen();
        return rpc.call(contract, data);
    }

    private String send(String data, BigInteger value) {
        requireOpen();
        return rpc.send(requireKey(), contract, value, data).getTransactionHash();
    }

    private Credentials requireKey() {
        if (key == null) {
            throw new ChainException(Reason.CONFIGURATION, "this connector has no key to send transactions with: set the "
                    + Web3jChainProvider.KEY_FILE + " or " + Web3jChainProvider.KEY_ENV + " option", null);
        }
        return key;
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new ChainException(Reason.CONFIGURATION, "the connector is closed", null);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static BigInteger uint256(String data) {
        List<Type> values = FunctionReturnDecoder.decode(data, List.of((TypeReference) new TypeReference<Uint256>() { }));
        if (values.isEmpty()) {
            throw new ChainException(Reason.RPC_ERROR, "the contract returned no value (is it the mining contract?)", null);
        }
        return (BigInteger) values.get(0).getValue();
    }
}
