package io.dacr.generator.internal.pack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * @param numberAttributes the number attributes, in pack order (derived from {@code attributes})
 * @param sumParts the ids of the attributes that are parts of a sum attribute (derived from {@code attributes})
 */
public record EntityKind(String id, String singular, String plural, Map<String, List<String>> nameParts,
                         List<Template> namePatterns, List<AliasKind> aliases, List<Attribute> attributes,
                         List<Attribute> numberAttributes, Set<String> sumParts) {

    /**
     * Derives the per-kind tables once per pack, because generation asks for them many times per item.
     *
     * @param id the kind id
     * @param singular the singular noun
     * @param plural the plural noun
     * @param nameParts named lists of name parts
     * @param namePatterns canonical-name templates
     * @param aliases the alias kinds
     * @param attributes the attributes, in pack order
     */
    public EntityKind(String id, String singular, String plural, Map<String, List<String>> nameParts,
                      List<Template> namePatterns, List<AliasKind> aliases, List<Attribute> attributes) {
        this(id, singular, plural, nameParts, namePatterns, aliases, attributes, numbers(attributes), parts(attributes));
    }

    private static List<Attribute> numbers(List<Attribute> attributes) {
        List<Attribute> out = new ArrayList<>();
        for (Attribute a : attributes) {
            if (a.isNumber()) {
                out.add(a);
            }
        }
        return List.copyOf(out);
    }

    /** Only asked by id, never iterated. */
    private static Set<String> parts(List<Attribute> attributes) {
        Set<String> out = new HashSet<>();
        for (Attribute a : attributes) {
            out.addAll(a.sumOf());
        }
        return Set.copyOf(out);
    }

    /**
     * @param attributeId an attribute id
     * @return true if that attribute is a part of a sum attribute of this kind
     */
    public boolean isSumPart(String attributeId) {
        return sumParts.contains(attributeId);
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
