package io.dacr.generator.internal.pack;

/** The value type of an attribute, as named in the pack ({@code entity_ref} for {@link #ENTITY_REF}). */
public enum AttributeType {
    /** A decimal with unit, range and surface forms. */
    NUMBER,
    /** One entry of a vocabulary. */
    CATEGORICAL,
    /** A person's name made from the pack's people. */
    PERSON,
    /** A city or a country of the pack's places. */
    PLACE,
    /** An entity of another kind. */
    ENTITY_REF
}
