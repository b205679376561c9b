package io.dacr.core.verify.internal;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintValue;
import io.dacr.api.Fact;
import io.dacr.api.GoldAnswer;
import io.dacr.api.GroundedMention;
import io.dacr.api.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A challenge and its answer key prepared for grading: gold forms per question, constraint checks,
 * facts by id, the names of each entity, and the grounding index by paragraph. Built once per key and
 * immutable after construction, so threads may share it.
 */
public final class KeyIndex {

    private final Challenge challenge;
    private final AnswerKey key;
    private final List<GoldForms> gold;
    private final List<ConstraintCheck> constraints;
    private final Map<String, Fact> facts = new HashMap<>();
    private final Map<String, Set<String>> namesByEntity = new HashMap<>();
    private final Map<String, List<GroundedMention>> mentionsByParagraph = new HashMap<>();

    /**
     * @param challenge the challenge
     * @param key its answer key
     * @throws IllegalArgumentException if the key does not belong to the challenge
     */
    public KeyIndex(Challenge challenge, AnswerKey key) {
        if (!key.challengeId().equals(challenge.id())) {
            throw new IllegalArgumentException("the answer key is for challenge " + key.challengeId()
                    + ", not " + challenge.id());
        }
        this.challenge = challenge;
        this.key = key;
        List<GoldForms> forms = new ArrayList<>();
        for (Question q : challenge.questions()) {
            GoldAnswer g = key.answer(q.id());
            if (g == null) {
                throw new IllegalArgumentException("the answer key has no gold answer for " + q.id());
            }
            forms.add(GoldForms.of(g, q.answerFormat()));
        }
        this.gold = List.copyOf(forms);
        Map<String, ConstraintValue> values = new HashMap<>();
        for (ConstraintValue v : key.constraintValues()) {
            values.put(v.constraintId(), v);
        }
        List<ConstraintCheck> checks = new ArrayList<>();
        for (Constraint c : challenge.constraints()) {
            ConstraintValue v = values.get(c.id());
            if (v == null) {
                throw new IllegalArgumentException("the answer key has no derived values for " + c.id());
            }
            checks.add(ConstraintCheck.of(c, v));
        }
        this.constraints = List.copyOf(checks);
        for (Fact f : key.facts()) {
            facts.put(f.id(), f);
            namesByEntity.computeIfAbsent(f.entity(), e -> new HashSet<>()).add(Normalizer.strict(f.entity()));
        }
        for (GroundedMention m : key.grounding().mentions()) {
            mentionsByParagraph.computeIfAbsent(m.paragraphId(), p -> new ArrayList<>()).add(m);
            Fact f = facts.get(m.factId());
            if (f != null) {
                namesByEntity.get(f.entity()).add(Normalizer.strict(m.alias()));
            }
        }
    }

    /** @return true if this index was built from exactly these objects */
    boolean isFor(Challenge c, AnswerKey k) {
        return challenge == c && key == k;
    }

    Challenge challenge() {
        return challenge;
    }

    List<GoldForms> gold() {
        return gold;
    }

    List<ConstraintCheck> constraints() {
        return constraints;
    }

    Fact fact(String id) {
        return facts.get(id);
    }

    /** @return the normalised names (canonical and aliases) of an entity, by its canonical name */
    Set<String> names(String entity) {
        return namesByEntity.getOrDefault(entity, Set.of());
    }

    /** @return the statements of facts in a paragraph, in document order */
    List<GroundedMention> mentions(String paragraphId) {
        return mentionsByParagraph.getOrDefault(paragraphId, List.of());
    }
}
