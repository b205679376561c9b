package io.dacr.core.verify;

import io.dacr.api.ComputeStep;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import io.dacr.api.TraceStep;
import io.dacr.core.verify.policy.VerificationLimits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Derives fuzz submissions from the oracle of {@link Fixtures} with a seeded generator, each labelled
 * with the verdict it must get. Bulk generation runs here, not in jqwik, because a jqwik try costs far
 * more than a verification: a try draws a seed and this class draws a batch from it.
 *
 * <p>Two families: structurally valid mutants whose number of correct answers, artifact and trace are
 * known (so whether they may pass is known: 3 of the 5 fixture questions are required), and malformed
 * mutants, each breaking one cap or structural rule of {@link VerificationLimits}, mostly just past it.
 */
final class VerifierFuzzMutations {

    /** The verdict a mutant must get. */
    enum Expect { PASS, FAIL, MALFORMED }

    /**
     * @param label what was done, for the assertion message
     * @param expect the outcome it must get
     * @param submission the mutant
     */
    record Mutant(String label, Expect expect, Submission submission) {
    }

    /** Correct answers the default pass rule requires of the fixture's 5 questions: ceil(0.6 × 5). */
    static final int REQUIRED = 3;

    private static final String ID = Fixtures.ID.toString();
    private static final String PADDING_LETTERS = "abcdefghijklmnoprstuvwy"; // no 'z': the forbidden letter

    private final SplittableRandom random;
    private final VerificationLimits limits;

    VerifierFuzzMutations(long seed, VerificationLimits limits) {
        this.random = new SplittableRandom(seed);
        this.limits = limits;
    }

    /** @return a structurally valid mutant: some answers wrong or missing, maybe a broken artifact or trace */
    Mutant valid() {
        List<QuestionAnswer> oracle = Fixtures.oracleAnswers();
        List<Integer> order = shuffled(oracle.size());
        int wrong = random.nextInt(oracle.size() + 1);
        List<QuestionAnswer> answers = new ArrayList<>();
        StringBuilder label = new StringBuilder().append(wrong).append(" wrong");
        for (int k = 0; k < order.size(); k++) {
            QuestionAnswer gold = oracle.get(order.get(k));
            if (k >= wrong) {
                answers.add(new QuestionAnswer(gold.questionId(), gold.answer(), citation(), confidence()));
            } else if (random.nextInt(4) > 0) {
                String text = wrongAnswer(gold.questionId());
                label.append(", ").append(gold.questionId()).append('=').append(text);
                answers.add(new QuestionAnswer(gold.questionId(), text, citation(), confidence()));
            }
            // else: the question is left unanswered, which counts as not correct
        }
        String artifact = Fixtures.ARTIFACT;
        if (random.nextInt(8) == 0) {
            artifact = brokenArtifact();
            label.append(", artifact '").append(artifact).append('\'');
        }
        List<TraceStep> trace = Fixtures.oracleTrace();
        if (random.nextInt(8) == 0) {
            String result = Integer.toString(28 + random.nextInt(1000));
            trace = new ArrayList<>(trace);
            trace.set(trace.size() - 1, new ComputeStep("add", List.of("7", "20"), result));
            label.append(", last compute step gives ").append(result);
        }
        boolean passes = oracle.size() - wrong >= REQUIRED && artifact.equals(Fixtures.ARTIFACT)
                && trace.equals(Fixtures.oracleTrace());
        return new Mutant(label.toString(), passes ? Expect.PASS : Expect.FAIL, new Submission(ID, artifact, answers, trace));
    }

    /** @return a mutant breaking exactly one cap or structural rule */
    Mutant malformed() {
        int kind = random.nextInt(19);
        return switch (kind) {
            case 0 -> mutant("challenge id past its cap", ID + pad(limits.maxChallengeIdChars() + 1 - ID.length() + small()),
                    Fixtures.ARTIFACT, Fixtures.oracleAnswers(), Fixtures.oracleTrace());
            case 1 -> mutant("another challenge's id", ID.substring(0, ID.length() - 1) + (ID.endsWith("A") ? "B" : "A"),
                    Fixtures.ARTIFACT, Fixtures.oracleAnswers(), Fixtures.oracleTrace());
            case 2 -> withArtifact("artifact past its cap",
                    Fixtures.ARTIFACT + " " + pad(limits.maxArtifactChars() - Fixtures.ARTIFACT.length() + small()));
            case 3 -> withArtifact("lone high surrogate in the artifact", insert(Fixtures.ARTIFACT, (char) (0xD800 + random.nextInt(0x400))));
            case 4 -> withArtifact("lone low surrogate in the artifact", insert(Fixtures.ARTIFACT, (char) (0xDC00 + random.nextInt(0x400))));
            case 5 -> withArtifact("surrogates in reverse order in the artifact", insert(Fixtures.ARTIFACT,
                    (char) (0xDC00 + random.nextInt(0x400)), (char) (0xD800 + random.nextInt(0x400))));
            case 6 -> withAnswers("answers past their cap", repeatAnswers(limits.maxAnswers() + 1 + small()));
            case 7 -> withOneAnswer("answer text past its cap", a -> new QuestionAnswer(a.questionId(),
                    a.answer() + pad(limits.maxAnswerChars() + 1 - a.answer().length() + small()), a.citation(), a.confidence()));
            case 8 -> withOneAnswer("citation past its cap", a -> new QuestionAnswer(a.questionId(), a.answer(),
                    pad(limits.maxAnswerChars() + 1 + small()), a.confidence()));
            case 9 -> withOneAnswer("unknown question id", a -> new QuestionAnswer(
                    List.of("q0", "q6", "Q1", "", "q1 ", "q" + (6 + random.nextInt(1000))).get(random.nextInt(6)),
                    a.answer(), a.citation(), a.confidence()));
            case 10 -> withOneAnswer("negative confidence", a -> new QuestionAnswer(a.questionId(), a.answer(), a.citation(),
                    BigDecimal.ONE.movePointLeft(random.nextInt(30)).negate()));
            case 11 -> withOneAnswer("confidence above 1", a -> new QuestionAnswer(a.questionId(), a.answer(), a.citation(),
                    BigDecimal.ONE.add(BigDecimal.ONE.movePointLeft(random.nextInt(30)))));
            case 12 -> {
                List<QuestionAnswer> answers = new ArrayList<>(Fixtures.oracleAnswers());
                answers.add(random.nextInt(answers.size() + 1), answers.get(random.nextInt(answers.size())));
                yield withAnswers("duplicate answer", answers);
            }
            case 13 -> withTrace("trace past the steps cap", repeatSteps(limits.maxTraceSteps() + 1 + small()));
            case 14 -> withTrace("trace past the challenge's max steps", repeatSteps(
                    Fixtures.CHALLENGE.traceRules().maxSteps() + 1 + small()));
            case 15 -> withTrace("trace under the challenge's min steps",
                    Fixtures.oracleTrace().subList(0, random.nextInt(Fixtures.CHALLENGE.traceRules().minSteps())));
            case 16 -> withOneStep("step field past its cap", s -> {
                String big = pad(limits.maxStepFieldChars() + 1 + small());
                if (s instanceof ExtractFactStep e) {
                    return switch (random.nextInt(4)) {
                        case 0 -> new ExtractFactStep(big, e.attribute(), e.valueExtracted(), e.source());
                        case 1 -> new ExtractFactStep(e.targetEntity(), big, e.valueExtracted(), e.source());
                        case 2 -> new ExtractFactStep(e.targetEntity(), e.attribute(), big, e.source());
                        default -> new ExtractFactStep(e.targetEntity(), e.attribute(), e.valueExtracted(), big);
                    };
                }
                ComputeStep c = (ComputeStep) s;
                return switch (random.nextInt(3)) {
                    case 0 -> new ComputeStep(big, c.inputs(), c.result());
                    case 1 -> new ComputeStep(c.op(), List.of(c.inputs().get(0), big), c.result());
                    default -> new ComputeStep(c.op(), c.inputs(), big);
                };
            });
            case 17 -> {
                List<String> inputs = Collections.nCopies(limits.maxInputsPerStep() + 1 + small(), "1");
                List<TraceStep> trace = new ArrayList<>(Fixtures.oracleTrace());
                trace.add(new ComputeStep("sum", inputs, Integer.toString(inputs.size())));
                yield withTrace("compute step with inputs past their cap", trace);
            }
            default -> withOneAnswer("answer to another challenge's question", a -> new QuestionAnswer(
                    "q" + pad(1 + small()), a.answer(), a.citation(), a.confidence()));
        };
    }

    private Mutant mutant(String label, String id, String artifact, List<QuestionAnswer> answers, List<TraceStep> trace) {
        return new Mutant(label, Expect.MALFORMED, new Submission(id, artifact, answers, trace));
    }

    private Mutant withArtifact(String label, String artifact) {
        return mutant(label, ID, artifact, Fixtures.oracleAnswers(), Fixtures.oracleTrace());
    }

    private Mutant withAnswers(String label, List<QuestionAnswer> answers) {
        return mutant(label, ID, Fixtures.ARTIFACT, answers, Fixtures.oracleTrace());
    }

    private Mutant withTrace(String label, List<TraceStep> trace) {
        return mutant(label, ID, Fixtures.ARTIFACT, Fixtures.oracleAnswers(), trace);
    }

    private Mutant withOneAnswer(String label, UnaryOperator<QuestionAnswer> change) {
        List<QuestionAnswer> answers = new ArrayList<>(Fixtures.oracleAnswers());
        int i = random.nextInt(answers.size());
        answers.set(i, change.apply(answers.get(i)));
        return withAnswers(label, answers);
    }

    private Mutant withOneStep(String label, UnaryOperator<TraceStep> change) {
        List<TraceStep> trace = new ArrayList<>(Fixtures.oracleTrace());
        int i = random.nextInt(trace.size());
        trace.set(i, change.apply(trace.get(i)));
        return withTrace(label, trace);
    }

    /** @return 0 to 3 more: just past a cap, sometimes a little further */
    private int small() {
        return random.nextInt(4);
    }

    /** @return {@code n} padding letters (none when {@code n} is not positive) */
    private String pad(int n) {
        StringBuilder b = new StringBuilder(Math.max(n, 0));
        for (int i = 0; i < n; i++) {
            b.append(PADDING_LETTERS.charAt(random.nextInt(PADDING_LETTERS.length())));
        }
        return b.toString();
    }

    private String insert(String s, char... chars) {
        int at = random.nextInt(s.length() + 1);
        return s.substring(0, at) + new String(chars) + s.substring(at);
    }

    private List<QuestionAnswer> repeatAnswers(int n) {
        List<QuestionAnswer> oracle = Fixtures.oracleAnswers();
        List<QuestionAnswer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(oracle.get(i % oracle.size()));
        }
        return out;
    }

    private List<TraceStep> repeatSteps(int n) {
        List<TraceStep> oracle = Fixtures.oracleTrace();
        List<TraceStep> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(oracle.get(i % oracle.size()));
        }
        return out;
    }

    private List<Integer> shuffled(int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        for (int i = n - 1; i > 0; i--) {
            Collections.swap(order, i, random.nextInt(i + 1));
        }
        return order;
    }

    /** A wrong answer: never one of the question's gold forms, whatever the normalisation. */
    private String wrongAnswer(String questionId) {
        int n = random.nextInt(1_000_000);
        return switch (questionId) {
            case "q1" -> List.of("Ana Ruiz", "Port Vell", "", Integer.toString(n)).get(random.nextInt(4));
            case "q4" -> List.of("Kelmara Air", "Port Vell", "", Integer.toString(n)).get(random.nextInt(4));
            case "q2" -> List.of("Kelmara Air", Integer.toString(n), "-" + n).get(random.nextInt(3));
            // 35.5 within 1%: any integer outside 30..40 is wrong.
            case "q3" -> Integer.toString(n >= 30 && n <= 40 ? n + 100 : n);
            case "q5" -> Integer.toString(n == 27 ? 28 : n);
            default -> throw new IllegalArgumentException("no such fixture question: " + questionId);
        };
    }

    /** @return an artifact breaking the word count (one more word) or dropping the required attribute */
    private String brokenArtifact() {
        if (random.nextBoolean()) {
            return Fixtures.ARTIFACT + " " + pad(1 + random.nextInt(6));
        }
        return Fixtures.ARTIFACT.replace("Port Vell", "Port Vel");
    }

    private String citation() {
        return random.nextInt(3) == 0 ? null : "paragraph_" + (1 + random.nextInt(4));
    }

    private BigDecimal confidence() {
        return random.nextInt(3) == 0 ? null : BigDecimal.valueOf(random.nextInt(1001), 3);
    }
}
