package io.dacr.core.solve.internal;

import io.dacr.api.Challenge;
import io.dacr.api.ConfigurationException;
import io.dacr.api.Question;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import io.dacr.api.TraceStep;
import io.dacr.core.solve.internal.Reasoner.Answer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A shortcut solver: a reader (the pack's templates, or bare key/value patterns), a way of resolving
 * names (aliases learned from their introductions, or canonical names only, fuzzily) and a rule for
 * which of several statements to believe. Everything else is done as well as that table allows:
 * every question category is answered, the trace cites where each value was read, and the artifact
 * satisfies the constraints as derived from the solver's own answers. Stateless and thread-safe.
 */
public final class ShortcutSolver {

    /** How the document is read. */
    public enum Reading {
        /** Sentence by sentence against the pack's templates, cues included. */
        TEMPLATES,
        /** "name … attribute words … value" patterns, without grammar. */
        KEY_VALUE
    }

    private final String name;
    private final Map<String, PackGrammar> grammars;
    private final Reading reading;
    private final boolean aliases;
    private final Selection selection;
    private final Map<String, KeyValueReader> keyValueReaders = new java.util.HashMap<>();

    private ShortcutSolver(String name, Map<String, PackGrammar> grammars, Reading reading, boolean aliases,
                           Selection selection) {
        this.name = name;
        this.grammars = Map.copyOf(grammars);
        this.reading = reading;
        this.aliases = aliases;
        this.selection = selection;
        if (reading == Reading.KEY_VALUE) {
            grammars.forEach((id, g) -> keyValueReaders.put(id, new KeyValueReader(g)));
        }
    }

    /**
     * @param name the solver's name
     * @param grammars the packs it knows, by domain id
     * @return the first-mention solver: aliases learned, the first statement believed
     */
    public static ShortcutSolver firstMention(String name, Map<String, PackGrammar> grammars) {
        return new ShortcutSolver(name, grammars, Reading.TEMPLATES, true, Selection.FIRST);
    }

    /**
     * @param name the solver's name
     * @param grammars the packs it knows, by domain id
     * @return the last-mention solver: aliases learned, the last statement believed
     */
    public static ShortcutSolver lastMention(String name, Map<String, PackGrammar> grammars) {
        return new ShortcutSolver(name, grammars, Reading.TEMPLATES, true, Selection.LAST);
    }

    /**
     * @param name the solver's name
     * @param grammars the packs it knows, by domain id
     * @return the majority solver: aliases learned, the most frequent value believed
     */
    public static ShortcutSolver majority(String name, Map<String, PackGrammar> grammars) {
        return new ShortcutSolver(name, grammars, Reading.TEMPLATES, true, Selection.MAJORITY);
    }

    /**
     * @param name the solver's name
     * @param grammars the packs it knows, by domain id
     * @return the canonical-only solver: names fuzzily matched to canonical names, aliases ignored,
     *     authority cues read
     */
    public static ShortcutSolver canonicalOnly(String name, Map<String, PackGrammar> grammars) {
        return new ShortcutSolver(name, grammars, Reading.TEMPLATES, false, Selection.AUTHORITATIVE);
    }

    /**
     * @param name the solver's name
     * @param grammars the packs it knows, by domain id
     * @return the regex key/value solver: pattern extraction into a table, later matches overwriting
     *     earlier ones
     */
    public static ShortcutSolver regexKeyValue(String name, Map<String, PackGrammar> grammars) {
        return new ShortcutSolver(name, grammars, Reading.KEY_VALUE, true, Selection.LAST_WRITE);
    }

    /**
     * @param name the solver's name
     * @param grammars the packs it knows, by domain id
     * @return the cue reader: the pack's templates, aliases learned, the most authoritative statement
     *     believed; every skill a template gives, gated by no quality gate
     */
    public static ShortcutSolver cueReader(String name, Map<String, PackGrammar> grammars) {
        return new ShortcutSolver(name, grammars, Reading.TEMPLATES, true, Selection.AUTHORITATIVE);
    }

    /** @return the solver's name */
    public String name() {
        return name;
    }

    /**
     * @param challenge a public challenge
     * @return the submission
     * @throws ConfigurationException if the solver has no pack for the challenge's domain
     */
    public Submission solve(Challenge challenge) {
        PackGrammar grammar = grammars.get(challenge.domainId());
        if (grammar == null) {
            throw new ConfigurationException("solver " + name + " has no domain pack '" + challenge.domainId()
                    + "'; it was given " + new java.util.TreeSet<>(grammars.keySet()));
        }
        NameBook names = new NameBook(aliases);
        DocumentReading read;
        if (reading == Reading.TEMPLATES) {
            read = grammar.reading(challenge);
            for (Introduction i : read.introductions()) {
                names.addAlias(i.name(), i.alias());
            }
        } else {
            read = keyValueReaders.get(challenge.domainId()).read(challenge, names);
        }
        Knowledge knowledge = new Knowledge(read.mentions(), names, selection);
        Reasoner reasoner = new Reasoner(grammar, knowledge);
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<QuestionAnswer> submitted = new ArrayList<>();
        List<TraceStep> trace = new ArrayList<>();
        for (Question q : challenge.questions()) {
            Answer a = reasoner.answer(q);
            if (a == null) {
                submitted.add(new QuestionAnswer(q.id(), "", null, null));
                continue;
            }
            answers.put(q.id(), a);
            submitted.add(new QuestionAnswer(q.id(), a.text(), a.citation(), null));
            trace.addAll(a.steps());
        }
        ArtifactPlanner artifact = new ArtifactPlanner(grammar, knowledge, answers);
        String line = artifact.build(challenge.constraints());
        trace.addAll(artifact.steps());
        return new Submission(challenge.id().toString(), line, submitted, trace);
    }
}
