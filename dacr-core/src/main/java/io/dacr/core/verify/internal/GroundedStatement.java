package io.dacr.core.verify.internal;

import io.dacr.api.Fact;
import io.dacr.api.GroundedMention;
import java.math.BigDecimal;
import java.util.List;

/**
 * One statement of the grounding index (a fact stated in a paragraph under an alias and a surface
 * form), made when a citation first reaches its paragraph. What every citation of the paragraph asks
 * (is this the cited attribute of the cited entity? is the extracted value the one the key writes?) is
 * ready from the start: the normal forms of the attribute and of the entity's names, shared with the
 * key index, and the raw value and surface form. What only a citation that does not copy the key's
 * text needs (the normal forms of the value and the surface form, and the numbers read from them) is
 * worked out the first time such a citation asks, and kept ({@link Reading}). A number that broke a
 * digit cap is kept as the cap's message and raised only when a check reaches it, where the check of an
 * uncached key would have raised it.
 *
 * <p>The key index normalises each name and attribute text of the key once, and gives that normal form
 * to the statements and to a citation that copies the text, so such a citation is usually matched by
 * identity ({@link #statesKnown}).
 *
 * <p>Thread-safe: the key index is shared by every thread that grades with it. The reading is an
 * immutable object (final fields only) published without a lock: a thread that finds none works it
 * out and stores it; two threads that race both work out equal readings, and either one kept is right
 * (racy single-check, as {@link String#hashCode} caches its hash).
 */
final class GroundedStatement {

    /** Digits allowed in a fact's value: the key is trusted, but its value is plain. */
    private static final int FACT_DIGITS = 1000;

    private final String attribute;
    private final List<String> names;
    /** The fact's value and the surface form as the key writes them: a citation usually copies one. */
    private final String rawValue;
    private final String rawSurfaceForm;
    private final String rawUnit;
    private final int maxDigits;
    /** Worked out on first use; see the class comment. */
    private Reading reading;

    /**
     * The value and the surface form as a citation that does not copy them is compared with them.
     *
     * @param unit {@code Unit.of(fact.unit())}
     * @param value the normal form of the fact's value
     * @param surfaceForm the normal form of the surface form
     * @param number the fact's value as a plain decimal, or null if it is not one (or broke the cap)
     * @param numberCapExceeded the message of the digit cap the value broke, or null
     * @param surfaceNumber the value the surface form states, read in the fact's unit, or null
     * @param surfaceCapExceeded the message of the digit cap the surface form broke, or null
     */
    private record Reading(Unit unit, String value, String surfaceForm, BigDecimal number, String numberCapExceeded,
                           BigDecimal surfaceNumber, String surfaceCapExceeded) {
    }

    /**
     * @param mention the statement
     * @param fact the fact it states
     * @param names the normalised names of the fact's entity, as the index gives them
     * @param attribute {@code Normalizer.attribute(fact.attribute())}, as the index gives it
     * @param maxDigits the verifier's digit cap, under which the surface form is read
     */
    GroundedStatement(GroundedMention mention, Fact fact, List<String> names, String attribute, int maxDigits) {
        this.attribute = attribute;
        this.names = names;
        this.rawValue = fact.value();
        this.rawSurfaceForm = mention.surfaceForm();
        this.rawUnit = fact.unit();
        this.maxDigits = maxDigits;
    }

    private Reading reading() {
        Reading r = reading;
        if (r == null) {
            r = read();
            reading = r;
        }
        return r;
    }

    private Reading read() {
        Unit unit = Unit.of(rawUnit);
        BigDecimal number = null;
        String numberCapped = null;
        try {
            number = Decimals.parse(rawValue.trim(), FACT_DIGITS);
        } catch (CapExceeded e) {
            numberCapped = e.getMessage();
        }
        BigDecimal surface = null;
        String surfaceCapped = null;
        try {
            NumberReading read = NumberReader.read(rawSurfaceForm, unit, maxDigits);
            surface = read.kind() == NumberReading.Kind.VALUE ? read.value() : null;
        } catch (CapExceeded e) {
            surfaceCapped = e.getMessage();
        }
        return new Reading(unit, Normalizer.strict(rawValue), Normalizer.strict(rawSurfaceForm), number, numberCapped,
                surface, surfaceCapped);
    }

    /** @return true if the statement is of this attribute (normalised) of an entity with this name (normalised) */
    boolean states(NormalText normalisedAttribute, NormalText normalisedEntity) {
        // By hash: a citation is checked against every statement of its paragraph, and most differ.
        return normalisedAttribute.isByHash(attribute) && normalisedEntity.isOneOfByHash(names);
    }

    /**
     * {@link #states} for normal forms given as strings, as the key index gives them: the same text of
     * the key gives the same instance, so a citation that copies the key's names is decided by identity;
     * equal forms of different texts ("ACME", "Acme") by their hashes and chars.
     *
     * @param normalisedAttribute the normal form of an attribute
     * @param normalisedEntity the normal form of a name
     * @return true if the statement is of that attribute of an entity with that name
     */
    boolean statesKnown(String normalisedAttribute, String normalisedEntity) {
        if (!same(normalisedAttribute, attribute)) {
            return false;
        }
        for (int i = 0; i < names.size(); i++) {
            if (same(names.get(i), normalisedEntity)) {
                return true;
            }
        }
        return false;
    }

    /** @return true if the two texts are equal: the same instance, or equal hashes (cached in each) and chars */
    private static boolean same(String a, String b) {
        return a == b || a.hashCode() == b.hashCode() && a.equals(b);
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
        Reading r = reading();
        return normalisedValue.equals(r.value()) || normalisedValue.equals(r.surfaceForm());
    }

    /** @return the fact's unit */
    Unit unit() {
        return reading().unit();
    }

    /**
     * @return the fact's value as a plain decimal, or null if it is not one
     * @throws CapExceeded if it has more digits than any number may have
     */
    BigDecimal number() {
        Reading r = reading();
        if (r.numberCapExceeded() != null) {
            throw new CapExceeded(r.numberCapExceeded());
        }
        return r.number();
    }

    /**
     * @return the value the surface form states, read as an answer in the fact's unit, or null if it
     *     reads as no single value
     * @throws CapExceeded if its number has more digits than the verifier's cap
     */
    BigDecimal surfaceNumber() {
        Reading r = reading();
        if (r.surfaceCapExceeded() != null) {
            throw new CapExceeded(r.surfaceCapExceeded());
        }
        return r.surfaceNumber();
    }
}
