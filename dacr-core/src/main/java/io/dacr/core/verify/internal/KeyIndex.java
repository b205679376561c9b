package io.dacr.core.verify.internal;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintValue;
import io.dacr.api.Fact;
import io.dacr.api.GoldAnswer;
import io.dacr.api.GroundedMention;
import io.dacr.api.Question;
import io.dacr.core.verify.policy.PassRule;
import io.dacr.core.verify.policy.VerificationLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A challenge and its answer key prepared for grading under one verifier's limits and pass rule:
 * everything a verification would otherwise derive from the key on every call is worked out here once
 * (gold forms and gold numbers per question, constraint parameters, the grounding index by paragraph
 * with its values normalised and read, the allowed operations, the answers required, the results of
 * passing checks). Immutable after construction, so threads may share it.
 */
public final class KeyIndex {

    private final Challenge challenge;
    private final AnswerKey key;
    private final String challengeId;
    private final List<GoldForms> gold;
    private final Map<String, Integer> questionPositions = new HashMap<>();
    private final List<ConstraintCheck> constraints;
    private final Map<String, List<GroundedStatement>> statementsByParagraph = new HashMap<>();
    private final Set<String> operations;
    private final int requiredAnswers;

    /**
     * @param challenge the challenge
     * @param key its answer key
     * @param limits the caps of the verifier that will use this index (its digit cap reads the key's
     *     surface forms)
     * @param passRule the pass rule of that verifier
     * @throws IllegalArgumentException if the key does not belong to the challenge
     */
    public KeyIndex(Challenge challenge, AnswerKey key, VerificationLimits limits, PassRule passRule) {
        if (!key.challengeId().equals(challenge.id())) {
            throw new IllegalArgumentException("the answer key is for challenge " + key.challengeId()
                    + ", not " + challenge.id());
        }
        this.challenge = challenge;
        this.key = key;
        this.challengeId = challenge.id().toString();
        List<GoldForms> forms = new ArrayList<>();
        for (Question q : challenge.questions()) {
            GoldAnswer g = key.answer(q.id());
            if (g == null) {
                throw new IllegalArgumentException("the answer key has no gold answer for " + q.id());
            }
            questionPositions.put(q.id(), forms.size());
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
        indexGrounding(key, limits.maxNumberDigits());
        this.operations = Set.copyOf(challenge.traceRules().operations());
        this.requiredAnswers = passRule.requiredAnswers(gold.size());
    }

    private void indexGrounding(AnswerKey key, int maxDigits) {
        Map<String, Fact> facts = new HashMap<>();
        Map<String, Set<String>> namesByEntity = new HashMap<>();
        for (Fact f : key.facts()) {
            facts.put(f.id(), f);
            namesByEntity.computeIfAbsent(f.entity(), e -> new HashSet<>()).add(Normalizer.strict(f.entity()));
        }
        for (GroundedMention m : key.grounding().mentions()) {
            Fact f = facts.get(m.factId());
            if (f != null) {
                namesByEntity.get(f.entity()).add(Normalizer.strict(m.alias()));
            }
        }
        // After every alias is known: a statement matches its entity under any of its names.
        for (GroundedMention m : key.grounding().mentions()) {
            Fact f = facts.get(m.factId());
            if (f != null) {
                statementsByParagraph.computeIfAbsent(m.paragraphId(), p -> new ArrayList<>())
                        .add(new GroundedStatement(m, f, namesByEntity.get(f.entity()), maxDigits));
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

    /** @return the challenge id's text, as a submission must give it */
    String challengeId() {
        return challengeId;
    }

    List<GoldForms> gold() {
        return gold;
    }

    /** @return the position of a question in {@link #gold()}, or -1 if the challenge has no such question */
    int questionPosition(String questionId) {
        Integer position = questionPositions.get(questionId);
        return position == null ? -1 : position;
    }

    List<ConstraintCheck> constraints() {
        return constraints;
    }

    /** @return the grounded statements of facts the key knows in a paragraph, in document order */
    List<GroundedStatement> statements(String paragraphId) {
        return statementsByParagraph.getOrDefault(paragraphId, List.of());
    }

    /** @return true if the trace rules allow this operation */
    boolean allowsOperation(String op) {
        return operations.contains(op);
    }

    /** @return how many correct answers the pass rule requires */
    int requiredAnswers() {
        return requiredAnswers;
    }

}
