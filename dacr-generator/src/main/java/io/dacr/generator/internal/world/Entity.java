package io.dacr.generator.internal.world;

import io.dacr.generator.internal.pack.EntityKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entity of a sampled world: canonical name, aliases and attribute values. Mutable only while the
 * sampler builds it. Values are kept in arrays by the attribute's position in its kind (lookups by id
 * resolve the position through the pack's {@link KindTable}), because planners ask for them thousands
 * of times per item.
 */
public final class Entity {

    private final int index;
    private final KindTable table;
    private final String canonical;
    /** Per name part position, the entry the canonical name used at the part's first use, or null. */
    private final String[] partEntries;
    /** The positions of the used name parts, in order of first use. */
    private final int[] partOrder;
    private final String[] values;
    private final BigDecimal[] numbers;
    private final Entity[] references;
    private final List<Alias> aliases = new ArrayList<>(4);
    private String initials;
    private volatile Map<String, String> nameParts;

    Entity(int index, KindTable table, String canonical, String[] partEntries, int[] partOrder) {
        this.index = index;
        this.table = table;
        this.canonical = canonical;
        this.partEntries = partEntries;
        this.partOrder = partOrder;
        int n = table.attributes.length;
        this.values = new String[n];
        this.numbers = new BigDecimal[n];
        this.references = new Entity[n];
    }

    /** @return the entity's position in the world's entity list */
    public int index() {
        return index;
    }

    /** @return its kind */
    public EntityKind kind() {
        return table.kind;
    }

    KindTable table() {
        return table;
    }

    /** @return its canonical name */
    public String canonical() {
        return canonical;
    }

    /**
     * @return the name part chosen for each placeholder of the canonical name (first use), in order of
     *     first use; unmodifiable
     */
    public Map<String, String> nameParts() {
        Map<String, String> parts = nameParts;
        if (parts == null) {
            Map<String, String> built = new LinkedHashMap<>();
            for (int p : partOrder) {
                built.put(table.partNames[p], partEntries[p]);
            }
            parts = Collections.unmodifiableMap(built);
            nameParts = parts;
        }
        return parts;
    }

    /**
     * @param part a name part's position in the kind
     * @return the entry the canonical name used for it, or null if the name does not use it
     */
    String partEntry(int part) {
        return partEntries[part];
    }

    /** @return the initials of the canonical name ({@link WorldSampler#initials}), computed once */
    String initials() {
        String i = initials;
        if (i == null) {
            i = WorldSampler.initials(canonical);
            initials = i;
        }
        return i;
    }

    /** @return its aliases, at least two of two kinds */
    public List<Alias> aliases() {
        return aliases;
    }

    /**
     * @param attributeId an attribute id
     * @return the value in canonical text form, or null
     */
    public String value(String attributeId) {
        int i = table.attributeIndex(attributeId);
        return i < 0 ? null : values[i];
    }

    /**
     * @param attributeId a number attribute id
     * @return the value, or null
     */
    public BigDecimal number(String attributeId) {
        int i = table.attributeIndex(attributeId);
        return i < 0 ? null : numbers[i];
    }

    /**
     * @param attributeId an entity-reference attribute id
     * @return the referenced entity, or null
     */
    public Entity reference(String attributeId) {
        int i = table.attributeIndex(attributeId);
        return i < 0 ? null : references[i];
    }

    /**
     * @param attribute an attribute's position in the kind
     * @return its value in canonical text form, or null
     */
    String valueAt(int attribute) {
        return values[attribute];
    }

    BigDecimal numberAt(int attribute) {
        return numbers[attribute];
    }

    Entity referenceAt(int attribute) {
        return references[attribute];
    }

    void setText(int attribute, String value) {
        values[attribute] = value;
    }

    void setNumber(int attribute, BigDecimal value, String canonicalText) {
        numbers[attribute] = value;
        values[attribute] = canonicalText;
    }

    void setReference(int attribute, Entity target) {
        references[attribute] = target;
        values[attribute] = target.canonical();
    }

    /** @return every name: the canonical one, then the aliases */
    public List<String> names() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(canonical);
        for (Alias a : aliases) {
            names.add(a.text());
        }
        return names;
    }

    @Override
    public String toString() {
        return canonical;
    }
}
