package io.dacr.core.bench.internal;

import io.dacr.core.bench.model.BenchChallenge;

import java.util.Locale;

/** A challenge's document in the forms the citation rules search, computed once per challenge. */
final class Document {

    private final BenchChallenge challenge;
    private String lower;
    private String collapsed;

    Document(BenchChallenge challenge) {
        this.challenge = challenge;
    }

    BenchChallenge challenge() {
        return challenge;
    }

    /** @return the text lower-cased as JavaScript's {@code toLowerCase} does (locale-independent) */
    String lower() {
        if (lower == null) {
            lower = challenge.text().toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    /** @return the lower-cased text with every run of white space made one space */
    String collapsed() {
        if (collapsed == null) {
            collapsed = Js.collapse(lower());
        }
        return collapsed;
    }
}
