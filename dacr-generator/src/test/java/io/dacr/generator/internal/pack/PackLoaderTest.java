package io.dacr.generator.internal.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.DomainPackException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PackLoaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String json() {
        try (InputStream in = PackLoaderTest.class.getResourceAsStream("/packs/corporate-finance.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mutated(Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(json());
            change.accept(root);
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode attribute(ObjectNode root, int kind, String id) {
        return (ObjectNode) root.get("entityKinds").get(kind).get("attributes").get(index(kind, id));
    }

    /** The position of an attribute in the shipped pack, so paths stay right when the pack grows. */
    private static int index(int kind, String id) {
        try {
            JsonNode attributes = MAPPER.readTree(json()).get("entityKinds").get(kind).get("attributes");
            for (int i = 0; i < attributes.size(); i++) {
                if (attributes.get(i).get("id").asText().equals(id)) {
                    return i;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException("no attribute " + id);
    }

    private static String path(String id) {
        return "$.entityKinds[0].attributes[" + index(0, id) + "]";
    }

    private static DomainPackException failure(String json) {
        return assertThrows(DomainPackException.class, () -> PackLoader.load("test.json", json));
    }

    @Test
    void theShippedPackLoads() {
        DomainPack pack = PackLoader.load("test.json", json());
        assertEquals("corporate-finance", pack.id());
        assertEquals(2, pack.kinds().size());
        assertEquals(64, pack.hash().length());
    }

    @Test
    void reformattingThePackKeepsItsHash() throws IOException {
        String compact = MAPPER.writeValueAsString(MAPPER.readTree(json()));
        assertEquals(PackLoader.load("a", json()).hash(), PackLoader.load("b", compact).hash());
    }

    @Test
    void malformedJsonIsReportedAtTheRoot() {
        DomainPackException e = failure("{\"id\": ");
        assertEquals("$", e.jsonPath());
        assertEquals("test.json", e.source());
    }

    @Test
    void aDuplicateKeyIsRefused() {
        assertEquals("$", failure("{\"id\": \"a\", \"id\": \"b\"}").jsonPath());
    }

    @Test
    void aRangeWhoseMinIsNotBelowItsMaxNamesTheMin() {
        String json = mutated(root -> ((ObjectNode) attribute(root, 0, "revenue").get("range")).put("min", "50000000000"));
        assertEquals(path("revenue") + ".range.min", failure(json).jsonPath());
    }

    @Test
    void aBoundOffThePrecisionGridIsRefused() {
        String json = mutated(root -> ((ObjectNode) attribute(root, 0, "employees").get("range")).put("max", "180005"));
        assertEquals(path("employees") + ".range.max", failure(json).jsonPath());
    }

    @Test
    void aPhrasingWithAnUnknownPlaceholderNamesThePhrasing() {
        String json = mutated(root -> ((ArrayNode) attribute(root, 0, "revenue").get("phrasings")).set(2,
                MAPPER.getNodeFactory().textNode("{entity} made {value} in {year}.")));
        DomainPackException e = failure(json);
        assertEquals(path("revenue") + ".phrasings[2]", e.jsonPath());
        assertTrue(e.getMessage().contains("{year}"), e.getMessage());
    }

    @Test
    void aPhrasingWithoutTheValueIsRefused() {
        String json = mutated(root -> ((ArrayNode) attribute(root, 0, "revenue").get("phrasings")).set(0,
                MAPPER.getNodeFactory().textNode("{entity} reported revenue.")));
        assertEquals(path("revenue") + ".phrasings[0]", failure(json).jsonPath());
    }

    @Test
    void aReferenceToAnUnknownKindNamesRefersTo() {
        String json = mutated(root -> attribute(root, 0, "auditor").put("refersTo", "law_firm"));
        assertEquals(path("auditor") + ".refersTo", failure(json).jsonPath());
    }

    @Test
    void aLookAlikeLetterBreaksTheScriptRule() {
        String json = mutated(root -> ((ArrayNode) root.get("entityKinds").get(0).get("naming").get("parts").get("stem"))
                .set(0, MAPPER.getNodeFactory().textNode("K\u0435lmar")));
        DomainPackException e = failure(json);
        assertEquals("$.entityKinds[0].naming.parts.stem[0]", e.jsonPath());
        assertTrue(e.getMessage().contains("script rule"), e.getMessage());
    }

    @Test
    void aJsonFloatIsRefused() {
        String json = mutated(root -> ((ObjectNode) attribute(root, 0, "debt_to_equity").get("range")).put("min", new java.math.BigDecimal("0.05")));
        assertEquals(path("debt_to_equity") + ".range.min", failure(json).jsonPath());
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        String json = mutated(root -> root.remove("authorityCues"));
        assertEquals("$.authorityCues", failure(json).jsonPath());
    }

    @Test
    void anUnknownFieldIsNamed() {
        String json = mutated(root -> attribute(root, 0, "revenue").put("colour", "blue"));
        assertEquals(path("revenue") + ".colour", failure(json).jsonPath());
    }

    @Test
    void aKindWithOneAliasKindIsRefused() {
        String json = mutated(root -> {
            ArrayNode aliases = (ArrayNode) root.get("entityKinds").get(1).get("aliases");
            aliases.remove(2);
            aliases.remove(1);
        });
        assertEquals("$.entityKinds[1].aliases", failure(json).jsonPath());
    }

    @Test
    void aCountryOfAnUnknownCityAttributeIsRefused() {
        String json = mutated(root -> ((ObjectNode) attribute(root, 0, "hq_country").get("place")).put("of", "sector"));
        assertEquals(path("hq_country") + ".place.of", failure(json).jsonPath());
    }

    @Test
    void aSurfaceFormsListWithoutAnUnrestrictedFormIsRefused() {
        String json = mutated(root -> {
            ArrayNode forms = (ArrayNode) attribute(root, 0, "employees").get("surfaceForms");
            for (JsonNode f : forms) {
                ((ObjectNode) f).put("minValue", "40");
            }
        });
        assertEquals(path("employees") + ".surfaceForms", failure(json).jsonPath());
    }

    @Test
    void aDuplicateAttributeIdIsRefused() {
        String json = mutated(root -> attribute(root, 0, "employees").put("id", "revenue"));
        assertEquals(path("employees") + ".id", failure(json).jsonPath());
    }

    @Test
    void aCueWithoutItsStatementIsRefused() {
        String json = mutated(root -> ((ArrayNode) root.get("authorityCues").get("hearsay")).set(0,
                MAPPER.getNodeFactory().textNode("Rumours abounded.")));
        assertEquals("$.authorityCues.hearsay[0]", failure(json).jsonPath());
    }
}
