package io.dacr.generator.internal.pack;

import java.util.List;
import java.util.Map;

/**
 * An entity kind of a pack.
 *
 * @param id the kind id
 * @param singular the singular noun
 * @param plural the plural noun
 * @param nameParts named lists of name parts, in pack order (insertion-ordered map)
 * @param namePatterns canonical-name templates over the part names
 * @param aliases the alias kinds, at least two
 * @param attributes the attributes, in pack order
 */
public record EntityKind(String id, String singular, String plural, Map<String, List<String>> nameParts,
                         List<Template> namePatterns, List<AliasKind> aliases, List<Attribute> attributes) {

    /** @return the number attributes, in pack order */
    public List<Attribute> numberAttributes() {
        List<Attribute> out = new java.util.ArrayList<>();
        for (Attribute a : attributes) {
            if (a.isNumber()) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * @param attributeId an attribute id
     * @return the attribute, or null
     */
    public Attribute attribute(String attributeId) {
        for (Attribute a : attributes) {
            if (a.id().equals(attributeId)) {
                return a;
            }
        }
        return null;
    }
}
