package io.dacr.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Strict reading of domain-pack JSON: one value, no duplicate keys, no trailing content. Not API.
 */
public final class PackJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Keeps a float's text exactly, so a message can quote it.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private PackJson() {
    }

    /**
     * @param json the pack's text
     * @return the parsed pack
     * @throws IllegalArgumentException naming the line and column if the text is not one well-formed
     *     JSON value without duplicate keys
     */
    public static JsonNode parse(String json) {
        if (json == null) {
            throw new IllegalArgumentException("packJson() returned null");
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the pack is not well-formed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() : ""), e);
        }
    }

    /**
     * Visits every node of the tree with its JSON path ({@code $.entityKinds[0].id}), parents first.
     *
     * @param node the root
     * @param visitor receives each path and node
     */
    public static void walk(JsonNode node, BiConsumer<String, JsonNode> visitor) {
        walk("$", node, visitor);
    }

    private static void walk(String path, JsonNode node, BiConsumer<String, JsonNode> visitor) {
        visitor.accept(path, node);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                walk(path + "." + field.getKey(), field.getValue(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "[" + i + "]", node.get(i), visitor);
            }
        }
    }
}
