package io.dacr.core.bench.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.dacr.api.FormatException;
import io.dacr.core.json.internal.Mappers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Reads a foreign JSON format leniently (unknown members are ignored, as DACR-Bench's own tools ignore
 * them) but never silently: a missing or mistyped member is a {@link FormatException} naming the
 * format, the JSON path and the problem.
 */
final class JsonIn {

    private final String format;
    private final JsonNode node;
    private final String path;

    private JsonIn(String format, JsonNode node, String path) {
        this.format = format;
        this.node = node;
        this.path = path;
    }

    static JsonIn parse(String format, String json) {
        try {
            JsonNode tree = Mappers.MAPPER.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new FormatException(format, "$", "empty document", null);
            }
            return new JsonIn(format, tree, "$");
        } catch (JsonProcessingException e) {
            throw new FormatException(format, "$", "invalid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr()), e);
        }
    }

    String path() {
        return path;
    }

    FormatException error(String problem) {
        return new FormatException(format, path, problem, null);
    }

    boolean isArray() {
        return node.isArray();
    }

    boolean isObject() {
        return node.isObject();
    }

    JsonIn field(String name) {
        requireObject();
        JsonNode child = node.get(name);
        if (child == null) {
            throw new FormatException(format, path, "missing member '" + name + "'", null);
        }
        return new JsonIn(format, child, path + "." + name);
    }

    /** @return the member, or null when it is absent or JSON null */
    JsonIn optionalField(String name) {
        requireObject();
        JsonNode child = node.get(name);
        return child == null || child.isNull() ? null : new JsonIn(format, child, path + "." + name);
    }

    List<String> fieldNames() {
        requireObject();
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    String text() {
        if (!node.isTextual()) {
            throw error("expected a string, found " + kind());
        }
        return node.textValue();
    }

    String text(String name) {
        return field(name).text();
    }

    /** @return the member's text, or null when absent or null */
    String optionalText(String name) {
        JsonIn f = optionalField(name);
        return f == null ? null : f.text();
    }

    /** A string, or a number as its plain decimal text (DACR-Bench writes trap values either way). */
    String textOrNumber() {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            BigDecimal d = node.decimalValue().stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        }
        throw error("expected a string or a number, found " + kind());
    }

    int intValue() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw error("expected an integer, found " + kind());
        }
        return node.intValue();
    }

    BigDecimal decimal() {
        if (!node.isNumber()) {
            throw error("expected a number, found " + kind());
        }
        return node.decimalValue();
    }

    <T> List<T> list(BiFunction<JsonIn, Integer, T> element) {
        if (!node.isArray()) {
            throw error("expected an array, found " + kind());
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(element.apply(new JsonIn(format, node.get(i), path + "[" + i + "]"), i));
        }
        return out;
    }

    List<String> texts() {
        return list((e, i) -> e.text());
    }

    private void requireObject() {
        if (!node.isObject()) {
            throw error("expected an object, found " + kind());
        }
    }

    private String kind() {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
