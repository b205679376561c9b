package io.dacr.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.reward.Receipt;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java EIP-712 hashing and signing agree with an independent implementation, ethers'
 * {@code TypedDataEncoder}, over a batch of generated receipts and domains (one Node process).
 */
class Eip712CrossCheckTest {

    private static final int BATCH = 300;
    private static final int SIGNED_EVERY = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SigningKey COORDINATOR =
            SigningKey.ofHex("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");

    @Test
    void structHashesDigestsAndSignersEqualThoseOfEthers() throws Exception {
        NodeTools tools = NodeTools.require();
        Eip712ReceiptHasher hasher = new Eip712ReceiptHasher();
        List<Receipt> receipts = new ArrayList<>();
        List<Eip712Domain> domains = new ArrayList<>();
        ArrayNode input = JSON.createArrayNode();
        for (int i = 0; i < BATCH; i++) {
            Receipt receipt = Samples.receipt(i);
            Eip712Domain domain = Samples.domain(i);
            receipts.add(receipt);
            domains.add(domain);
            ObjectNode item = input.addObject();
            item.set("domain", domainJson(domain));
            item.set("receipt", receiptJson(receipt));
            if (i % SIGNED_EVERY == 0) {
                // Signing costs milliseconds each: a tenth of the batch proves the signatures.
                item.put("signature", ReceiptSignatures.sign(receipt, domain, COORDINATOR));
            }
        }

        JsonNode output = JSON.readTree(tools.run("typed-data.mjs", JSON.writeValueAsString(input)));

        assertEquals(BATCH, output.size(), "one answer per receipt");
        for (int i = 0; i < BATCH; i++) {
            JsonNode expected = output.get(i);
            int n = i;
            assertEquals(expected.get("structHash").asText(), hasher.hash(receipts.get(i)), () -> "struct hash of receipt " + n);
            assertEquals(expected.get("digest").asText(), hasher.typedDataHash(receipts.get(i), domains.get(i)),
                    () -> "typed-data hash of receipt " + n);
            if (i % SIGNED_EVERY == 0) {
                assertEquals(COORDINATOR.address(), expected.get("signer").asText(), () -> "signer ethers recovers, receipt " + n);
            }
        }
    }

    private static ObjectNode domainJson(Eip712Domain d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", d.name());
        o.put("version", d.version());
        o.put("chainId", Long.toString(d.chainId()));
        o.put("verifyingContract", d.verifyingContract());
        return o;
    }

    private static ObjectNode receiptJson(Receipt r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("miner", r.miner());
        o.put("epoch", Long.toString(r.epoch()));
        o.put("solveIndex", Long.toString(r.solveIndex()));
        o.put("previousReceiptHash", r.previousReceiptHash());
        o.put("challengeId", r.challengeId());
        o.put("documentHash", r.documentHash());
        o.put("questionsHash", r.questionsHash());
        o.put("constraintsHash", r.constraintsHash());
        o.put("answersHash", r.answersHash());
        o.put("rulesVersion", Integer.toString(r.rulesVersion()));
        o.put("credits", r.credits().toString());
        return o;
    }
}
