package io.dacr.chain;

import io.dacr.api.ChainException;
import io.dacr.api.internal.Checks;
import io.dacr.api.reward.Receipt;
import io.dacr.chain.internal.Words;
import java.math.BigInteger;
import java.util.Arrays;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * Signs receipts as the coordinator (EIP-712 typed data) and checks such signatures the way the
 * mining contract does: 65 bytes r ‖ s ‖ v, v 27 or 28, s in the lower half of the curve order (a
 * high-s signature is a malleable copy and is refused), recovered signer equal to the expected one.
 * A signature made for another chain or contract recovers another address and is refused too.
 *
 * <pre>{@code
 * Eip712Domain domain = Eip712Domain.dacrMining(31337, contract);
 * String signature = ReceiptSignatures.sign(receipt, domain, coordinatorKey);
 * ReceiptSignatures.verify(receipt, signature, domain, coordinatorKey.address()); // throws if not
 * }</pre>
 */
public final class ReceiptSignatures {

    private static final BigInteger HALF_ORDER =
            new BigInteger("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0", 16);

    private ReceiptSignatures() {
    }

    /**
     * @param receipt the receipt
     * @param domain the chain and contract it will be submitted to
     * @param key the coordinator's key
     * @return the signature, {@code 0x} and 130 lower-case hex digits (r ‖ s ‖ v, low s)
     */
    public static String sign(Receipt receipt, Eip712Domain domain, SigningKey key) {
        Checks.notNull(receipt, "receipt");
        Checks.notNull(domain, "domain");
        Checks.notNull(key, "key");
        Sign.SignatureData signature = Sign.signMessage(Eip712ReceiptHasher.digest(receipt, domain),
                key.credentials().getEcKeyPair(), false);
        return Words.hex(Words.concat(signature.getR(), signature.getS(), signature.getV()));
    }

    /**
     * @param receipt the receipt
     * @param signature the signature, {@code 0x} and 130 hex digits
     * @param domain the domain it must have been made for
     * @return the address that signed it
     * @throws ChainException (reason SIGNATURE_REJECTED) if it is malformed or has a high s
     */
    public static String recover(Receipt receipt, String signature, Eip712Domain domain) {
        Checks.notNull(receipt, "receipt");
        Checks.notNull(domain, "domain");
        byte[] raw;
        try {
            raw = Words.bytes(Checks.notNull(signature, "signature"));
        } catch (IllegalArgumentException e) {
            throw rejected("the signature is not hex: " + e.getMessage());
        }
        if (raw.length != 65) {
            throw rejected("a signature has 65 bytes, this one " + raw.length);
        }
        byte[] r = Arrays.copyOfRange(raw, 0, 32);
        byte[] s = Arrays.copyOfRange(raw, 32, 64);
        byte v = raw[64];
        if (new BigInteger(1, s).compareTo(HALF_ORDER) > 0) {
            throw rejected("the signature's s is in the upper half of the curve order (a malleable copy)");
        }
        if (v != 27 && v != 28) {
            throw rejected("the signature's v must be 27 or 28, was " + (v & 0xff));
        }
        try {
            BigInteger publicKey = Sign.signedMessageHashToKey(Eip712ReceiptHasher.digest(receipt, domain),
                    new Sign.SignatureData(v, r, s));
            return "0x" + Keys.getAddress(publicKey);
        } catch (java.security.SignatureException | RuntimeException e) {
            throw rejected("no key recovers from the signature: " + e.getMessage());
        }
    }

    /**
     * @param receipt the receipt
     * @param signature its signature
     * @param domain the domain it must have been made for
     * @param expectedSigner the coordinator's address
     * @throws ChainException (reason SIGNATURE_REJECTED) if the signature is malformed, has a high s,
     *     or was made by another key, for another chain or for another contract
     */
    public static void verify(Receipt receipt, String signature, Eip712Domain domain, String expectedSigner) {
        Checks.address(expectedSigner, "expectedSigner");
        String signer = recover(receipt, signature, domain);
        if (!signer.equals(expectedSigner)) {
            throw rejected("the receipt was signed by " + signer + " for this domain, not by " + expectedSigner
                    + " (another key, or a signature for another chain or contract)");
        }
    }

    private static ChainException rejected(String message) {
        return new ChainException(ChainException.Reason.SIGNATURE_REJECTED, message, null);
    }
}
