package io.dacr.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import io.dacr.api.Verifier;
import io.dacr.api.reward.EpochLedger;
import io.dacr.core.ledger.JournalEpochLedger;
import io.dacr.core.verify.DacrVerifier;
import io.dacr.server.internal.ApiError;
import io.dacr.server.internal.ChallengeSource;
import io.dacr.server.internal.EpochSchedule;
import io.dacr.server.internal.ErrorCode;
import io.dacr.server.internal.MiningService;
import io.dacr.server.internal.SessionRecord;
import io.dacr.server.internal.SettlementPort;
import io.dacr.server.internal.Settings;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attempt graded past its reservation, while another attempt of the session took the same number
 * and finished first (a stalled instance): it is not counted, its pass is not credited, and its answer
 * is the session's receipt if the session was passed, else a transient refusal.
 */
class SupersededAttemptTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MINER = "0x00000000000000000000000000000000000000aa";
    private static final DacrVerifier REAL = DacrVerifier.builder().build();

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();
    private CoordinatorStorage storage;
    private EpochLedger ledger;
    /** What "the other instance" does while this one grades. */
    private Consumer<String> whileGrading = id -> { };

    @BeforeEach
    void open() {
        storage = CoordinatorStorage.inDirectory(dir.resolve("coordinator"));
        ledger = JournalEpochLedger.open(dir.resolve("ledger"), Harness.HASHER);
    }

    @AfterEach
    void close() {
        storage.close();
        ledger.close();
    }

    private MiningService service() {
        Settings settings = new Settings("dacr", List.of(Harness.DOMAIN), Harness.SPEC, 3, Duration.ofMinutes(15),
                Duration.ofMinutes(5), Duration.ofHours(1), Duration.ZERO, 600, 1 << 20,
                new EpochSchedule(MutableClock.START.minusSeconds(3600), Duration.ofDays(1)), BigInteger.ONE, 1,
                Duration.ofMinutes(2), Duration.ofHours(24));
        Verifier stalling = new Verifier() {
            @Override
            public Verdict verify(Challenge challenge, AnswerKey key, Submission submission) {
                whileGrading.accept(SessionRecord.idOf(submission.challengeId()));
                return REAL.verify(challenge, key, submission);
            }
        };
        SettlementPort port = Coordinator.port(Harness.settlement());
        return new MiningService(settings, clock, new ChallengeSource(Harness.GENERATOR, Harness.SECRET,
                List.of(Harness.DOMAIN), Harness.SPEC, 100), storage.state(), storage.attempts(), stalling,
                REAL.passRule(), ledger, Harness.HASHER, port);
    }

    private String issue(MiningService mining) throws Exception {
        return JSON.readTree(mining.challenge(MINER)).at("/session/challengeId").asText();
    }

    /**
     * The other instance: while this one grades, its reservation of 2 minutes lapses (the clock moves 3),
     * and the same miner's retry, sent to another instance on the same state, takes attempt 1 and finishes.
     */
    private Consumer<String> anotherInstanceGrades(MiningService other, Submission retry) {
        return sessionId -> {
            whileGrading = id -> { };
            clock.advance(Duration.ofMinutes(3));
            other.submit(MINER, retry, "m");
        };
    }

    @Test
    void aPassGradedAfterAnotherAttemptFailedIsNotCountedOrCredited() throws Exception {
        MiningService mining = service();
        String id = issue(mining);
        whileGrading = anotherInstanceGrades(service(), Harness.wrong(id));

        ApiError e = assertThrows(ApiError.class, () -> mining.submit(MINER, Harness.oracle(id), "m"));

        assertEquals(ErrorCode.ATTEMPT_IN_FLIGHT, e.code());
        SessionRecord session = storage.state().session(SessionRecord.idOf(id)).orElseThrow();
        assertFalse(session.passed());
        assertEquals(1, session.attemptsUsed());
        assertEquals(BigInteger.ZERO, ledger.totalCredits(0).add(ledger.totalCredits(1)));
        // The refusal asks for the same request again: it is graded as the next attempt and passes.
        JsonNode again = JSON.readTree(mining.submit(MINER, Harness.oracle(id), "m"));
        assertTrue(again.get("passed").asBoolean(), again.toString());
        assertEquals(2, again.get("attempt").asInt());
    }

    @Test
    void aFailureGradedAfterAnotherAttemptPassedIsAnsweredWithThePass() throws Exception {
        MiningService mining = service();
        String id = issue(mining);
        whileGrading = anotherInstanceGrades(service(), Harness.oracle(id));

        JsonNode answer = JSON.readTree(mining.submit(MINER, Harness.wrong(id), "m"));

        SessionRecord session = storage.state().session(SessionRecord.idOf(id)).orElseThrow();
        assertTrue(session.passed());
        assertEquals(1, session.attemptsUsed());
        assertTrue(answer.get("passed").asBoolean(), answer.toString());
        assertEquals(session.receiptHash(), answer.get("receiptHash").asText());
        assertEquals(BigInteger.ONE, ledger.totalCredits(0).add(ledger.totalCredits(1)));
    }
}
