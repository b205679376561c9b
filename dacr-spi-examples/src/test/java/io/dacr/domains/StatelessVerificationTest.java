package io.dacr.domains;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.Challenge;
import io.dacr.api.ChallengeId;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Outcome;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Secret;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import io.dacr.core.verify.DacrVerifier;
import io.dacr.core.verify.stateless.KeyCacheStats;
import io.dacr.core.verify.stateless.StatelessVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stateless verification over the shipped packs: a key rebuilt from the challenge id grades exactly as
 * the key generated with the challenge, and ids that have no key here are MALFORMED, never an error.
 */
class StatelessVerificationTest {

    private static final DacrVerifier IN_MEMORY = DacrVerifier.builder().build();

    private static StatelessVerifier stateless(long maximumSize) {
        return StatelessVerifier.builder(ShippedGenerators.GENERATOR, ShippedGenerators.SECRET)
                .acceptSpecs(List.of(GenerationSpec.preset("small"), GenerationSpec.preset("standard")))
                .maximumSize(maximumSize)
                .build();
    }

    private static GeneratedChallenge small(String domain, long index) {
        return ShippedGenerators.generate(domain, "small", index);
    }

    private static Submission withWrongAnswers(Submission oracle) {
        List<QuestionAnswer> wrong = oracle.answers().stream()
                .map(a -> new QuestionAnswer(a.questionId(), "Zyxwv Qopnm", a.citation(), a.confidence()))
                .toList();
        return new Submission(oracle.challengeId(), oracle.artifact(), wrong, oracle.trace());
    }

    private static Challenge withId(Challenge c, ChallengeId id) {
        return new Challenge(id, c.domainId(), c.generatorVersion(), c.paragraphs(), c.questions(), c.constraints(),
                c.traceRules(), c.hashes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"corporate-finance", "insurance-law", "quantum-computing"})
    void theOracleSubmissionGetsTheVerdictOfTheInMemoryVerifier(String domain) {
        GeneratedChallenge g = small(domain, 1);

        Verdict verdict = stateless(10).verify(g.challenge(), g.oracle());

        assertEquals(IN_MEMORY.verify(g.challenge(), g.key(), g.oracle()), verdict);
        assertEquals(Outcome.PASS, verdict.outcome(), verdict.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"corporate-finance", "insurance-law", "quantum-computing"})
    void aFailingSubmissionGetsTheVerdictOfTheInMemoryVerifier(String domain) {
        GeneratedChallenge g = small(domain, 2);
        Submission wrong = withWrongAnswers(g.oracle());

        Verdict verdict = stateless(10).verify(g.challenge(), wrong);

        assertEquals(IN_MEMORY.verify(g.challenge(), g.key(), wrong), verdict);
        assertEquals(Outcome.FAIL, verdict.outcome(), verdict.reason());
    }

    @Test
    void aStandardChallengeIsGradedAsInMemory() {
        GeneratedChallenge g = ShippedGenerators.generate("corporate-finance", "standard", 0);

        assertEquals(IN_MEMORY.verify(g.challenge(), g.key(), g.oracle()), stateless(10).verify(g.challenge(), g.oracle()));
    }

    @Test
    void theSecondVerificationOfAChallengeIsACacheHit() {
        GeneratedChallenge g = small("corporate-finance", 3);
        StatelessVerifier verifier = stateless(10);

        verifier.verify(g.challenge(), g.oracle());
        verifier.verify(g.challenge(), withWrongAnswers(g.oracle()));

        KeyCacheStats stats = verifier.cacheStats();
        assertEquals(1, stats.misses());
        assertEquals(1, stats.hits());
        assertEquals(1, stats.size());
    }

    @Test
    void aChallengeWithAForgedIdIsMalformed() {
        GeneratedChallenge g = small("insurance-law", 1);
        ChallengeId real = g.challenge().id();
        ChallengeId forged = new ChallengeId(real.formatVersion(), real.generatorVersion(), real.domainId(),
                real.specHash(), real.namespace(), real.index() + 1, real.mac());

        Verdict verdict = stateless(10).verify(withId(g.challenge(), forged), g.oracle());

        assertEquals(Outcome.MALFORMED, verdict.outcome());
        assertTrue(verdict.reason().contains("not authentic"), verdict.reason());
    }

    @Test
    void aChallengeIssuedUnderAnotherSecretIsMalformed() {
        GeneratedChallenge g = small("corporate-finance", 1);
        StatelessVerifier otherSecret = StatelessVerifier.builder(ShippedGenerators.GENERATOR,
                        Secret.ofUtf8("some-other-deployment-secret"))
                .acceptSpec(GenerationSpec.preset("small"))
                .build();

        Verdict verdict = otherSecret.verify(g.challenge(), g.oracle());

        assertEquals(Outcome.MALFORMED, verdict.outcome());
        assertEquals(0, otherSecret.cacheStats().size());
    }

    @Test
    void aChallengeOfASpecNotAcceptedIsMalformed() {
        GeneratedChallenge g = small("quantum-computing", 1);
        StatelessVerifier standardOnly = StatelessVerifier.builder(ShippedGenerators.GENERATOR, ShippedGenerators.SECRET)
                .acceptSpec(GenerationSpec.preset("standard"))
                .build();

        Verdict verdict = standardOnly.verify(g.challenge(), g.oracle());

        assertEquals(Outcome.MALFORMED, verdict.outcome());
        assertTrue(verdict.reason().contains("does not accept"), verdict.reason());
    }

    @Test
    void aChallengeWithQuestionsItsKeyDoesNotAnswerIsMalformed() {
        GeneratedChallenge g = small("corporate-finance", 1);
        GeneratedChallenge larger = ShippedGenerators.generate("corporate-finance", "standard", 1);
        // The id of a small challenge on the text of a standard one: its key has no gold answer for the
        // questions beyond the small challenge's.
        Challenge tampered = new Challenge(g.challenge().id(), "corporate-finance", g.challenge().generatorVersion(),
                larger.challenge().paragraphs(), larger.challenge().questions(), larger.challenge().constraints(),
                larger.challenge().traceRules(), larger.challenge().hashes());

        Verdict verdict = stateless(10).verify(tampered, g.oracle());

        assertEquals(Outcome.MALFORMED, verdict.outcome(), verdict.reason());
        assertTrue(verdict.reason().contains("does not fit"), verdict.reason());
    }

    @Test
    void theCacheHoldsNoMoreKeysThanItsBound() {
        StatelessVerifier verifier = stateless(2);

        for (long index = 0; index < 5; index++) {
            GeneratedChallenge g = small("corporate-finance", index);
            verifier.verify(g.challenge(), g.oracle());
        }

        KeyCacheStats stats = verifier.cacheStats();
        assertTrue(stats.size() <= 2, stats.toString());
        assertEquals(5, stats.misses());
        assertTrue(stats.evictions() >= 3, stats.toString());
    }
}
