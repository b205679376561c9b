package io.dacr.core.verify.stateless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.AnswerFormat;
import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.ChallengeGenerator;
import io.dacr.api.ChallengeId;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationException;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Outcome;
import io.dacr.api.Question;
import io.dacr.api.QuestionCategory;
import io.dacr.api.Secret;
import io.dacr.api.Submission;
import io.dacr.api.Tolerance;
import io.dacr.api.Verdict;
import io.dacr.core.verify.DacrVerifier;
import io.dacr.core.verify.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stateless cache holds the verifier's index with each key: a warm verification indexes nothing,
 * an equal copy of the challenge reuses the index, and a challenge that differs where grading reads
 * it gets an index of its own, so verdicts are always those of an index built for the challenge given.
 */
class StatelessIndexCacheTest {

    /** The secret {@link Fixtures#ID} was issued under. */
    private static final Secret SECRET = Secret.ofUtf8("fixture secret, not for production");
    private static final DacrVerifier IN_MEMORY = DacrVerifier.builder().build();

    /** Rebuilds the fixture's key, and only that one. */
    private static final ChallengeGenerator FIXTURE_KEYS = new ChallengeGenerator() {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public GeneratedChallenge generate(GenerationRequest request) {
            throw new AssertionError("the stateless path must use the key-only path");
        }

        @Override
        public AnswerKey answerKey(ChallengeId id, GenerationSpec spec, Secret secret) {
            if (!id.equals(Fixtures.ID)) {
                throw new GenerationException("no key for " + id);
            }
            return Fixtures.KEY;
        }
    };

    private static StatelessVerifier stateless() {
        return StatelessVerifier.builder(FIXTURE_KEYS, SECRET).acceptSpec(GenerationSpec.preset("standard")).build();
    }

    /** The fixture's challenge, rebuilt with other questions (or the same ones: an equal copy). */
    private static Challenge withQuestions(List<Question> questions) {
        Challenge c = Fixtures.CHALLENGE;
        return new Challenge(c.id(), c.domainId(), c.generatorVersion(), c.paragraphs(), questions, c.constraints(),
                c.traceRules(), c.hashes());
    }

    /** q3 (a margin in percent, 1% relative) accepting anything within 100 points. */
    private static Challenge withLooseMargin() {
        List<Question> questions = new ArrayList<>(Fixtures.CHALLENGE.questions());
        Question q3 = questions.get(2);
        questions.set(2, new Question(q3.id(), q3.text(), q3.category(), q3.hops(),
                AnswerFormat.number("percent", Tolerance.absolute("100"))));
        return withQuestions(questions);
    }

    @Test
    void aWarmVerificationOfTheSameChallengeIndexesNothing() {
        StatelessVerifier verifier = stateless();

        for (int i = 0; i < 3; i++) {
            assertEquals(IN_MEMORY.verify(Fixtures.CHALLENGE, Fixtures.KEY, Fixtures.oracle()),
                    verifier.verify(Fixtures.CHALLENGE, Fixtures.oracle()));
        }

        KeyCacheStats stats = verifier.cacheStats();
        assertEquals(1, stats.misses());
        assertEquals(2, stats.hits());
        assertEquals(1, stats.indexBuilds());
    }

    @Test
    void anEqualCopyOfTheChallengeUsesTheCachedIndex() {
        StatelessVerifier verifier = stateless();
        verifier.verify(Fixtures.CHALLENGE, Fixtures.oracle());

        Challenge copy = withQuestions(List.copyOf(new ArrayList<>(Fixtures.CHALLENGE.questions())));
        Verdict verdict = verifier.verify(copy, Fixtures.failing());

        assertEquals(IN_MEMORY.verify(copy, Fixtures.KEY, Fixtures.failing()), verdict);
        assertEquals(1, verifier.cacheStats().indexBuilds());
    }

    @Test
    void aChallengeThatGradesDifferentlyGetsAnIndexOfItsOwn() {
        StatelessVerifier verifier = stateless();
        Submission farMargin = Fixtures.withAnswer("q3", "90");
        Challenge loose = withLooseMargin();

        Verdict strictVerdict = verifier.verify(Fixtures.CHALLENGE, farMargin);
        Verdict looseVerdict = verifier.verify(loose, farMargin);

        assertEquals(IN_MEMORY.verify(Fixtures.CHALLENGE, Fixtures.KEY, farMargin), strictVerdict);
        assertEquals(IN_MEMORY.verify(loose, Fixtures.KEY, farMargin), looseVerdict);
        assertEquals(Outcome.FAIL, strictVerdict.answers().get(2).outcome());
        assertEquals(Outcome.PASS, looseVerdict.answers().get(2).outcome());
        assertEquals(2, verifier.cacheStats().indexBuilds());
    }

    @Test
    void aChallengeThatDoesNotFitTheKeyIsMalformedAndLeavesTheCachedIndexInPlace() {
        StatelessVerifier verifier = stateless();
        verifier.verify(Fixtures.CHALLENGE, Fixtures.oracle());
        List<Question> more = new ArrayList<>(Fixtures.CHALLENGE.questions());
        more.add(new Question("q6", "An extra question?", QuestionCategory.DIRECT_EXTRACTION, 1, AnswerFormat.entity()));

        Verdict verdict = verifier.verify(withQuestions(more), Fixtures.oracle());
        verifier.verify(Fixtures.CHALLENGE, Fixtures.oracle());

        assertEquals(Outcome.MALFORMED, verdict.outcome());
        assertTrue(verdict.reason().contains("does not fit the answer key"), verdict.reason());
        assertEquals(1, verifier.cacheStats().indexBuilds());
    }
}
