package io.dacr.core.bench.model;

import java.util.Objects;

/**
 * A fact of a DACR-Bench challenge and where the document states it.
 *
 * @param factId the fact's id, e.g. {@code f001}
 * @param entity the entity the fact is about
 * @param attribute the attribute
 * @param value the value as text (a JSON number is kept as its plain decimal text)
 * @param valueType {@code numerical}, {@code categorical}, {@code relational} or {@code temporal}
 * @param paragraphIndex the 0-based paragraph that states it
 * @param contextQuote the passage that states it
 */
public record BenchFact(String factId, String entity, String attribute, String value, String valueType,
                        int paragraphIndex, String contextQuote) {

    /**
     * @throws NullPointerException if a text is null
     * @throws IllegalArgumentException if the paragraph index is negative
     */
    public BenchFact {
        Objects.requireNonNull(factId, "factId");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(valueType, "valueType");
        Objects.requireNonNull(contextQuote, "contextQuote");
        if (paragraphIndex < 0) {
            throw new IllegalArgumentException("paragraphIndex must not be negative, was " + paragraphIndex);
        }
    }
}
