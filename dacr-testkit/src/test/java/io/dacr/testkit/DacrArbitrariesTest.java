package io.dacr.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.Challenge;
import io.dacr.api.ChallengeId;
import io.dacr.api.Constraint;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Question;
import io.dacr.api.Secret;
import io.dacr.api.internal.Checks;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** The arbitraries of secrets, ids, specs and challenges produce what they promise. */
class DacrArbitrariesTest {

    @Provide
    Arbitrary<Tuple2<Secret, ChallengeId>> idsWithTheirSecret() {
        return DacrArbitraries.secrets().flatMap(s -> DacrArbitraries.challengeIds(s).map(id -> Tuple.of(s, id)));
    }

    @Property(tries = 200)
    void secretsHaveAtLeastTheMinimumLength(@ForAll("secrets") Secret secret) {
        assertTrue(secret.bytes().length >= Secret.MIN_BYTES);
    }

    @Provide
    Arbitrary<Secret> secrets() {
        return DacrArbitraries.secrets();
    }

    @Property(tries = 300)
    void identifiersAreLowerCaseIdentifiers(@ForAll("identifiers") String identifier) {
        assertTrue(Checks.isIdentifier(identifier), identifier);
    }

    @Provide
    Arbitrary<String> identifiers() {
        return DacrArbitraries.identifiers();
    }

    @Property(tries = 200)
    void generationSpecsSurviveTheirOwnValidationAndHashStably(@ForAll("specs") GenerationSpec spec) {
        GenerationSpec copy = new GenerationSpec(spec.preset(), spec.knobs());
        assertEquals(spec.hash(), copy.hash());
    }

    @Provide
    Arbitrary<GenerationSpec> specs() {
        return DacrArbitraries.generationSpecs();
    }

    @Property(tries = 100)
    void challengeIdsAreAuthenticUnderTheirSecretAndParseBack(@ForAll("idsWithTheirSecret") Tuple2<Secret, ChallengeId> c) {
        assertTrue(c.get2().isAuthentic(c.get1()));
        assertEquals(c.get2(), ChallengeId.parse(c.get2().toString()));
    }

    @Property(tries = 50)
    void challengesHaveConstraintsThatReferToTheirOwnQuestions(@ForAll("challenges") Challenge challenge) {
        Set<String> questionIds = Set.copyOf(challenge.questions().stream().map(Question::id).toList());
        for (Constraint constraint : challenge.constraints()) {
            assertTrue(questionIds.containsAll(constraint.questionRefs()), constraint::toString);
            assertTrue(!constraint.questionRefs().isEmpty(), constraint::toString);
        }
    }

    @Property(tries = 50)
    void challengesNumberTheirQuestionsAndConstraintsFromOne(@ForAll("challenges") Challenge challenge) {
        for (int i = 0; i < challenge.questions().size(); i++) {
            assertEquals("q" + (i + 1), challenge.questions().get(i).id());
        }
        for (int i = 0; i < challenge.constraints().size(); i++) {
            assertEquals("c" + (i + 1), challenge.constraints().get(i).id());
        }
    }

    @Provide
    Arbitrary<Challenge> challenges() {
        return DacrArbitraries.challenges();
    }

}
