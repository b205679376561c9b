package io.dacr.chain.internal;

import io.dacr.api.reward.Receipt;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.DynamicStruct;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * Encodes calls of the mining contract: the selector from the canonical signature written out here
 * (so it cannot drift from the Solidity source unnoticed: the contract tests call every one), then the
 * ABI-encoded arguments. Not API.
 */
public final class Calls {

    private Calls() {
    }

    /** @return the call data of {@code commitEpoch(uint64,bytes32)} */
    public static String commitEpoch(long epoch, String secretHash) {
        return encode("commitEpoch(uint64,bytes32)", new Uint64(epoch), new Bytes32(Words.bytes32(secretHash)));
    }

    /** @return the call data of {@code closeEpoch(uint64)} */
    public static String closeEpoch(long epoch) {
        return encode("closeEpoch(uint64)", new Uint64(epoch));
    }

    /** @return the call data of {@code revealEpoch(uint64,bytes)} */
    public static String revealEpoch(long epoch, byte[] secret) {
        return encode("revealEpoch(uint64,bytes)", new Uint64(epoch), new DynamicBytes(secret));
    }

    /** @return the call data of {@code fundEpoch(uint64)} */
    public static String fundEpoch(long epoch) {
        return encode("fundEpoch(uint64)", new Uint64(epoch));
    }

    /** @return the call data of {@code finalizeEpoch(uint64,uint8,bytes32,uint256)} */
    public static String finalizeEpoch(long epoch, int mode, String merkleRoot, BigInteger merkleTotal) {
        return encode("finalizeEpoch(uint64,uint8,bytes32,uint256)", new Uint64(epoch), new Uint8(mode),
                new Bytes32(Words.bytes32(merkleRoot)), new Uint256(merkleTotal));
    }

    private static final String RECEIPT_TUPLE =
            "(address,uint64,uint64,bytes32,string,bytes32,bytes32,bytes32,bytes32,uint32,uint256)";

    /** @return the call data of {@code submitReceipt((address,uint64,…,uint256),bytes)} */
    public static String submitReceipt(Receipt r, String signature) {
        return encode("submitReceipt(" + RECEIPT_TUPLE + ",bytes)", receiptStruct(r), new DynamicBytes(Words.bytes(signature)));
    }

    /** @return the call data of {@code claim(uint64[])} */
    public static String claim(List<Long> epochs) {
        List<Uint64> values = epochs.stream().map(Uint64::new).toList();
        return encode("claim(uint64[])", new DynamicArray<>(Uint64.class, values));
    }

    /** @return the call data of {@code claimMerkle(uint64,address,uint256,bytes32[])} */
    public static String claimMerkle(long epoch, String account, BigInteger amount, List<String> proof) {
        List<Bytes32> siblings = proof.stream().map(p -> new Bytes32(Words.bytes32(p))).toList();
        return encode("claimMerkle(uint64,address,uint256,bytes32[])", new Uint64(epoch), new Address(account),
                new Uint256(amount), new DynamicArray<>(Bytes32.class, siblings));
    }

    /** @return the call data of {@code creditsOf(uint64,address)} */
    public static String creditsOf(long epoch, String miner) {
        return encode("creditsOf(uint64,address)", new Uint64(epoch), new Address(miner));
    }

    /** @return the call data of {@code epochInfo(uint64)} */
    public static String epochInfo(long epoch) {
        return encode("epochInfo(uint64)", new Uint64(epoch));
    }

    /** @return the call data of {@code hashReceipt(…)}, the contract's own receipt hash (a view) */
    public static String hashReceipt(Receipt r) {
        return encode("hashReceipt(" + RECEIPT_TUPLE + ")", receiptStruct(r));
    }

    /** The contract's {@code Receipt} struct: a tuple, dynamic because of the challenge id string. */
    private static DynamicStruct receiptStruct(Receipt r) {
        return new DynamicStruct(
                new Address(r.miner()),
                new Uint64(r.epoch()),
                new Uint64(r.solveIndex()),
                new Bytes32(Words.bytes32(r.previousReceiptHash())),
                new Utf8String(r.challengeId()),
                new Bytes32(Words.bytes32(r.documentHash())),
                new Bytes32(Words.bytes32(r.questionsHash())),
                new Bytes32(Words.bytes32(r.constraintsHash())),
                new Bytes32(Words.bytes32(r.answersHash())),
                new Uint32(r.rulesVersion()),
                new Uint256(r.credits()));
    }

    /** @return the constructor arguments of the contract: {@code (address coordinator)} */
    public static String constructorArguments(String coordinator) {
        return FunctionEncoder.encodeConstructor(List.of(new Address(coordinator)));
    }

    /**
     * @param signature the function's canonical signature
     * @param arguments its arguments
     * @return selector ‖ ABI-encoded arguments, {@code 0x}-prefixed hex
     */
    @SuppressWarnings("rawtypes")
    static String encode(String signature, Type... arguments) {
        String selector = Words.hex(Arrays.copyOf(Words.keccak(signature), 4));
        return selector + FunctionEncoder.encodeConstructor(List.of(arguments));
    }
}
