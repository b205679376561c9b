package io.dacr.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.crypto.Hash;

/** The calldata handed to miners calls the committed contract's functions with the given arguments. */
class MiningContractCalldataTest {

    @Test
    void submitReceiptCalldataStartsWithTheSelectorOfTheContractsSubmitReceipt() {
        String signature = ReceiptSignatures.sign(Samples.receipt(1), Samples.domain(1),
                SigningKey.ofHex("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"));

        String data = MiningContract.submitReceiptCalldata(Samples.receipt(1), signature);

        assertEquals(selectorInAbi("submitReceipt"), data.substring(0, 10));
        assertTrue(data.endsWith(signature.substring(2) + "00".repeat(31)), "the signature is the last argument, padded to 96 bytes");
    }

    @Test
    void claimCalldataCallsClaimWithTheEpochs() {
        String data = MiningContract.claimCalldata(List.of(3L, 5L, 8L));

        assertEquals(selectorInAbi("claim"), data.substring(0, 10));
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Type> decoded = FunctionReturnDecoder.decode(data.substring(10),
                (List) List.of(new TypeReference<DynamicArray<Uint64>>() { }));
        List<BigInteger> epochs = ((DynamicArray<?>) decoded.get(0)).getValue().stream()
                .map(t -> (BigInteger) ((Type<?>) t).getValue()).toList();
        assertEquals(List.of(BigInteger.valueOf(3), BigInteger.valueOf(5), BigInteger.valueOf(8)), epochs);
    }

    /** keccak256 of the function's canonical signature as the committed ABI declares it, first 4 bytes. */
    private static String selectorInAbi(String function) {
        JsonNode abi;
        try {
            abi = new ObjectMapper().readTree(MiningContract.abiJson());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        JsonNode entry = StreamSupport.stream(abi.spliterator(), false)
                .filter(e -> "function".equals(e.path("type").asText()) && function.equals(e.path("name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no function " + function + " in the ABI"));
        String canonical = function + "(" + types(entry.get("inputs")) + ")";
        byte[] hash = Hash.sha3(canonical.getBytes(StandardCharsets.UTF_8));
        return "0x" + HexFormat.of().formatHex(hash, 0, 4);
    }

    private static String types(JsonNode parameters) {
        return StreamSupport.stream(parameters.spliterator(), false).map(p -> {
            String type = p.get("type").asText();
            return type.startsWith("tuple") ? "(" + types(p.get("components")) + ")" + type.substring(5) : type;
        }).collect(Collectors.joining(","));
    }
}
