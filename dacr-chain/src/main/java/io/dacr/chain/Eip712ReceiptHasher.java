package io.dacr.chain;

import io.dacr.api.reward.Receipt;
import io.dacr.api.reward.ReceiptHasher;
import io.dacr.chain.internal.Words;
import java.math.BigInteger;

/**
 * The receipt hash of DACR: the EIP-712 struct hash of a {@link Receipt} under {@link #TYPE}. It does
 * not depend on the chain or the contract, so a ledger chains receipts by it without knowing where they
 * will be settled; the mining contract's {@code hashReceipt} computes the same bytes.
 *
 * <pre>{@code
 * ReceiptHasher hasher = new Eip712ReceiptHasher();
 * String hash = hasher.hash(receipt);                     // the next receipt's previousReceiptHash
 * String digest = hasher.typedDataHash(receipt, Eip712Domain.dacrMining(31337, contract)); // what is signed
 * }</pre>
 *
 * <p>Thread-safe and stateless.
 */
public final class Eip712ReceiptHasher implements ReceiptHasher {

    /** The receipt's EIP-712 type; field order and types are the contract's {@code Receipt} struct. */
    public static final String TYPE = "Receipt(address miner,uint64 epoch,uint64 solveIndex,bytes32 previousReceiptHash,"
            + "string challengeId,bytes32 documentHash,bytes32 questionsHash,bytes32 constraintsHash,bytes32 answersHash,"
            + "uint32 rulesVersion,uint256 credits)";

    private static final byte[] TYPE_HASH = Words.keccak(TYPE);
    private static final BigInteger MAX_UINT256 = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

    /** Creates the hasher. */
    public Eip712ReceiptHasher() {
    }

    /**
     * @param receipt the receipt
     * @return its EIP-712 struct hash, {@code 0x} and 64 lower-case hex digits
     * @throws IllegalArgumentException if its credits do not fit in a uint256
     */
    @Override
    public String hash(Receipt receipt) {
        return Words.hex(structHash(receipt));
    }

    /**
     * The digest a coordinator signs: keccak256(0x1901 ‖ domain separator ‖ struct hash).
     *
     * @param receipt the receipt
     * @param domain the contract and chain the signature is for
     * @return the digest, {@code 0x} and 64 lower-case hex digits
     */
    public String typedDataHash(Receipt receipt, Eip712Domain domain) {
        return Words.hex(digest(receipt, domain));
    }

    static byte[] digest(Receipt receipt, Eip712Domain domain) {
        return Words.keccak(Words.concat(new byte[] {0x19, 0x01}, domain.separatorBytes(), structHash(receipt)));
    }

    static byte[] structHash(Receipt r) {
        if (r.credits().compareTo(MAX_UINT256) > 0) {
            throw new IllegalArgumentException("credits must fit in a uint256, was " + r.credits());
        }
        return Words.keccak(Words.concat(
                TYPE_HASH,
                Words.address(r.miner()),
                Words.uint(r.epoch()),
                Words.uint(r.solveIndex()),
                Words.bytes32(r.previousReceiptHash()),
                Words.keccak(r.challengeId()),
                Words.bytes32(r.documentHash()),
                Words.bytes32(r.questionsHash()),
                Words.bytes32(r.constraintsHash()),
                Words.bytes32(r.answersHash()),
                Words.uint(r.rulesVersion()),
                Words.uint(r.credits())));
    }
}
