package io.dacr.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.Outcome;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import io.dacr.core.verify.policy.MatchMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The verdicts of a fixed corpus ({@link VerdictCorpus}) are pinned by a SHA-256 over their full text
 * (outcome, every check with its reason, the summary reason), in strict and lenient matching. The pin
 * was taken from the verifier before its fast paths were written, so the fast paths are held to give
 * the same verdicts, word for word. A deliberate change of grading changes the pin, with a CHANGELOG
 * line.
 */
class VerdictFingerprintTest {

    private static final long SEED = 20_240_604L;
    private static final int SUBMISSIONS = 6_000;
    // Re-pinned when superscript, subscript, circled and fraction digits stopped reading as digits: 207
    // verdicts of answers holding '½' or '²' changed (e.g. '35.5²' had read as 35.52, PASS for 35.5).
    private static final String STRICT_SHA256 = "cb2ae0324dbe37660e4abc2a84077470beb8c77d72a079295d72353b1eacf3be";
    // Re-pinned when the lenient numeric rule took DACR-Bench's parseFloat prefix and double arithmetic.
    private static final String LENIENT_SHA256 = "238b63d195f1cc06c76e76e02490ad1a1a4436557878cac808bbc9af6e555238";

    private static final List<Submission> CORPUS = new VerdictCorpus(SEED).next(SUBMISSIONS);

    @Test
    void strictVerdictsOfTheCorpusAreThePinnedOnes() {
        assertEquals(STRICT_SHA256, fingerprint(DacrVerifier.builder().build()));
    }

    @Test
    void lenientVerdictsOfTheCorpusAreThePinnedOnes() {
        assertEquals(LENIENT_SHA256, fingerprint(DacrVerifier.builder().matchMode(MatchMode.LENIENT).build()));
    }

    @Test
    void theCorpusReachesEveryOutcomeAndNeverAnInternalError() {
        DacrVerifier verifier = DacrVerifier.builder().build();
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Map<Outcome, Integer> answerOutcomes = new EnumMap<>(Outcome.class);
        for (Submission s : CORPUS) {
            Verdict v = verifier.verify(Fixtures.CHALLENGE, Fixtures.KEY, s);
            assertTrue(!v.reason().startsWith("the submission could not be graded"), v::reason);
            outcomes.merge(v.outcome(), 1, Integer::sum);
            v.answers().forEach(a -> answerOutcomes.merge(a.outcome(), 1, Integer::sum));
        }
        for (Outcome o : List.of(Outcome.PASS, Outcome.FAIL, Outcome.MALFORMED)) {
            assertTrue(outcomes.getOrDefault(o, 0) >= SUBMISSIONS / 50, () -> "too few " + o + ": " + outcomes);
        }
        for (Outcome o : List.of(Outcome.PASS, Outcome.FAIL, Outcome.NO_ANSWER)) {
            assertTrue(answerOutcomes.getOrDefault(o, 0) >= SUBMISSIONS / 50, () -> "too few answers " + o + ": " + answerOutcomes);
        }
    }

    private static String fingerprint(DacrVerifier verifier) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Submission s : CORPUS) {
            sha.update(verifier.verify(Fixtures.CHALLENGE, Fixtures.KEY, s).toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
