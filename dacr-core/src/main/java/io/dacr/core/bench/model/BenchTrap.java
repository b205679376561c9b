package io.dacr.core.bench.model;

import java.util.Objects;

/**
 * A trap of a DACR-Bench challenge: a wrong value planted in the document for a fact.
 *
 * @param trapId the trap's id, e.g. {@code t000}
 * @param targetFactId the fact whose value it falsifies
 * @param correctValue the true value, as text
 * @param wrongValue the planted value, as text
 * @param section the section DACR-Bench names ({@code injected} in its files; DACR writes the trap kind)
 * @param paragraphIndex the 0-based paragraph holding the planted value
 * @param injectedText the passage that plants it
 */
public record BenchTrap(String trapId, String targetFactId, String correctValue, String wrongValue, String section,
                        int paragraphIndex, String injectedText) {

    /**
     * @throws NullPointerException if a text is null
     * @throws IllegalArgumentException if the paragraph index is negative
     */
    public BenchTrap {
        Objects.requireNonNull(trapId, "trapId");
        Objects.requireNonNull(targetFactId, "targetFactId");
        Objects.requireNonNull(correctValue, "correctValue");
        Objects.requireNonNull(wrongValue, "wrongValue");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(injectedText, "injectedText");
        if (paragraphIndex < 0) {
            throw new IllegalArgumentException("paragraphIndex must not be negative, was " + paragraphIndex);
        }
    }
}
