package io.dacr.api;

import io.dacr.api.internal.Checks;

/**
 * One authoritative fact of a challenge's world: an attribute value of an entity. Only the final,
 * authoritative value is a fact; the wrong values the text also states are recorded as {@link Trap}s.
 *
 * @param id {@code f1}, {@code f2}, … unique within the challenge
 * @param entity the canonical name of the entity it is about
 * @param attribute the attribute's id in the domain pack, e.g. {@code revenue_q3}
 * @param value the value in its canonical text form: a plain decimal for numbers (no exponent), the
 *     canonical name for entity references, the text otherwise
 * @param unit the unit of a numeric value, empty if none or not numeric
 */
public record Fact(String id, String entity, String attribute, String value, String unit) {

    /** Compiled once: ids are checked for every record made, on the generator's hot path. */
    /** Validates every component. */
    public Fact {
        Checks.requireArgument(Checks.isNumberedId(id, "f", 6), "fact id must look like f1, was '%s'", id);
        Checks.notBlank(entity, "entity");
        Checks.notBlank(attribute, "attribute");
        Checks.notBlank(value, "value");
        Checks.notNull(unit, "unit");
    }
}
