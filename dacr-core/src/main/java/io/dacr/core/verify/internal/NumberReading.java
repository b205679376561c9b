package io.dacr.core.verify.internal;

import java.math.BigDecimal;

/**
 * What an answer reads as when a number is expected.
 *
 * @param kind what was found
 * @param value the value in the question's unit when {@code kind} is {@link Kind#VALUE}, else null
 * @param reason why it is not a value, empty for a value
 */
record NumberReading(Kind kind, BigDecimal value, String reason) {

    /** What an answer holds. */
    enum Kind {
        /** One number in the question's unit. */
        VALUE,
        /** No number at all. */
        NONE,
        /** Several numbers, or a number with words that are not its scale or unit. */
        WRONG
    }

    static NumberReading value(BigDecimal value) {
        return new NumberReading(Kind.VALUE, value, "");
    }

    static NumberReading none(String reason) {
        return new NumberReading(Kind.NONE, null, reason);
    }

    static NumberReading wrong(String reason) {
        return new NumberReading(Kind.WRONG, null, reason);
    }
}
