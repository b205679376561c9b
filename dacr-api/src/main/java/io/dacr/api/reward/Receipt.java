package io.dacr.api.reward;

import io.dacr.api.internal.Checks;
import java.math.BigInteger;

/**
 * A statement that a miner passed a challenge, carrying the credits it earns. Receipts of one miner
 * form a hash chain: solve index n+1 names the hash of solve n as {@code previousReceiptHash} (the
 * first names 32 zero bytes). The hash is the EIP-712 struct hash computed by a
 * {@link ReceiptHasher}, so the off-chain chain and the contract's agree.
 *
 * @param miner the miner's address, {@code 0x} and 40 lower-case hex digits
 * @param epoch the epoch the credits count in
 * @param solveIndex the miner's solve counter, from 0
 * @param previousReceiptHash the hash of the miner's previous receipt, {@code 0x} and 64 hex digits
 * @param challengeId the text form of the challenge id
 * @param documentHash the challenge's document hash, as bytes32
 * @param questionsHash the challenge's questions hash, as bytes32
 * @param constraintsHash the challenge's constraints hash, as bytes32
 * @param answersHash the hash of the submitted answers, as bytes32
 * @param rulesVersion the version of the pass rules applied
 * @param credits the credits earned, positive
 */
public record Receipt(String miner, long epoch, long solveIndex, String previousReceiptHash, String challengeId,
                      String documentHash, String questionsHash, String constraintsHash, String answersHash,
                      int rulesVersion, BigInteger credits) {

    /** The {@code previousReceiptHash} of a miner's first receipt. */
    public static final String GENESIS_HASH = "0x" + "0".repeat(64);

    /** Validates every component. */
    public Receipt {
        Checks.address(miner, "miner");
        Checks.nonNegative(epoch, "epoch");
        Checks.nonNegative(solveIndex, "solveIndex");
        Checks.bytes32(previousReceiptHash, "previousReceiptHash");
        Checks.notBlank(challengeId, "challengeId");
        Checks.bytes32(documentHash, "documentHash");
        Checks.bytes32(questionsHash, "questionsHash");
        Checks.bytes32(constraintsHash, "constraintsHash");
        Checks.bytes32(answersHash, "answersHash");
        Checks.positive(rulesVersion, "rulesVersion");
        Checks.notNull(credits, "credits");
        Checks.requireArgument(credits.signum() > 0, "credits must be positive, was %s", credits);
    }
}
