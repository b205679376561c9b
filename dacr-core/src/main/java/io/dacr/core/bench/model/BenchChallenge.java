package io.dacr.core.bench.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A challenge in DACR-Bench's format: one document, its facts and traps, and questions with gold
 * answers. Imported DACR-Bench challenges and DACR's own (see {@code DacrBenchFormat.fromDacr}) share
 * this form, so one scorer serves both.
 *
 * @param challengeId the id, unique within its file
 * @param version the challenge's format version, e.g. {@code 1.0}
 * @param sourceType {@code document} or {@code engine}
 * @param split real or synthetic
 * @param domain the document's domain
 * @param text the document; paragraphs are its blank-line-separated blocks
 * @param sections the section titles DACR-Bench lists (may be empty)
 * @param facts the facts
 * @param traps the traps
 * @param questions the questions, at least one, ids unique
 */
public record BenchChallenge(String challengeId, String version, String sourceType, Split split, String domain,
                             String text, List<String> sections, List<BenchFact> facts, List<BenchTrap> traps,
                             List<BenchQuestion> questions) {

    /** DACR-Bench's separator: a line break, any white space (more line breaks included), a line break. */
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

    /**
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if there is no question or a question id repeats
     */
    public BenchChallenge {
        Objects.requireNonNull(challengeId, "challengeId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sourceType, "sourceType");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(text, "text");
        sections = List.copyOf(sections);
        facts = List.copyOf(facts);
        traps = List.copyOf(traps);
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("challenge " + challengeId + " has no question");
        }
        Set<String> ids = new HashSet<>();
        for (BenchQuestion q : questions) {
            if (!ids.add(q.questionId())) {
                throw new IllegalArgumentException("challenge " + challengeId + " repeats question id " + q.questionId());
            }
        }
    }

    /**
     * The document's paragraphs as DACR-Bench counts them: blocks separated by one or more lines that are
     * empty or hold only white space, blocks of only white space dropped (the mini file's {@code paragraphCount}
     * agrees with this on every challenge).
     *
     * @return the paragraphs, in order
     */
    public List<String> paragraphs() {
        List<String> out = new ArrayList<>();
        for (String block : BLANK_LINES.split(text)) {
            if (!block.isBlank()) {
                out.add(block);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param trapId a trap id
     * @return the trap, or null if the challenge has none of that id
     */
    public BenchTrap trap(String trapId) {
        for (BenchTrap t : traps) {
            if (t.trapId().equals(trapId)) {
                return t;
            }
        }
        return null;
    }

    /**
     * @param factId a fact id
     * @return the fact, or null
     */
    public BenchFact fact(String factId) {
        for (BenchFact f : facts) {
            if (f.factId().equals(factId)) {
                return f;
            }
        }
        return null;
    }
}
