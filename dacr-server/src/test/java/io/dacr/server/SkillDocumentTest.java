package io.dacr.server;

import io.dacr.core.ledger.JournalEpochLedger;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.Submission;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.server.internal.Endpoint;
import io.dacr.server.internal.ErrorCode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The discovery document is written from the definitions the server routes and enforces with. */
class SkillDocumentTest {

    @TempDir
    Path dir;

    private Coordinator coordinator(CoordinatorStorage storage) {
        return Harness.coordinator(JournalEpochLedger.open(dir.resolve("ledger"), Harness.HASHER), Harness.settlement(), storage, new MutableClock())
                .maxAttempts(5).challengeInterval(Duration.ofSeconds(90)).name("test-pool").build();
    }

    @Test
    void everyEndpointAndEveryErrorCodeIsDocumented() {
        try (CoordinatorStorage storage = CoordinatorStorage.inDirectory(dir)) {
            String skill = coordinator(storage).skillDocument();

            for (Endpoint e : Endpoint.values()) {
                assertTrue(skill.contains("| " + e.method() + " | `" + e.path() + "` |"), e.toString());
            }
            for (ErrorCode c : ErrorCode.values()) {
                assertTrue(skill.contains("| " + c.status() + " | `" + c.code() + "` |"), c.toString());
            }
        }
    }

    @Test
    void theDocumentStatesTheLimitsTheServerEnforces() {
        try (CoordinatorStorage storage = CoordinatorStorage.inDirectory(dir)) {
            String skill = coordinator(storage).skillDocument();

            assertTrue(skill.contains("5 attempts per session"), skill);
            assertTrue(skill.contains("once per 90 seconds per miner"), skill);
            assertTrue(skill.contains("Sign in to the DACR coordinator test-pool"), skill);
        }
    }

    @Test
    void theSubmissionExampleIsASubmissionTheServerReads() {
        Submission example = DacrJson.read(DocumentFormat.SUBMISSION, Endpoint.SUBMIT.requestExample());

        assertEquals(2, example.answers().size());
        assertEquals(2, example.trace().size());
    }

    @Test
    void theSignInRequestExamplesAreJson() {
        assertDoesNotThrow(() -> Miner.JSON.readTree(Endpoint.AUTH_NONCE.requestExample()));
        assertDoesNotThrow(() -> Miner.JSON.readTree(Endpoint.AUTH_VERIFY.requestExample()));
    }

    @Test
    void everyDocumentedEndpointIsRouted() {
        try (CoordinatorStorage storage = CoordinatorStorage.inDirectory(dir);
             CoordinatorServer server = coordinator(storage).start("127.0.0.1", 0)) {
            Miner miner = new Miner(1);
            for (Endpoint e : Endpoint.values()) {
                Miner.Answer answer = e.method().equals("GET") ? miner.get(server.port(), e.path())
                        : miner.post(server.port(), e.path(), "{}", Map.of());
                assertNotEquals(404, answer.status(), e + ": " + answer.body());
                assertNotEquals(405, answer.status(), e + ": " + answer.body());
            }
        }
    }
}
