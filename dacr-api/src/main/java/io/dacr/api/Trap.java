package io.dacr.api;

import io.dacr.api.internal.Checks;
import java.util.List;

/**
 * A trap placed in the document, recorded so that audits and benchmarks can tell a trapped answer
 * from an ordinary mistake.
 *
 * @param id {@code t1}, {@code t2}, … unique within the challenge
 * @param kind what the text does
 * @param targetFactId the fact whose value the trap disguises
 * @param correctValue the authoritative value (canonical text form)
 * @param wrongValue the value a solver taking the shortcut would read; differs from the correct one
 * @param paragraphIds the paragraphs that carry the trap (the wrong statements and the cue)
 * @param cue the words that make the correct value authoritative, e.g. "the audited figure"
 */
public record Trap(String id, TrapKind kind, String targetFactId, String correctValue, String wrongValue,
                   List<String> paragraphIds, String cue) {

    /** Compiled once: ids are checked for every record made, on the generator's hot path. */
    /** Validates and copies. */
    public Trap {
        Checks.requireArgument(Checks.isNumberedId(id, "t", 4), "trap id must look like t1, was '%s'", id);
        Checks.notNull(kind, "kind");
        Checks.notBlank(targetFactId, "targetFactId");
        Checks.notBlank(correctValue, "correctValue");
        Checks.notBlank(wrongValue, "wrongValue");
        Checks.requireArgument(!correctValue.equals(wrongValue), "trap %s: the wrong value equals the correct one", id);
        paragraphIds = Checks.immutableList(paragraphIds, "paragraphIds");
        Checks.requireArgument(!paragraphIds.isEmpty(), "trap %s names no paragraph", id);
        Checks.notBlank(cue, "cue");
    }
}
