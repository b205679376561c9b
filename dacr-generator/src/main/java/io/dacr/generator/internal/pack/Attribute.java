package io.dacr.generator.internal.pack;

import java.util.List;

/**
 * An attribute of an entity kind.
 *
 * @param id the attribute id
 * @param label a noun phrase without article, used in questions and hypothetical cues
 * @param type the value type
 * @param number for numbers: unit, range, precision, surface forms; null otherwise
 * @param vocabulary for categorical attributes: the entries; empty otherwise
 * @param placeLevel for places: {@code city} or {@code country}; null otherwise
 * @param placeOf for country places: the city attribute whose country it takes, or null
 * @param refersTo for entity references: the referenced kind id; null otherwise
 * @param phrasings sentence templates with {@code {entity}} and {@code {value}}
 * @param sumOf for numbers that total others of the same entity (annual revenue over the four
 *     quarters): those attribute ids; empty otherwise
 */
public record Attribute(String id, String label, AttributeType type, NumberSpec number, List<String> vocabulary,
                        String placeLevel, String placeOf, String refersTo, List<Template> phrasings,
                        List<String> sumOf) {

    /** @return true if the value is a number */
    public boolean isNumber() {
        return type == AttributeType.NUMBER;
    }
}
