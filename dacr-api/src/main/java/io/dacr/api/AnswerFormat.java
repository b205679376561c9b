package io.dacr.api;

import io.dacr.api.internal.Checks;

/**
 * The type of answer a question expects, and for numbers the unit and tolerance.
 *
 * @param type entity, number or text
 * @param unit for {@link AnswerType#NUMBER}: the unit the gold value is stated in (e.g. {@code USD},
 *     {@code qubits}); empty for a dimensionless number; null for other types
 * @param tolerance for {@link AnswerType#NUMBER}: the allowed difference; null for other types
 */
public record AnswerFormat(AnswerType type, String unit, Tolerance tolerance) {

    /** Validates that unit and tolerance are present exactly for numbers. */
    public AnswerFormat {
        Checks.notNull(type, "type");
        if (type == AnswerType.NUMBER) {
            Checks.notNull(unit, "unit of a NUMBER answer");
            Checks.notNull(tolerance, "tolerance of a NUMBER answer");
        } else {
            Checks.requireArgument(unit == null && tolerance == null,
                    "only NUMBER answers have a unit and a tolerance, this one is %s", type);
        }
    }

    /** @return the format of an entity answer */
    public static AnswerFormat entity() {
        return new AnswerFormat(AnswerType.ENTITY, null, null);
    }

    /** @return the format of a text answer */
    public static AnswerFormat text() {
        return new AnswerFormat(AnswerType.TEXT, null, null);
    }

    /**
     * @param unit the unit, empty for none
     * @param tolerance the allowed difference
     * @return the format of a numeric answer
     */
    public static AnswerFormat number(String unit, Tolerance tolerance) {
        return new AnswerFormat(AnswerType.NUMBER, unit, tolerance);
    }
}
