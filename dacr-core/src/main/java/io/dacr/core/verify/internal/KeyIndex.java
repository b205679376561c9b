package io.dacr.core.verify.internal;

import io.dacr.api.AnswerKey;
import io.dacr.api.CheckResult;
import io.dacr.api.Challenge;
import io.dacr.api.ChallengeId;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintValue;
import io.dacr.api.GoldAnswer;
import io.dacr.api.Question;
import io.dacr.api.TraceRules;
import io.dacr.core.verify.policy.MatchMode;
import io.dacr.core.verify.policy.PassRule;
import io.dacr.core.verify.policy.VerificationLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A challenge and its answer key prepared for grading under one verifier's limits, pass rule and
 * answer matching:
 * what a verification would otherwise derive from the key on every call is worked out here once (gold
 * forms and gold numbers per question, constraint parameters, the key's grounding as citations are
 * checked against it, the allowed operations, the answers required, the results of passing checks).
 *
 * <p>A stateless verifier indexes a key it has just regenerated, and may grade one submission with it;
 * so indexing does only what every verification needs, and the rest is worked out when first needed,
 * and kept:
 * <ul>
 *   <li>the grounding ({@link CitationIndex}): a paragraph's statements when a citation first reaches
 *       it, the normal forms of an entity's names or of an attribute when a statement of it is first
 *       made, a statement's value read only if a citation does not copy the key's text;</li>
 *   <li>from the second verification on, what makes grading the same key again fast: the usual ways of
 *       writing each gold number ({@link GoldForms#forReuse}; listing them costs more than reading the
 *       answers of one submission, and they only spare reading answers again), and the key's name and
 *       attribute texts mapped to their normal forms ({@link CitationIndex#prepareForReuse}).</li>
 * </ul>
 * None of this changes a verdict: a submission graded before or after any of it is worked out gets the
 * same verdict. Thread-safe, so threads may share an index: what is worked out later is immutable and
 * stored without a lock; threads that race both work out equal objects, and whichever is kept is right
 * (racy single-check, as {@link String#hashCode} caches its hash). Nothing is locked or waited for.
 *
 * <p>It keeps no reference to the document's paragraphs (only their number); it reads the key's facts
 * and grounding mentions, which the caches that hold an index hold anyway. {@link #fits} says whether
 * it grades the submissions to another challenge object exactly as an index built from that object
 * would.
 */
public final class KeyIndex {

    private final ChallengeId id;
    private final String challengeId;
    private final int paragraphCount;
    private final TraceRules traceRules;
    private final List<Question> questions;
    private final List<Constraint> constraints;
    private final int maxDigits;
    private final MatchMode matchMode;
    /** The gold answer of each question, in question order. */
    private final List<GoldAnswer> goldAnswers;
    /** The gold forms the first verification grades with ({@link GoldForms#forFirstGrading}). */
    private final List<GoldForms> gold;
    /** The complete gold forms ({@link GoldForms#forReuse}), once made (racy single-check); null before. */
    private List<GoldForms> reusableGold;
    /** Verifications begun before the index was prepared for reuse, counted without a lock: a lost count only delays it. */
    private int verifications;
    private final Map<String, Integer> questionPositions = new HashMap<>();
    private final List<ConstraintCheck> checks;
    private final CitationIndex citations;
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
     * @param matchMode how that verifier matches answers (only a lenient one needs the lenient forms)
     * @throws IllegalArgumentException if the key does not belong to the challenge
     */
    public KeyIndex(Challenge challenge, AnswerKey key, VerificationLimits limits, PassRule passRule,
                    MatchMode matchMode) {
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
        this.maxDigits = limits.maxNumberDigits();
        this.matchMode = matchMode;
        List<GoldForms> forms = new ArrayList<>();
        List<GoldAnswer> goldAnswers = new ArrayList<>();
        List<GoldAnswer> answers = key.answers();
        // The key lists its answers in question order. While it does so for every question before, and no
        // question id came twice, the answers before are for other questions: so the answer at a
        // question's position, if it is for that question, is the first one for it (as key.answer finds).
        boolean inOrder = true;
        for (Question q : challenge.questions()) {
            int position = forms.size();
            inOrder &= questionPositions.put(q.id(), position) == null && position < answers.size()
                    && answers.get(position).questionId().equals(q.id());
            GoldAnswer g = inOrder ? answers.get(position) : key.answer(q.id());
            if (g == null) {
                throw new IllegalArgumentException("the answer key has no gold answer for " + q.id());
            }
            String unit = q.answerFormat().unit();
            goldAnswers.add(g);
            forms.add(GoldForms.forFirstGrading(g, q.answerFormat(), unit == null ? null : Unit.of(unit),
                    matchMode == MatchMode.LENIENT));
        }
        this.gold = List.copyOf(forms);
        this.goldAnswers = List.copyOf(goldAnswers);
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
        this.citations = new CitationIndex(key.facts(), key.grounding().mentions(), paragraphCount, maxDigits);
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

    /** @return how the verifier this index was built for matches answers */
    MatchMode matchMode() {
        return matchMode;
    }

    /** @return the challenge's trace rules */
    TraceRules traceRules() {
        return traceRules;
    }

    /** @return the challenge id's text, as a submission must give it */
    String challengeId() {
        return challengeId;
    }

    /**
     * The gold forms a verification grades with, for each question in question order. Called once per
     * verification: the second one prepares the index for reuse (completes the gold forms with each gold
     * number's usual forms, and {@linkplain CitationIndex#prepareForReuse maps the key's names}) before
     * it grades.
     *
     * @return the gold forms
     */
    List<GoldForms> goldForVerification() {
        List<GoldForms> listed = reusableGold;
        if (listed != null) {
            return listed;
        }
        if (verifications++ == 0) {
            return gold;
        }
        citations.prepareForReuse();
        List<GoldForms> withForms = new ArrayList<>(gold.size());
        for (int i = 0; i < gold.size(); i++) {
            withForms.add(gold.get(i).forReuse(goldAnswers.get(i), maxDigits));
        }
        listed = List.copyOf(withForms);
        reusableGold = listed; // racy single-check: see the class comment
        return listed;
    }

    /** @return the position of a question in question order, or -1 if the challenge has no such question */
    int questionPosition(String questionId) {
        Integer position = questionPositions.get(questionId);
        return position == null ? -1 : position;
    }

    List<ConstraintCheck> constraints() {
        return checks;
    }

    /** @return the key's grounding, as citations are checked against it */
    CitationIndex citations() {
        return citations;
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
