package io.dacr.cli.internal.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.Attempt;
import io.dacr.api.Challenge;
import io.dacr.api.DacrException;
import io.dacr.api.reward.Receipt;
import io.dacr.chain.Eip712Domain;
import io.dacr.chain.Eip712ReceiptHasher;
import io.dacr.chain.ReceiptSignatures;
import io.dacr.chain.SigningKey;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Issues the coordinator's receipts for passed attempts: each continues its miner's chain (solve index,
 * previous receipt hash), names the challenge's content hashes and the SHA-256 of the canonical JSON of
 * the submitted answers, carries the credits of a pass, and is signed as EIP-712 typed data. The chain
 * heads come from the receipts already committed, never from the ledger, so a challenge redone after a
 * crash gets exactly the receipts it had.
 */
final class ReceiptIssuer {

    /** The version of the pass rules receipts name. */
    static final int RULES_VERSION = 1;

    private final Eip712ReceiptHasher hasher = new Eip712ReceiptHasher();
    private final SigningKey coordinator;
    private final Eip712Domain domain;
    private final long epoch;
    private final BigInteger credits;
    private final Map<String, Receipt> heads = new HashMap<>();
    private final Map<String, String> headHashes = new HashMap<>();

    ReceiptIssuer(SigningKey coordinator, Eip712Domain domain, long epoch, BigInteger credits) {
        this.coordinator = coordinator;
        this.domain = domain;
        this.epoch = epoch;
        this.credits = credits;
    }

    /** Continues the chains of the receipts in a committed receipts file. */
    void recover(Path receipts) {
        if (!Files.exists(receipts)) {
            return;
        }
        try (BufferedReader lines = Files.newBufferedReader(receipts, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode json = RunFiles.JSON.readTree(line);
                Receipt r = DacrJson.read(DocumentFormat.RECEIPT, json.get("receipt").toString());
                heads.put(r.miner(), r);
                headHashes.put(r.miner(), json.get("hash").asText());
            }
        } catch (IOException e) {
            throw new DacrException("cannot read " + receipts + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param attempt a passed attempt
     * @param miner the miner's address
     * @param challenge the challenge passed
     * @return the receipt, continuing the miner's chain (which now ends with it)
     */
    Receipt issue(Attempt attempt, String miner, Challenge challenge) {
        Receipt head = heads.get(miner);
        long solveIndex = head == null ? 0 : head.solveIndex() + 1;
        String previous = head == null ? Receipt.GENESIS_HASH : headHashes.get(miner);
        String answers = "0x" + RunFiles.hex(SplitMix64.sha256(DacrJson.canonicalBytes(attempt.submission().answers())), 32);
        Receipt receipt = new Receipt(miner, epoch, solveIndex, previous, challenge.id().toString(),
                "0x" + challenge.hashes().document(), "0x" + challenge.hashes().questions(),
                "0x" + challenge.hashes().constraints(), answers, RULES_VERSION, credits);
        heads.put(miner, receipt);
        headHashes.put(miner, hasher.hash(receipt));
        return receipt;
    }

    /** @return the receipt's line: the receipt, its hash, its EIP-712 domain, signer and signature */
    String line(Receipt receipt) {
        ObjectNode json = RunFiles.JSON.createObjectNode();
        try {
            json.set("receipt", RunFiles.JSON.readTree(DacrJson.writeString(DocumentFormat.RECEIPT, receipt)));
        } catch (IOException e) {
            throw new IllegalStateException("a receipt's JSON always reads back", e);
        }
        json.put("hash", hasher.hash(receipt));
        json.put("typedDataHash", hasher.typedDataHash(receipt, domain));
        json.put("signer", coordinator.address());
        json.put("signature", ReceiptSignatures.sign(receipt, domain, coordinator));
        return json.toString() + "\n";
    }

    Eip712ReceiptHasher hasher() {
        return hasher;
    }
}
