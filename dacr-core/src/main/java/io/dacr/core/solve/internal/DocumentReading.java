package io.dacr.core.solve.internal;

import java.util.List;

/**
 * What a reader took from a document.
 *
 * @param mentions the stated values, in document order
 * @param introductions the alias introductions, in document order
 * @param sentences sentences in the document (fillers included)
 * @param understood sentences the reader could read (fillers included)
 */
record DocumentReading(List<Mention> mentions, List<Introduction> introductions, int sentences, int understood) {

    DocumentReading {
        mentions = List.copyOf(mentions);
        introductions = List.copyOf(introductions);
    }
}
