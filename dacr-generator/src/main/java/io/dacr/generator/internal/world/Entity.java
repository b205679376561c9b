package io.dacr.generator.internal.world;

import io.dacr.generator.internal.pack.EntityKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entity of a sampled world: canonical name, aliases and attribute values. Mutable only while the
 * sampler builds it.
 */
public final class Entity {

    private final int index;
    private final EntityKind kind;
    private final String canonical;
    private final Map<String, String> nameParts;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, BigDecimal> numbers = new LinkedHashMap<>();
    private final Map<String, Entity> references = new LinkedHashMap<>();
    private final List<Alias> aliases = new ArrayList<>();

    Entity(int index, EntityKind kind, String canonical, Map<String, String> nameParts) {
        this.index = index;
        this.kind = kind;
        this.canonical = canonical;
        this.nameParts = nameParts;
    }

    /** @return the entity's position in the world's entity list */
    public int index() {
        return index;
    }

    /** @return its kind */
    public EntityKind kind() {
        return kind;
    }

    /** @return its canonical name */
    public String canonical() {
        return canonical;
    }

    /** @return the name part chosen for each placeholder of the canonical name (first use) */
    public Map<String, String> nameParts() {
        return nameParts;
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
        return values.get(attributeId);
    }

    /**
     * @param attributeId a number attribute id
     * @return the value, or null
     */
    public BigDecimal number(String attributeId) {
        return numbers.get(attributeId);
    }

    /**
     * @param attributeId an entity-reference attribute id
     * @return the referenced entity, or null
     */
    public Entity reference(String attributeId) {
        return references.get(attributeId);
    }

    void setText(String attributeId, String value) {
        values.put(attributeId, value);
    }

    void setNumber(String attributeId, BigDecimal value, String canonicalText) {
        numbers.put(attributeId, value);
        values.put(attributeId, canonicalText);
    }

    void setReference(String attributeId, Entity target) {
        references.put(attributeId, target);
        values.put(attributeId, target.canonical());
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
