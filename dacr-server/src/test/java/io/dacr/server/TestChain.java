package io.dacr.server;

import io.dacr.api.reward.Receipt;
import io.dacr.api.reward.ReceiptHasher;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;

/**
 * The chain side for the coordinator's tests, until dacr-chain's EIP-712 hasher and signer are wired: a
 * keccak-256 receipt hash over the receipt's canonical JSON, a secp256k1 signature of that hash by a
 * coordinator key, and ABI-encoded calls {@code submitReceipt(bytes32,bytes)} and
 * {@code claim(uint256[])}. Real cryptography, so tests can recover the signer.
 */
final class TestChain implements Settlement {

    static final ReceiptHasher HASHER = receipt -> "0x" + HexFormat.of().formatHex(
            Hash.sha3(DacrJson.writeString(DocumentFormat.RECEIPT, receipt).getBytes(StandardCharsets.UTF_8)));

    static final String CONTRACT = "0x00000000000000000000000000000000000d4c12";

    final Credentials coordinatorKey = Credentials.create("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");

    @Override
    public String sign(Receipt receipt) {
        Sign.SignatureData sig = Sign.signMessage(hashBytes(receipt), coordinatorKey.getEcKeyPair(), false);
        return "0x" + HexFormat.of().formatHex(sig.getR()) + HexFormat.of().formatHex(sig.getS())
                + HexFormat.of().formatHex(sig.getV());
    }

    @Override
    public String submitReceiptCalldata(Receipt receipt, String signature) {
        Function f = new Function("submitReceipt", List.of(new Bytes32(hashBytes(receipt)),
                new DynamicBytes(HexFormat.of().parseHex(signature.substring(2)))), List.of());
        return FunctionEncoder.encode(f);
    }

    @Override
    public String claimCalldata(List<Long> epochs) {
        List<Uint256> list = epochs.stream().map(e -> new Uint256(BigInteger.valueOf(e))).toList();
        return FunctionEncoder.encode(new Function("claim", List.of(new DynamicArray<>(Uint256.class, list)), List.of()));
    }

    @Override
    public Optional<String> contractAddress() {
        return Optional.of(CONTRACT);
    }

    static byte[] hashBytes(Receipt receipt) {
        return HexFormat.of().parseHex(HASHER.hash(receipt).substring(2));
    }
}
