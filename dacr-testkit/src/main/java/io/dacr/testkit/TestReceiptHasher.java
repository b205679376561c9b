package io.dacr.testkit;

import io.dacr.api.reward.Receipt;
import io.dacr.api.reward.ReceiptHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A receipt hasher for tests: SHA-256 of the receipt's fields, one per line, after the line
 * {@code dacr-test-receipt/v1}. Deterministic and collision-resistant, but NOT the EIP-712 struct
 * hash the contract computes: production ledgers use dacr-chain's hasher.
 */
public final class TestReceiptHasher implements ReceiptHasher {

    /** Creates the hasher. */
    public TestReceiptHasher() {
    }

    @Override
    public String hash(Receipt r) {
        String text = String.join("\n", "dacr-test-receipt/v1", r.miner(), Long.toString(r.epoch()),
                Long.toString(r.solveIndex()), r.previousReceiptHash(), r.challengeId(), r.documentHash(),
                r.questionsHash(), r.constraintsHash(), r.answersHash(), Integer.toString(r.rulesVersion()),
                r.credits().toString());
        return "0x" + HexFormat.of().formatHex(sha256(text));
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
