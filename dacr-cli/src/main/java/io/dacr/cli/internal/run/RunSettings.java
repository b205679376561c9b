package io.dacr.cli.internal.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.FormatException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything that decides a run's output, written to {@value RunFiles#MANIFEST} before anything else, so
 * that {@code --resume} continues the same run (the secret itself is never written: only its
 * commitment, which a resumed run's secret must match).
 *
 * @param epoch the epoch credited
 * @param namespace the namespace of the challenge ids
 * @param count how many challenges
 * @param domainIds the domains, sorted; challenge i is of domain i mod D
 * @param preset the generation preset
 * @param miners the miners' model ids, in the order they attempt each challenge
 * @param backend the LLM back end that replaces the simulated miners, or null
 * @param maxAttempts attempts per challenge and miner
 * @param pool the epoch's reward pool in token base units
 * @param creditsPerPass the credits a passed challenge earns
 * @param secretCommitment the commitment (SHA-256) of the generation secret
 * @param coordinator the address of the key that signs receipts
 * @param chainId the chain id of the EIP-712 domain receipts are signed for
 * @param contract the mining contract address of that domain
 */
public record RunSettings(long epoch, String namespace, long count, List<String> domainIds, String preset,
                          List<String> miners, LlmSettings backend, int maxAttempts, BigInteger pool,
                          BigInteger creditsPerPass, String secretCommitment, String coordinator, long chainId,
                          String contract) {

    /** The format name written into the manifest. */
    public static final String FORMAT = "dacr-run-1";

    /** Copies the lists. */
    public RunSettings {
        domainIds = List.copyOf(domainIds);
        miners = List.copyOf(miners);
    }

    /**
     * The real model that attempts the challenges instead of the simulated miners. The API key is never
     * written: only the name of the environment variable holding it.
     *
     * @param backendId the LLM provider id, e.g. {@code openai}
     * @param baseUrl the server's base URL
     * @param model the model
     * @param apiKeyEnv the environment variable with the API key, or null
     */
    public record LlmSettings(String backendId, String baseUrl, String model, String apiKeyEnv) {
    }

    /** @return the manifest as JSON */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        root.put("epoch", epoch);
        root.put("namespace", namespace);
        root.put("count", count);
        ArrayNode domains = root.putArray("domains");
        domainIds.forEach(domains::add);
        root.put("preset", preset);
        ArrayNode minerArray = root.putArray("miners");
        for (String m : miners) {
            minerArray.addObject().put("model", m).put("address", MinerAddress.of(m));
        }
        if (backend == null) {
            root.putNull("backend");
        } else {
            root.putObject("backend").put("id", backend.backendId()).put("baseUrl", backend.baseUrl())
                    .put("model", backend.model()).put("apiKeyEnv", backend.apiKeyEnv());
        }
        root.put("maxAttempts", maxAttempts);
        root.put("pool", pool.toString());
        root.put("creditsPerPass", creditsPerPass.toString());
        root.put("distributionMode", "largest_remainder");
        root.put("secretCommitment", secretCommitment);
        root.put("coordinator", coordinator);
        root.putObject("eip712Domain").put("chainId", chainId).put("verifyingContract", contract);
        return root;
    }

    /**
     * @param json a manifest
     * @return its settings
     * @throws FormatException if it is not a manifest of this format
     */
    public static RunSettings fromJson(JsonNode json) {
        try {
            if (!FORMAT.equals(json.path("format").asText())) {
                throw new FormatException(FORMAT, "$.format", "not a run manifest: format is '" + json.path("format").asText() + "'", null);
            }
            List<String> domains = new ArrayList<>();
            json.get("domains").forEach(d -> domains.add(d.asText()));
            List<String> miners = new ArrayList<>();
            json.get("miners").forEach(m -> miners.add(m.get("model").asText()));
            JsonNode b = json.get("backend");
            LlmSettings backend = b == null || b.isNull() ? null : new LlmSettings(b.get("id").asText(),
                    b.get("baseUrl").asText(), b.get("model").asText(),
                    b.get("apiKeyEnv").isNull() ? null : b.get("apiKeyEnv").asText());
            return new RunSettings(json.get("epoch").asLong(), json.get("namespace").asText(), json.get("count").asLong(),
                    domains, json.get("preset").asText(), miners, backend, json.get("maxAttempts").asInt(),
                    new BigInteger(json.get("pool").asText()), new BigInteger(json.get("creditsPerPass").asText()),
                    json.get("secretCommitment").asText(), json.get("coordinator").asText(),
                    json.get("eip712Domain").get("chainId").asLong(),
                    json.get("eip712Domain").get("verifyingContract").asText());
        } catch (NullPointerException | NumberFormatException e) {
            throw new FormatException(FORMAT, "$", "the run manifest is incomplete or damaged: " + e, e);
        }
    }
}
