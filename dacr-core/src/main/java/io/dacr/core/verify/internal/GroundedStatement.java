package io.dacr.core.verify.internal;

import io.dacr.api.Fact;
import io.dacr.api.GroundedMention;
import java.math.BigDecimal;
import java.util.List;

/**
 * One statement of the grounding index (a fact stated in a paragraph under an alias and a surface
 * form) with everything a citation check needs from it worked out once per key: the normal forms of
 * the attribute, the entity's names, the value and the surface form, and the numbers read from the
 * value and the surface form. A number that broke a digit cap is kept as the cap's message and
 * raised only when a check reaches it, where the check of an uncached key would have raised it.
 *
 * <p>The key index gives every normal form it holds as one shared instance per text (the attribute, the
 * names, and the known forms a citation is looked up by), so a citation whose names are known is matched
 * by identity ({@link #statesInterned}).
 */
final class GroundedStatement {

    /** Digits allowed in a fact's value: the key is trusted, but its value is plain. */
    private static final int FACT_DIGITS = 1000;

    private final Unit unit;
    private final String attribute;
    private final List<String> names;
    private final String value;
    private final String surfaceForm;
    /** The fact's value and the surface form as the key writes them: a citation usually copies one. */
    private final String rawValue;
    private final String rawSurfaceForm;
    private final BigDecimal number;
    private final String numberCapExceeded;
    private final BigDecimal surfaceNumber;
    private final String surfaceCapExceeded;

    /**
     * A fact's value as every statement of the fact reads it: worked out once per value text.
     *
     * @param normal its normal form
     * @param number the value as a plain decimal, or null if it is not one (or broke the cap)
     * @param capExceeded the message of the digit cap it broke, or null
     */
    record FactValue(String normal, BigDecimal number, String capExceeded) {

        /**
         * @param value a fact's value as the key writes it
         * @return how statements read it
         */
        static FactValue of(String value) {
            try {
                return new FactValue(Normalizer.strict(value), Decimals.parse(value.trim(), FACT_DIGITS), null);
            } catch (CapExceeded e) {
                return new FactValue(Normalizer.strict(value), null, e.getMessage());
            }
        }
    }

    /**
     * @param mention the statement
     * @param fact the fact it states
     * @param names the normalised names of the fact's entity, each the index's shared instance
     * @param attribute {@code Normalizer.attribute(fact.attribute())}, the index's shared instance
     * @param unit {@code Unit.of(fact.unit())}
     * @param value {@code FactValue.of(fact.value())}
     * @param maxDigits the verifier's digit cap, under which the surface form is read
     */
    GroundedStatement(GroundedMention mention, Fact fact, List<String> names, String attribute, Unit unit,
                      FactValue value, int maxDigits) {
        this.unit = unit;
        this.attribute = attribute;
        this.names = names;
        this.value = value.normal();
        this.surfaceForm = Normalizer.strict(mention.surfaceForm());
        this.rawValue = fact.value();
        this.rawSurfaceForm = mention.surfaceForm();
        this.number = value.number();
        this.numberCapExceeded = value.capExceeded();
        BigDecimal s = null;
        String capped = null;
        try {
            NumberReading surface = NumberReader.read(mention.surfaceForm(), unit, maxDigits);
            s = surface.kind() == NumberReading.Kind.VALUE ? surface.value() : null;
        } catch (CapExceeded e) {
            capped = e.getMessage();
        }
        this.surfaceNumber = s;
        this.surfaceCapExceeded = capped;
    }

    /** @return true if the statement is of this attribute (normalised) of an entity with this name (normalised) */
    boolean states(NormalText normalisedAttribute, NormalText normalisedEntity) {
        // By hash: a citation is checked against every statement of its paragraph, and most differ.
        return normalisedAttribute.isByHash(attribute) && normalisedEntity.isOneOfByHash(names);
    }

    /**
     * {@link #states} for normal forms given as the index's shared instances, compared by identity:
     * within one index, equal normal forms are the same instance.
     *
     * @param normalisedAttribute the index's instance of an attribute's normal form
     * @param normalisedEntity the index's instance of a name's normal form
     * @return true if the statement is of that attribute of an entity with that name
     */
    boolean statesInterned(String normalisedAttribute, String normalisedEntity) {
        if (normalisedAttribute != attribute) {
            return false;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == normalisedEntity) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param extracted a value as a citation gives it
     * @return true if it is the fact's value or the surface form exactly as the key writes them, so that
     *     its normal form {@link #matchesText matches as text}
     */
    boolean isRawValue(String extracted) {
        return extracted.equals(rawValue) || extracted.equals(rawSurfaceForm);
    }

    /** @return true if a normalised extracted value is the fact's value or the surface form, as text */
    boolean matchesText(String normalisedValue) {
        return normalisedValue.equals(value) || normalisedValue.equals(surfaceForm);
    }

    /** @return the fact's unit */
    Unit unit() {
        return unit;
    }

    /**
     * @return the fact's value as a plain decimal, or null if it is not one
     * @throws CapExceeded if it has more digits than any number may have
     */
    BigDecimal number() {
        if (numberCapExceeded != null) {
            throw new CapExceeded(numberCapExceeded);
        }
        return number;
    }

    /**
     * @return the value the surface form states, read as an answer in the fact's unit, or null if it
     *     reads as no single value
     * @throws CapExceeded if its number has more digits than the verifier's cap
     */
    BigDecimal surfaceNumber() {
        if (surfaceCapExceeded != null) {
            throw new CapExceeded(surfaceCapExceeded);
        }
        return surfaceNumber;
    }
}
