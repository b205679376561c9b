package io.dacr.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.dacr.api.reward.Allocation;
import io.dacr.api.reward.Distribution;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Merkle roots and proofs equal those of an independent implementation, the npm package
 * {@code @openzeppelin/merkle-tree}, for distributions of 1 to 70 leaves (one Node process).
 */
class MerkleCrossCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void rootsAndEveryProofEqualThoseOfOpenZeppelinsStandardMerkleTree() throws Exception {
        NodeTools tools = NodeTools.require();
        List<Distribution> distributions = new ArrayList<>();
        ArrayNode input = JSON.createArrayNode();
        for (int size = 1; size <= 70; size++) {
            Distribution d = Samples.distribution(size, size);
            distributions.add(d);
            ArrayNode values = input.addArray();
            for (Allocation a : d.allocations()) {
                values.addArray().add(Long.toString(d.epoch())).add(a.miner()).add(a.amount().toString());
            }
        }

        JsonNode output = JSON.readTree(tools.run("merkle.mjs", JSON.writeValueAsString(input)));

        assertEquals(distributions.size(), output.size(), "one answer per tree");
        for (int i = 0; i < distributions.size(); i++) {
            MerkleDistributionTree tree = MerkleDistributionTree.of(distributions.get(i));
            JsonNode expected = output.get(i);
            int leaves = i + 1;
            assertEquals(expected.get("root").asText(), tree.root(), () -> "root of the " + leaves + "-leaf tree");
            for (String account : tree.accounts()) {
                List<String> proof = new ArrayList<>();
                expected.get("proofs").get(account).forEach(p -> proof.add(p.asText()));
                assertEquals(proof, tree.proof(account), () -> "proof of " + account + " in the " + leaves + "-leaf tree");
            }
        }
    }
}
