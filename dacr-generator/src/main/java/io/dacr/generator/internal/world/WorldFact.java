package io.dacr.generator.internal.world;

import io.dacr.api.Fact;
import io.dacr.generator.internal.pack.Attribute;
import io.dacr.generator.internal.pack.Relation;
import java.math.BigDecimal;

/**
 * A fact of the world with what the generator needs to render and reason about it.
 *
 * @param fact the public-format fact (id, entity, attribute, canonical value, unit)
 * @param subject the entity it is about
 * @param attribute the attribute, or null for a relation link
 * @param relation the relation, or null for an attribute value
 * @param number the value for numbers, else null
 * @param target the referenced entity for entity references and relation links, else null
 */
public record WorldFact(Fact fact, Entity subject, Attribute attribute, Relation relation, BigDecimal number,
                        Entity target) {

    /** @return the fact id */
    public String id() {
        return fact.id();
    }

    /** @return the attribute or relation id */
    public String attributeId() {
        return fact.attribute();
    }
}
