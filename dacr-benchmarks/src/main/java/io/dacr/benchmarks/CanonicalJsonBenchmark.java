package io.dacr.benchmarks;

import io.dacr.api.AnswerFormat;
import io.dacr.api.Challenge;
import io.dacr.api.ChallengeId;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintKind;
import io.dacr.api.ContentHashes;
import io.dacr.api.Paragraph;
import io.dacr.api.Question;
import io.dacr.api.QuestionCategory;
import io.dacr.api.Tolerance;
import io.dacr.api.TraceRules;
import io.dacr.api.internal.CanonicalJson;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of the JSON work around one challenge of 60 paragraphs (about 70 KB of JSON): its canonical
 * bytes and SHA-256 (golden fingerprints), its content hashes as the generator computes them, and
 * writing and reading its document.
 *
 * <pre>
 * mvn -B -pl dacr-benchmarks -am package -DskipTests
 * java -jar dacr-benchmarks/target/benchmarks.jar CanonicalJsonBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CanonicalJsonBenchmark {

    private static final int PARAGRAPHS = 60;
    private static final String[] WORDS = ("the carrier reported revenue of billion dollars in its audited annual filing while "
            + "analysts had expected a smaller figure after the merger talks collapsed and the former chief executive "
            + "restated earlier estimates for the northern routes").split(" ");

    private Challenge challenge;
    private byte[] document;

    /** Builds the challenge and its document once; nothing here is random, so every run measures the same input. */
    @Setup
    public void setUp() {
        challenge = sampleChallenge();
        document = DacrJson.write(DocumentFormat.CHALLENGE, challenge);
    }

    /**
     * @return the SHA-256 of the challenge's canonical JSON, as golden fingerprints take it
     */
    @Benchmark
    public String canonicalBytesAndSha256() {
        return CanonicalJson.sha256Hex(DacrJson.canonicalBytes(challenge));
    }

    /**
     * @return the content hashes, computed as the generator does (dacr-api only)
     */
    @Benchmark
    public ContentHashes contentHashes() {
        return ContentHashes.of(challenge.paragraphs(), challenge.questions(), challenge.constraints());
    }

    /**
     * @return the challenge document, compact UTF-8
     */
    @Benchmark
    public byte[] writeDocument() {
        return DacrJson.write(DocumentFormat.CHALLENGE, challenge);
    }

    /**
     * @return the challenge read from its document, every field validated
     */
    @Benchmark
    public Challenge parseDocument() {
        return DacrJson.read(DocumentFormat.CHALLENGE, document);
    }

    static Challenge sampleChallenge() {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int p = 1; p <= PARAGRAPHS; p++) {
            StringBuilder text = new StringBuilder("Kelmara Air (\u201cKA\u201d) \u2014 paragraph ").append(p).append(':');
            for (int w = 0; w < 160; w++) {
                text.append(' ').append(WORDS[(p * 31 + w * 7) % WORDS.length]);
                if (w % 23 == 22) {
                    text.append(" $").append(p).append('.').append(w % 10).append("6 billion.");
                }
            }
            paragraphs.add(new Paragraph(Paragraph.idOf(p), text.append('.').toString()));
        }
        List<Question> questions = new ArrayList<>();
        QuestionCategory[] categories = QuestionCategory.values();
        for (int q = 1; q <= 12; q++) {
            AnswerFormat format = q % 3 == 0 ? AnswerFormat.entity() : AnswerFormat.number("USD", Tolerance.relative("0.010"));
            questions.add(new Question("q" + q, "What did the carrier named in paragraph " + (q * 5) + " report?",
                    categories[q % categories.length], 1 + q % Question.MAX_HOPS, format));
        }
        List<Constraint> constraints = new ArrayList<>();
        ConstraintKind[] kinds = ConstraintKind.values();
        for (int c = 1; c <= kinds.length; c++) {
            constraints.add(new Constraint("c" + c, kinds[c - 1], "Derived from the answers to q" + c + " and q" + (c + 1) + ".",
                    List.of("q" + c, "q" + (c + 1))));
        }
        ChallengeId id = new ChallengeId(1, 1, "corporate-finance", "0123456789abcdef", "bench", 0, "0".repeat(32));
        return new Challenge(id, id.domainId(), id.generatorVersion(), paragraphs, questions, constraints,
                TraceRules.defaults(), ContentHashes.of(paragraphs, questions, constraints));
    }
}
