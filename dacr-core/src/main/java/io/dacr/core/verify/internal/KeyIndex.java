package io.dacr.core.verify.internal;

import io.dacr.api.AnswerKey;
import io.dacr.api.CheckResult;
import io.dacr.api.Challenge;
import io.dacr.api.ChallengeId;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintValue;
import io.dacr.api.Fact;
import io.dacr.api.GoldAnswer;
import io.dacr.api.GroundedMention;
import io.dacr.api.Question;
import io.dacr.api.TraceRules;
import io.dacr.core.verify.policy.PassRule;
import io.dacr.core.verify.policy.VerificationLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A challenge and its answer key prepared for grading under one verifier's limits and pass rule:
 * everything a verification would otherwise derive from the key on every call is worked out here once
 * (gold forms and gold numbers per question, with the usual ways of writing a gold number already read,
 * constraint parameters, the grounding index by paragraph with its values normalised and read and its
 * names shared one instance per normal form, the allowed operations, the answers required, the results
 * of passing checks). Immutable after construction, so threads may share it.
 *
 * <p>It keeps no reference to the document's paragraphs (only their number) nor to the key, so a
 * cache of indexes holds what grading needs and no more. {@link #fits} says whether it grades the
 * submissions to another challenge object exactly as an index built from that object would.
 */
public final class KeyIndex {

    private final ChallengeId id;
    private final String challengeId;
    private final int paragraphCount;
    private final TraceRules traceRules;
    private final List<Question> questions;
    private final List<Constraint> constraints;
    private final List<GoldForms> gold;
    private final Map<String, Integer> questionPositions = new HashMap<>();
    private final List<ConstraintCheck> checks;
    /** The grounded statements of paragraph {@code n} at index {@code n}; null where there are none. */
    private final List<GroundedStatement>[] statementsByParagraph;
    /** Each name of an entity in the key (canonical or alias, as the key writes it), to its normal form. */
    private final Map<String, String> normalNames = new HashMap<>();
    /** Each attribute name in the key's facts, as the key writes it, to its normal form. */
    private final Map<String, String> normalAttributes = new HashMap<>();
    private final Set<String> operations;
    private final int requiredAnswers;
    private final List<CheckResult> allConstraintsPassed;
    private final List<CheckResult> allAnswersPassed;
    private final String allPassedReason;

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
        this.id = challenge.id();
        this.challengeId = challenge.id().toString();
        this.paragraphCount = challenge.paragraphs().size();
        this.traceRules = challenge.traceRules();
        this.questions = challenge.questions();
        this.constraints = challenge.constraints();
        List<GoldForms> forms = new ArrayList<>();
        for (Question q : challenge.questions()) {
            GoldAnswer g = key.answer(q.id());
            if (g == null) {
                throw new IllegalArgumentException("the answer key has no gold answer for " + q.id());
            }
            questionPositions.put(q.id(), forms.size());
            forms.add(GoldForms.of(g, q.answerFormat(), limits.maxNumberDigits()));
        }
        this.gold = List.copyOf(forms);
        Map<String, ConstraintValue> values = new HashMap<>();
        for (ConstraintValue v : key.constraintValues()) {
            values.put(v.constraintId(), v);
        }
        List<ConstraintCheck> prepared = new ArrayList<>();
        for (Constraint c : challenge.constraints()) {
            ConstraintValue v = values.get(c.id());
            if (v == null) {
                throw new IllegalArgumentException("the answer key has no derived values for " + c.id());
            }
            prepared.add(ConstraintCheck.of(c, v));
        }
        this.checks = List.copyOf(prepared);
        // Each normal form of a name or attribute to its one shared instance, so that equal forms are the
        // same object in the statements and in the maps citations are looked up by. Worked out once per
        // text here, and read from these maps when the statements are indexed.
        Map<String, String> interned = new HashMap<>();
        for (Fact f : key.facts()) {
            normalNames.computeIfAbsent(f.entity(), name -> intern(interned, Normalizer.strict(name)));
            normalAttributes.computeIfAbsent(f.attribute(), attribute -> intern(interned, Normalizer.attribute(attribute)));
        }
        for (GroundedMention m : key.grounding().mentions()) {
            normalNames.computeIfAbsent(m.alias(), name -> intern(interned, Normalizer.strict(name)));
        }
        this.statementsByParagraph = indexGrounding(challenge, key, limits.maxNumberDigits());
        this.operations = Set.copyOf(challenge.traceRules().operations());
        this.requiredAnswers = passRule.requiredAnswers(gold.size());
        List<CheckResult> constraintsPassed = new ArrayList<>();
        for (ConstraintCheck c : checks) {
            constraintsPassed.add(c.passed());
        }
        this.allConstraintsPassed = List.copyOf(constraintsPassed);
        List<CheckResult> answersPassed = new ArrayList<>();
        for (GoldForms g : gold) {
            answersPassed.add(g.passed());
        }
        this.allAnswersPassed = List.copyOf(answersPassed);
        this.allPassedReason = checks.size() + "/" + checks.size() + " constraints passed, " + gold.size() + "/"
                + gold.size() + " answers correct (" + requiredAnswers + " required), trace valid";
    }

    /**
     * Indexes the grounding statements by paragraph number. A mention of a paragraph the document does
     * not have, or under an id that is not a paragraph id, can never be cited, so it is left out.
     */
    private List<GroundedStatement>[] indexGrounding(Challenge challenge, AnswerKey key, int maxDigits) {
        @SuppressWarnings("unchecked") // an array of lists; only lists of statements are stored
        List<GroundedStatement>[] byParagraph = new List[challenge.paragraphs().size() + 1];
        Map<String, Fact> facts = new HashMap<>();
        Map<String, Set<String>> namesByEntity = new HashMap<>();
        // Insertion-ordered sets: the canonical name first, then the aliases as the key lists them.
        for (Fact f : key.facts()) {
            facts.put(f.id(), f);
            namesByEntity.computeIfAbsent(f.entity(), e -> new LinkedHashSet<>()).add(normalNames.get(f.entity()));
        }
        for (GroundedMention m : key.grounding().mentions()) {
            Fact f = facts.get(m.factId());
            if (f != null) {
                namesByEntity.get(f.entity()).add(normalNames.get(m.alias()));
            }
        }
        // After every alias is known: a statement matches its entity under any of its names.
        Map<String, List<String>> names = new HashMap<>();
        namesByEntity.forEach((entity, set) -> names.put(entity, List.copyOf(set)));
        // Facts are stated several times, in a few units: each unit and value is read once.
        Map<String, Unit> units = new HashMap<>();
        Map<String, GroundedStatement.FactValue> values = new HashMap<>();
        for (GroundedMention m : key.grounding().mentions()) {
            Fact f = facts.get(m.factId());
            int paragraph = TraceValidator.paragraphNumber(m.paragraphId());
            if (f != null && paragraph >= 1 && paragraph < byParagraph.length) {
                if (byParagraph[paragraph] == null) {
                    byParagraph[paragraph] = new ArrayList<>();
                }
                byParagraph[paragraph].add(new GroundedStatement(m, f, names.get(f.entity()),
                        normalAttributes.get(f.attribute()), units.computeIfAbsent(f.unit(), Unit::of),
                        values.computeIfAbsent(f.value(), GroundedStatement.FactValue::of), maxDigits));
            }
        }
        return byParagraph;
    }

    /** @return the shared instance of a normal form: the first one given with its text */
    private static String intern(Map<String, String> interned, String normal) {
        String shared = interned.putIfAbsent(normal, normal);
        return shared == null ? normal : shared;
    }

    /**
     * Whether this index grades submissions to {@code other} exactly as an index built from
     * {@code other} (and this index's key) would: same id, same number of paragraphs, equal questions,
     * constraints and trace rules, which is all of a challenge that grading reads.
     *
     * @param other a challenge
     * @return true if this index may grade submissions to {@code other}
     */
    public boolean fits(Challenge other) {
        return other.id().equals(id) && other.paragraphs().size() == paragraphCount
                && other.traceRules().equals(traceRules) && other.questions().equals(questions)
                && other.constraints().equals(constraints);
    }

    /** @return the number of paragraphs of the document */
    int paragraphCount() {
        return paragraphCount;
    }

    /** @return the challenge's trace rules */
    TraceRules traceRules() {
        return traceRules;
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
        return checks;
    }

    /**
     * @param paragraph a paragraph number, 1 to the number of paragraphs
     * @return the grounded statements of facts the key knows in that paragraph, in the key's order
     */
    List<GroundedStatement> statements(int paragraph) {
        List<GroundedStatement> statements = statementsByParagraph[paragraph];
        return statements == null ? List.of() : statements;
    }

    /**
     * @param name a name as a trace step gives it
     * @return {@code Normalizer.strict(name)} if the key writes the name so (a step usually copies it),
     *     as the index's shared instance of that form ({@link GroundedStatement#statesInterned}), else null
     */
    String knownNormalName(String name) {
        return normalNames.get(name);
    }

    /**
     * @param attribute an attribute name as a trace step gives it
     * @return {@code Normalizer.attribute(attribute)} if a fact of the key writes the attribute so, as the
     *     index's shared instance of that form, else null
     */
    String knownNormalAttribute(String attribute) {
        return normalAttributes.get(attribute);
    }

    /** @return true if the trace rules allow this operation */
    boolean allowsOperation(String op) {
        return operations.contains(op);
    }

    /** @return how many correct answers the pass rule requires */
    int requiredAnswers() {
        return requiredAnswers;
    }

    /** @return the shared passing result of every constraint, in constraint order */
    List<CheckResult> allConstraintsPassed() {
        return allConstraintsPassed;
    }

    /** @return the shared passing result of every question, in question order */
    List<CheckResult> allAnswersPassed() {
        return allAnswersPassed;
    }

    /** @return a verdict's reason when every constraint and answer passed and the trace is valid */
    String allPassedReason() {
        return allPassedReason;
    }

}
