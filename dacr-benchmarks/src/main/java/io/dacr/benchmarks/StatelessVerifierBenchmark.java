package io.dacr.benchmarks;

import io.dacr.api.Challenge;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import io.dacr.core.verify.DacrVerifier;
import io.dacr.core.verify.stateless.KeyCacheStats;
import io.dacr.core.verify.stateless.StatelessVerifier;
import io.dacr.domains.CorporateFinanceDomain;
import io.dacr.domains.InsuranceLawDomain;
import io.dacr.domains.QuantumComputingDomain;
import io.dacr.generator.DacrGenerator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Stateless verification on one thread (one core): the answer key is rebuilt from the challenge id
 * and the secret, then the oracle submission of a reference-size challenge ({@code standard} preset)
 * is verified. Issue 4's target: at least 20,000 per second with a cold cache. Only challenges whose
 * oracle passes are taken (indices whose oracle does not are skipped), so that every call grades the
 * whole submission rather than stopping at a fault.
 * <ul>
 *   <li>{@code coldCache}: a cache of one key and several challenges taken in turn, so every call
 *       misses and regenerates its key: the cost of a verifier that never saw the id.</li>
 *   <li>{@code warmCache}: a cache holding every key with its index (filled during setup), so every
 *       call hits and indexes nothing: the cost of the verification, plus the id's MAC check and the
 *       cache look-up.</li>
 * </ul>
 * Each iteration ends by checking the cache counters, so a run whose calls did not miss (or hit, or
 * indexed a key when warm) as named fails instead of reporting a wrong figure.
 *
 * <pre>
 * mvn -B -pl dacr-benchmarks -am package -DskipTests
 * java -jar dacr-benchmarks/target/benchmarks.jar StatelessVerifierBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s -t 1
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StatelessVerifierBenchmark {

    private static final Secret SECRET = Secret.ofUtf8("benchmark-secret-not-for-deployment");

    /** The shipped domain the challenges come from. */
    @Param({"corporate-finance"})
    public String domain;

    /**
     * Distinct challenges cycled through: 8, or 256 (more than the 16 key indexes a plain
     * {@link DacrVerifier} keeps, which the stateless cache does not rely on: it holds each key's index
     * with the key).
     */
    @Param({"8", "256"})
    public int challenges;

    private Challenge[] items;
    private Submission[] oracles;
    private StatelessVerifier cold;
    private StatelessVerifier warm;
    private long warmMissesAfterSetup;
    private long warmIndexBuildsAfterSetup;
    private int index;

    /** Generates the challenges and their oracles, builds both verifiers and fills the warm one's cache. */
    @Setup
    public void setUp() {
        DacrGenerator generator = DacrGenerator.builder()
                .domains(List.of(new CorporateFinanceDomain(), new InsuranceLawDomain(), new QuantumComputingDomain()))
                .build();
        GenerationSpec spec = GenerationSpec.preset("standard");
        items = new Challenge[challenges];
        oracles = new Submission[challenges];
        // Only challenges whose oracle passes, so that every call grades the whole submission.
        DacrVerifier check = DacrVerifier.builder().build();
        int found = 0;
        for (long index = 0; found < challenges; index++) {
            if (index >= 4L * challenges) {
                throw new IllegalStateException("too few oracles pass: " + found + " of " + index);
            }
            GeneratedChallenge g = generator.generate(new GenerationRequest(domain, spec, "bench", index, SECRET));
            if (check.verify(g.challenge(), g.key(), g.oracle()).passed()) {
                items[found] = g.challenge();
                oracles[found] = g.oracle();
                found++;
            }
        }
        cold = StatelessVerifier.builder(generator, SECRET).acceptSpec(spec).maximumSize(1).build();
        warm = StatelessVerifier.builder(generator, SECRET).acceptSpec(spec).maximumSize(challenges).build();
        for (int i = 0; i < challenges; i++) {
            Verdict v = warm.verify(items[i], oracles[i]);
            if (!v.passed()) {
                throw new IllegalStateException("the oracle of challenge " + i + " must pass statelessly: " + v.reason());
            }
        }
        warmMissesAfterSetup = warm.cacheStats().misses();
        warmIndexBuildsAfterSetup = warm.cacheStats().indexBuilds();
    }

    /** Fails the run if the cold cache ever hit, or the warm one missed or indexed a key after setup. */
    @TearDown(Level.Iteration)
    public void checkCacheBehaviour() {
        KeyCacheStats c = cold.cacheStats();
        if (c.hits() != 0) {
            throw new IllegalStateException("the cold cache must never hit: " + c);
        }
        KeyCacheStats w = warm.cacheStats();
        if (w.misses() != warmMissesAfterSetup || w.indexBuilds() != warmIndexBuildsAfterSetup) {
            throw new IllegalStateException("the warm cache must never miss nor index after setup: " + w);
        }
    }

    /** @return the verdict of the next challenge's oracle, its key regenerated (a cache miss) */
    @Benchmark
    public Verdict coldCache() {
        int i = next();
        return cold.verify(items[i], oracles[i]);
    }

    /** @return the verdict of the next challenge's oracle, its key taken from the cache */
    @Benchmark
    public Verdict warmCache() {
        int i = next();
        return warm.verify(items[i], oracles[i]);
    }

    private int next() {
        int i = index;
        index = i + 1 == challenges ? 0 : i + 1;
        return i;
    }
}
