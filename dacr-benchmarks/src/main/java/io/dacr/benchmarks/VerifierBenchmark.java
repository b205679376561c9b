package io.dacr.benchmarks;

import io.dacr.api.AnswerFormat;
import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.ChallengeId;
import io.dacr.api.ComputeStep;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintKind;
import io.dacr.api.ConstraintValue;
import io.dacr.api.ContentHashes;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.Fact;
import io.dacr.api.GenerationSpec;
import io.dacr.api.GoldAnswer;
import io.dacr.api.GroundedMention;
import io.dacr.api.GroundingIndex;
import io.dacr.api.Paragraph;
import io.dacr.api.Provenance;
import io.dacr.api.Question;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.QuestionCategory;
import io.dacr.api.ReasoningHop;
import io.dacr.api.Secret;
import io.dacr.api.Submission;
import io.dacr.api.Tolerance;
import io.dacr.api.TraceRules;
import io.dacr.api.TraceStep;
import io.dacr.api.Verdict;
import io.dacr.core.verify.DacrVerifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The verifier on a key held in memory (built and indexed once, as a deployment holds it).
 * <ul>
 *   <li>{@code artifactAndAnswers}: what the issue's target names, a full verification of the
 *       artifact (8 constraints) and 10 answers, with the shortest trace the trace rules allow (3
 *       steps). Target: at least 500,000 per second on one core.</li>
 *   <li>{@code fullVerification}: the same with a 20-step trace, a heavier realistic submission.</li>
 *   <li>{@code fiftyStepTrace}: a whole verification of 1 answer and a 50-step trace, so an upper
 *       bound of the 50-step trace validation (target: at most 20 µs); {@code threeStepTrace} is the
 *       same submission with 3 steps, so the difference of the two is what the 47 extra steps cost.</li>
 * </ul>
 * Citations are checked against the grounding index; compute steps are re-executed.
 *
 * <pre>{@code
 * java -jar dacr-benchmarks/target/benchmarks.jar VerifierBenchmark -f 1 -wi 3 -i 5 -prof gc
 * }</pre>
 */
@State(Scope.Thread)
public class VerifierBenchmark {

    private static final int QUESTIONS = 10;
    /** 12 words satisfying every constraint below. */
    private static final String ARTIFACT = "Port Vell 13 10+11=21 and then so we go it is done";

    private DacrVerifier verifier;
    private Challenge challenge;
    private AnswerKey key;
    private Submission full;
    private Submission longTrace;
    private Submission shortTrace;
    private Submission minimalTrace;

    /** Builds the challenge, its key and both submissions once. */
    @Setup
    public void setUp() {
        ChallengeId id = ChallengeId.issue(1, "airlines", GenerationSpec.preset("standard"), "bench", 1,
                Secret.ofUtf8("benchmark secret, not for production"));
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<GoldAnswer> gold = new ArrayList<>();
        List<GroundedMention> mentions = new ArrayList<>();
        List<QuestionAnswer> answers = new ArrayList<>();
        for (int i = 1; i <= QUESTIONS; i++) {
            String entity = "Carrier " + (char) ('A' + i - 1);
            String fleet = Integer.toString(7 * i + 3);
            String pid = Paragraph.idOf(i);
            paragraphs.add(new Paragraph(pid, entity + " flies " + fleet + " aircraft."));
            facts.add(new Fact("f" + i, entity, "fleet_size", fleet, "aircraft"));
            mentions.add(new GroundedMention(pid, "f" + i, entity, fleet));
            boolean named = i % 2 == 1;
            String canonical = named ? entity : fleet;
            questions.add(new Question("q" + i, "Question " + i + "?", QuestionCategory.DIRECT_EXTRACTION, 1,
                    named ? AnswerFormat.entity() : AnswerFormat.number("aircraft", Tolerance.absolute("0"))));
            gold.add(new GoldAnswer("q" + i, canonical, List.of(),
                    List.of(new ReasoningHop("extract", List.of("f" + i), List.of(pid), canonical)), null));
            answers.add(new QuestionAnswer("q" + i, named ? entity.toUpperCase(java.util.Locale.ROOT) : fleet + " aircraft",
                    pid, BigDecimal.ONE));
        }
        List<ConstraintKind> kinds = List.of(ConstraintKind.WORD_COUNT, ConstraintKind.PRIME, ConstraintKind.ACROSTIC,
                ConstraintKind.FORBIDDEN_LETTER, ConstraintKind.EQUATION, ConstraintKind.INCLUDES_ATTRIBUTE,
                ConstraintKind.PRIME, ConstraintKind.EQUATION);
        List<Constraint> constraints = new ArrayList<>();
        List<ConstraintValue> values = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            String cid = "c" + (i + 1);
            constraints.add(new Constraint(cid, kinds.get(i), "Rule " + (i + 1) + ".", List.of("q1")));
            Map<String, String> e = switch (kinds.get(i)) {
                case WORD_COUNT -> Map.of("count", "12");
                case PRIME -> Map.of("prime", "13");
                case ACROSTIC -> Map.of("letters", "PV");
                case FORBIDDEN_LETTER -> Map.of("letter", "q");
                case EQUATION -> Map.of("a", "10", "b", "11", "c", "21");
                case INCLUDES_ATTRIBUTE -> Map.of("value", "Port Vell");
            };
            values.add(new ConstraintValue(cid, new TreeMap<>(e), null));
        }
        challenge = new Challenge(id, "airlines", 1, paragraphs, questions, constraints, TraceRules.defaults(),
                ContentHashes.of(paragraphs, questions, constraints));
        key = new AnswerKey(id, facts, gold, values, List.of(), new GroundingIndex(mentions),
                new Provenance(1, "airlines", "0".repeat(64), GenerationSpec.preset("standard"), "bench", 1, "bench"));
        full = new Submission(id.toString(), ARTIFACT, answers, trace(facts, 20));
        longTrace = new Submission(id.toString(), ARTIFACT, answers.subList(0, 1), trace(facts, 50));
        shortTrace = new Submission(id.toString(), ARTIFACT, answers.subList(0, 1), trace(facts, 3));
        minimalTrace = new Submission(id.toString(), ARTIFACT, answers, trace(facts, TraceRules.defaults().minSteps()));
        verifier = DacrVerifier.builder().build();
        requirePass(verifier.verify(challenge, key, full));
        requirePass(verifier.verify(challenge, key, minimalTrace));
        for (Submission s : List.of(longTrace, shortTrace)) {
            if (!verifier.verify(challenge, key, s).trace().outcome().equals(io.dacr.api.Outcome.PASS)) {
                throw new IllegalStateException("the benchmark traces must be valid");
            }
        }
    }

    /** Alternates a cited extraction with an addition over it. */
    private static List<TraceStep> trace(List<Fact> facts, int steps) {
        List<TraceStep> out = new ArrayList<>();
        for (int i = 0; out.size() < steps; i++) {
            Fact f = facts.get(i % facts.size());
            out.add(new ExtractFactStep(f.entity(), f.attribute(), f.value(), Paragraph.idOf(i % facts.size() + 1)));
            if (out.size() < steps) {
                String sum = new BigDecimal(f.value()).add(BigDecimal.ONE).toPlainString();
                out.add(new ComputeStep("add", List.of(f.value(), "1"), sum));
            }
        }
        return out;
    }

    private static void requirePass(Verdict v) {
        if (!v.passed()) {
            throw new IllegalStateException("the benchmark submission must pass: " + v);
        }
    }

    /** @return the verdict of a full verification */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Verdict fullVerification() {
        return verifier.verify(challenge, key, full);
    }

    /** @return the verdict of the artifact and 10 answers, with the shortest trace allowed */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Verdict artifactAndAnswers() {
        return verifier.verify(challenge, key, minimalTrace);
    }

    /** @return the verdict of a submission dominated by its 50-step trace */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Verdict fiftyStepTrace() {
        return verifier.verify(challenge, key, longTrace);
    }

    /** @return the verdict of the same submission with a 3-step trace: the baseline of {@link #fiftyStepTrace} */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Verdict threeStepTrace() {
        return verifier.verify(challenge, key, shortTrace);
    }
}
