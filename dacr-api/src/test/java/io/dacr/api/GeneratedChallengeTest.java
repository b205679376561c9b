package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedChallengeTest {

    private static final Challenge CHALLENGE =
            Samples.challenge(Samples.paragraphs(1), List.of(Samples.question("q1")), List.of());

    private static AnswerKey key(ChallengeId id) {
        Provenance provenance = new Provenance(1, "corporate-finance", Samples.SHA256, Samples.SPEC, "epoch-7", 42,
                "hmac-sha256/v1");
        GoldAnswer answer = new GoldAnswer("q1", "Kelmara Air", List.of("KA"), List.of(Samples.hop()), null);
        return new AnswerKey(id, List.of(), List.of(answer), List.of(), List.of(), new GroundingIndex(List.of()),
                provenance);
    }

    private static Submission oracle(String challengeId) {
        return new Submission(challengeId, "Kelmara", List.of(new QuestionAnswer("q1", "Kelmara Air", "paragraph_1", null)),
                List.of());
    }

    @Test
    void partsOfOneChallengeBelongTogether() {
        GeneratedChallenge generated = new GeneratedChallenge(CHALLENGE, key(CHALLENGE.id()),
                oracle(CHALLENGE.id().toString()));

        assertEquals(CHALLENGE.id(), generated.key().challengeId());
    }

    @Test
    void aKeyOfAnotherChallengeIsRejected() {
        ChallengeId other = ChallengeId.issue(1, "corporate-finance", Samples.SPEC, "epoch-7", 43, Samples.SECRET);

        assertThrows(IllegalArgumentException.class,
                () -> new GeneratedChallenge(CHALLENGE, key(other), oracle(CHALLENGE.id().toString())));
    }

    @Test
    void anOracleForAnotherChallengeIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new GeneratedChallenge(CHALLENGE, key(CHALLENGE.id()), oracle("dacr1.g1.other")));
    }

    @Test
    void theKeyFindsAGoldAnswerByQuestionId() {
        assertEquals("Kelmara Air", key(CHALLENGE.id()).answer("q1").canonical());
    }

    @Test
    void theKeyGivesNullForAQuestionItHasNoAnswerFor() {
        assertNull(key(CHALLENGE.id()).answer("q2"));
    }
}
