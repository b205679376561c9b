package io.dacr.generator.internal.pack;

import java.util.List;

/**
 * The prose lexicon.
 *
 * @param connectives sentence openers such as "Meanwhile,"
 * @param sectionTitles section titles
 * @param documentTitles document titles
 * @param fillerSentences sentences that state no fact (may be empty)
 */
public record Lexicon(List<String> connectives, List<String> sectionTitles, List<String> documentTitles,
                      List<String> fillerSentences) {
}
