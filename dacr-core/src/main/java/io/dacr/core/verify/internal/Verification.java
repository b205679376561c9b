package io.dacr.core.verify.internal;

import io.dacr.api.CheckResult;
import io.dacr.api.ComputeStep;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.Outcome;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import io.dacr.api.TraceRules;
import io.dacr.api.TraceStep;
import io.dacr.api.Verdict;
import io.dacr.api.internal.CanonicalJson;
import io.dacr.api.internal.ScriptRule;
import io.dacr.core.json.internal.Node;
import io.dacr.core.verify.policy.MatchMode;
import io.dacr.core.verify.policy.PassRule;
import io.dacr.core.verify.policy.VerificationLimits;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One verification: caps and structure first (any breach gives a MALFORMED verdict), then
 * constraints, answers and the trace, then the pass rule. Whatever goes wrong inside is caught and
 * reported as MALFORMED, so no exception escapes for any submission.
 */
public final class Verification {

    /** Text with an unpaired surrogate has no UTF-8 form: it cannot be read, nor recorded. */
    private static final String UNPAIRED_SURROGATE = "a field holds an unpaired surrogate (not text)";

    private final VerificationLimits limits;
    private final PassRule passRule;
    private final KeyIndex index;
    private final Submission submission;
    /** The answer to each question, by position in the key's questions; filled by the structural check. */
    private QuestionAnswer[] byQuestion;
    /**
     * The first answer (in submission order) to a question an earlier answer already answered, or -1;
     * set by the structural check, reported as malformed once the structure is otherwise sound.
     */
    private int secondAnswer = -1;
    /** Whether the artifact is printable ASCII, its words then read by the structural check. */
    private boolean asciiArtifact;
    /** This verification's buffers, for the time of {@link #run}. */
    private Scratch scratch;
    /** The gold forms of the questions, in question order, for the time of {@link #run}. */
    private List<GoldForms> gold;

    /**
     * @param limits the caps
     * @param passRule the pass rule
     * @param index the challenge and key, indexed for these limits and this pass rule, and for the answer
     *     matching to grade with
     * @param submission the submission
     */
    public Verification(VerificationLimits limits, PassRule passRule, KeyIndex index, Submission submission) {
        this.limits = limits;
        this.passRule = passRule;
        this.index = index;
        this.submission = submission;
    }

    /** @return the verdict; never throws */
    public Verdict run() {
        String challengeId = submission.challengeId();
        scratch = Scratch.acquire();
        try {
            gold = index.goldForVerification();
            String malformed = structuralProblem();
            if (malformed != null) {
                return Verdict.malformed(challengeId, malformed);
            }
            return grade();
        } catch (CapExceeded e) {
            return Verdict.malformed(challengeId, e.getMessage());
        } catch (RuntimeException e) {
            // A bug must not let a hostile submission crash the caller; it is graded MALFORMED, never PASS.
            return Verdict.malformed(challengeId, "the submission could not be graded: " + e.getClass().getSimpleName());
        } finally {
            scratch.release();
        }
    }

    private static String format(String template, Object... args) {
        return String.format(Locale.ROOT, template, args);
    }

    /** @return the first cap or structural rule broken, or null */
    private String structuralProblem() {
        if (submission.challengeId().length() > limits.maxChallengeIdChars()) {
            return format("the challenge id is longer than %d characters", limits.maxChallengeIdChars());
        }
        if (!submission.challengeId().equals(index.challengeId())) {
            return "the submission is for another challenge";
        }
        String artifact = submission.artifact();
        if (artifact.length() > limits.maxArtifactChars()) {
            return format("the artifact is longer than %d characters", limits.maxArtifactChars());
        }
        if (submission.answers().size() > limits.maxAnswers()) {
            return format("more than %d answers", limits.maxAnswers());
        }
        List<QuestionAnswer> answers = submission.answers();
        int questions = gold.size();
        byQuestion = scratch.answers(questions);
        for (int i = 0; i < answers.size(); i++) {
            QuestionAnswer a = answers.get(i);
            if (a.questionId().length() > limits.maxAnswerChars() || a.answer().length() > limits.maxAnswerChars()
                    || a.citation() != null && a.citation().length() > limits.maxAnswerChars()) {
                return format("an answer, question id or citation is longer than %d characters", limits.maxAnswerChars());
            }
            if (Node.unpairedSurrogate(a.questionId()) >= 0 || Node.unpairedSurrogate(a.answer()) >= 0
                    || a.citation() != null && Node.unpairedSurrogate(a.citation()) >= 0) {
                return format("answer %d: an answer, question id or citation holds an unpaired surrogate (not text)", i + 1);
            }
            // Answers usually come in question order: that position is tried before the id is looked up.
            int position = i < questions && gold.get(i).questionId().equals(a.questionId())
                    ? i : index.questionPosition(a.questionId());
            if (position < 0) {
                return "an answer names a question the challenge does not have";
            }
            if (byQuestion[position] == null) {
                byQuestion[position] = a;
            } else if (secondAnswer < 0) {
                secondAnswer = i;
            }
            BigDecimal c = a.confidence();
            if (c != null && (c.signum() < 0 || c.compareTo(BigDecimal.ONE) > 0)) {
                return "answer to " + a.questionId() + ": confidence must be in [0, 1]";
            }
            // A confidence JSON cannot hold (1E-5000) could not be recorded and read back. In [0, 1] only a
            // scale of MAX_NUMBER_DIGITS or more can be one; the scale test spares the usual case the strip.
            if (c != null && c.scale() >= CanonicalJson.MAX_NUMBER_DIGITS && !CanonicalJson.hasCanonicalForm(c)) {
                return format("answer to %s: confidence has more than %d decimal places", a.questionId(),
                        CanonicalJson.MAX_NUMBER_DIGITS - 1);
            }
        }
        List<TraceStep> trace = submission.trace();
        if (trace.size() > limits.maxTraceSteps()) {
            return format("the trace has more than %d steps", limits.maxTraceSteps());
        }
        for (int i = 0; i < trace.size(); i++) {
            String problem = stepSizeProblem(trace.get(i));
            if (problem != null) {
                return format("trace step %d: %s", i + 1, problem);
            }
        }
        TraceRules rules = index.traceRules();
        if (trace.size() < rules.minSteps() || trace.size() > rules.maxSteps()) {
            return format("the trace has %d steps; the challenge requires %d to %d", trace.size(), rules.minSteps(), rules.maxSteps());
        }
        asciiArtifact = scratch.artifact.readPrintableAscii(artifact);
        if (asciiArtifact) {
            return null; // letters are Latin, the rest Common, and no control: the script rule holds
        }
        Optional<String> script = ScriptRule.firstViolation(artifact);
        return script.map(s -> "artifact: " + s).orElse(null);
    }

    private String stepSizeProblem(TraceStep step) {
        int max = limits.maxStepFieldChars();
        if (step instanceof ExtractFactStep e) {
            if (e.targetEntity().length() > max || e.attribute().length() > max || e.valueExtracted().length() > max
                    || e.source().length() > max) {
                return format("a field is longer than %d characters", max);
            }
            if (Node.unpairedSurrogate(e.targetEntity()) >= 0 || Node.unpairedSurrogate(e.attribute()) >= 0
                    || Node.unpairedSurrogate(e.valueExtracted()) >= 0 || Node.unpairedSurrogate(e.source()) >= 0) {
                return UNPAIRED_SURROGATE;
            }
        } else if (step instanceof ComputeStep c) {
            if (c.op().length() > max || c.result().length() > max) {
                return format("a field is longer than %d characters", max);
            }
            if (c.inputs().size() > limits.maxInputsPerStep()) {
                return format("more than %d inputs", limits.maxInputsPerStep());
            }
            if (Node.unpairedSurrogate(c.op()) >= 0 || Node.unpairedSurrogate(c.result()) >= 0) {
                return UNPAIRED_SURROGATE;
            }
            for (String input : c.inputs()) {
                if (input.length() > max) {
                    return format("an input is longer than %d characters", max);
                }
                if (Node.unpairedSurrogate(input) >= 0) {
                    return UNPAIRED_SURROGATE;
                }
            }
        }
        return null;
    }

    /**
     * Grades a structurally sound submission. Checks that pass give the shared results the key index
     * holds, so when every constraint (or every answer) passes, the index's ready list of them is the
     * verdict's, and when all is well its ready reason too: a passing verdict builds no list and no text.
     */
    private Verdict grade() {
        Artifact artifact = scratch.artifact;
        if (!asciiArtifact) {
            artifact.read(submission.artifact(), false);
        }
        List<ConstraintCheck> checks = index.constraints();
        int constraintCount = checks.size();
        CheckResult[] constraints = scratch.constraintResults(constraintCount);
        int passedConstraints = 0;
        for (int i = 0; i < constraintCount; i++) {
            CheckResult r = checks.get(i).check(artifact);
            passedConstraints += r.outcome() == Outcome.PASS ? 1 : 0;
            constraints[i] = r;
        }
        // Answers by question position, filled with the structure: every question id is known.
        if (secondAnswer >= 0) {
            return Verdict.malformed(submission.challengeId(),
                    "two answers to " + submission.answers().get(secondAnswer).questionId());
        }
        int questions = gold.size();
        CheckResult[] answers = scratch.answerResults(questions);
        int correct = 0;
        boolean allShared = true; // every answer's result is its gold's shared passing result
        for (int i = 0; i < questions; i++) {
            GoldForms g = gold.get(i);
            QuestionAnswer a = byQuestion[i];
            CheckResult r;
            if (a == null) {
                r = new CheckResult(g.questionId(), Outcome.NO_ANSWER, "no answer");
            } else if (index.matchMode() == MatchMode.LENIENT) {
                r = LenientMatcher.grade(g.questionId(), a.answer(), g, limits.maxNumberDigits());
            } else {
                r = AnswerGrader.grade(g.questionId(), a.answer(), g, limits.maxNumberDigits(), scratch);
            }
            if (r.outcome() == Outcome.PASS) {
                correct++;
            }
            allShared &= r == g.passed();
            answers[i] = r;
        }
        CheckResult trace = new TraceValidator(index, limits.maxNumberDigits(), scratch).validate(submission.trace());
        int required = index.requiredAnswers();
        boolean constraintsOk = !passRule.allConstraints() || passedConstraints == constraintCount;
        boolean traceValid = trace.outcome() == Outcome.PASS;
        boolean traceOk = !passRule.traceValid() || traceValid;
        boolean passed = constraintsOk && correct >= required && traceOk;
        boolean allConstraints = passedConstraints == constraintCount;
        String reason;
        if (allConstraints && allShared && traceValid) {
            reason = index.allPassedReason();
        } else {
            // Concatenation, not String.format: same text for int values, without a Formatter per verdict.
            reason = passedConstraints + "/" + constraintCount + " constraints passed, " + correct + "/"
                    + questions + " answers correct (" + required + " required), trace "
                    + (traceValid ? "valid" : "invalid");
        }
        // A passing constraint check gives its shared result, so all passing means the index's list.
        return new Verdict(submission.challengeId(), passed ? Outcome.PASS : Outcome.FAIL,
                allConstraints ? index.allConstraintsPassed() : listOf(constraints, constraintCount),
                allShared ? index.allAnswersPassed() : listOf(answers, questions), trace, reason);
    }

    /** @return an immutable copy of the first {@code size} results of a reused array */
    private static List<CheckResult> listOf(CheckResult[] results, int size) {
        return List.of(Arrays.copyOf(results, size));
    }
}
