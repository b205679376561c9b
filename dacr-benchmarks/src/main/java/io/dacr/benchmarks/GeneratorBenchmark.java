package io.dacr.benchmarks;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.ChallengeId;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.api.internal.CanonicalJson;
import io.dacr.core.json.DacrJson;
import io.dacr.domains.CorporateFinanceDomain;
import io.dacr.domains.InsuranceLawDomain;
import io.dacr.domains.QuantumComputingDomain;
import io.dacr.generator.DacrGenerator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the generator on one thread (one core), per shipped domain, at the reference size
 * ({@code standard} preset: about 100 paragraphs, 10 questions, 8 constraints). Each invocation uses
 * the next index, so the generator never sees the same item twice in a row.
 *
 * <pre>
 * mvn -B -pl dacr-benchmarks -am package -DskipTests
 * java -jar dacr-benchmarks/target/benchmarks.jar GeneratorBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s -t 1
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GeneratorBenchmark {

    private static final Secret SECRET = Secret.ofUtf8("benchmark-secret-not-for-deployment");

    /** The shipped domain to generate from. */
    @Param({"corporate-finance", "insurance-law", "quantum-computing"})
    public String domain;

    private DacrGenerator generator;
    private GenerationSpec spec;
    private long index;
    private ChallengeId[] ids;
    private Challenge[] generated;

    /** Builds the generator (packs loaded and validated once) and the ids the key-only path regenerates. */
    @Setup
    public void setUp() {
        generator = DacrGenerator.builder()
                .domains(List.of(new CorporateFinanceDomain(), new InsuranceLawDomain(), new QuantumComputingDomain()))
                .build();
        spec = GenerationSpec.preset("standard");
        ids = new ChallengeId[1024];
        generated = new Challenge[64];
        for (int i = 0; i < ids.length; i++) {
            Challenge challenge = generator.generate(request(i)).challenge();
            ids[i] = challenge.id();
            if (i < generated.length) {
                generated[i] = challenge;
            }
        }
    }

    private GenerationRequest request(long i) {
        return new GenerationRequest(domain, spec, "bench", i, SECRET);
    }

    /**
     * @return a full reference-size challenge (prose, key, oracle, content hashes) and the SHA-256 of
     *     its canonical JSON, as a golden fingerprint takes it
     */
    @Benchmark
    public String generateWithCanonicalHash() {
        GeneratedChallenge g = generator.generate(request(index++));
        return CanonicalJson.sha256Hex(DacrJson.canonicalBytes(g.challenge()));
    }

    /**
     * The last step of {@link #generateWithCanonicalHash} alone, on challenges generated in setup: the
     * canonical JSON of a reference-size challenge and its SHA-256.
     *
     * @return the golden-fingerprint hash of a generated challenge
     */
    @Benchmark
    public String canonicalHashOfGenerated() {
        return CanonicalJson.sha256Hex(DacrJson.canonicalBytes(generated[(int) (index++ & (generated.length - 1))]));
    }

    /** @return the answer key regenerated from an id without rendering prose (stateless verification) */
    @Benchmark
    public AnswerKey answerKeyOnly() {
        return generator.answerKey(ids[(int) (index++ & (ids.length - 1))], spec, SECRET);
    }
}
