package io.dacr.server;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dacr.api.reward.EpochLedger;
import io.dacr.core.ledger.JournalEpochLedger;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coordinator's retention period, as a client sees it over HTTP. */
class RetentionOverHttpTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();
    private CoordinatorStorage storage;
    private EpochLedger ledger;

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

    @Test
    void aRetryAfterItsKeyWasForgottenIsProcessedAsNewAndNeverCountsAsASecondAttempt() {
        try (CoordinatorServer server = Harness.coordinator(ledger, Harness.settlement(), storage, clock)
                .retention(Duration.ofHours(1)).build().start("127.0.0.1", 0)) {
            int port = server.port();
            Miner miner = new Miner(21).signIn(port);
            String id = miner.challenge(port).json().at("/session/challengeId").asText();
            String body = Harness.json(Harness.wrong(id));
            Miner.Answer first = miner.submit(port, body, "kept-for-an-hour");
            clock.advance(Duration.ofMinutes(59));
            assertEquals(first.body(), miner.submit(port, body, "kept-for-an-hour").body());

            clock.advance(Duration.ofMinutes(2));
            // Signing in again is a request too: the coordinator forgets the key on it.
            miner.signIn(port);
            Miner.Answer late = miner.submit(port, body, "kept-for-an-hour");

            assertEquals("session_expired", late.errorCode(), late.toString());
            assertEquals(1, storage.attempts().readAll().records().size());
        }
    }

    @Test
    void anEarlierPassIsForgottenAfterTheRetentionWhileTheMinersChainGoesOn() {
        try (CoordinatorServer server = Harness.coordinator(ledger, Harness.settlement(), storage, clock)
                .retention(Duration.ofHours(1)).build().start("127.0.0.1", 0)) {
            int port = server.port();
            Miner miner = new Miner(22).signIn(port);
            String first = miner.challenge(port).json().at("/session/challengeId").asText();
            Miner.Answer pass = miner.submit(port, Harness.json(Harness.oracle(first)), "pass-key-0001");
            assertTrue(pass.json().path("passed").asBoolean(), pass.body());
            String receiptHash = pass.json().get("receiptHash").asText();
            // Within the retention a submission at the passed session gets its receipt again.
            clock.advance(Duration.ofMinutes(30));
            assertEquals(receiptHash, miner.submit(port, Harness.json(Harness.wrong(first)), "again-key-0001").json()
                    .get("receiptHash").asText());
            JsonNode second = miner.challenge(port).json();
            assertEquals(1, second.at("/session/solveIndex").asLong());

            clock.advance(Duration.ofMinutes(90));
            miner.signIn(port);
            Miner.Answer late = miner.submit(port, Harness.json(Harness.wrong(first)), "again-key-0002");

            assertEquals("session_not_found", late.errorCode(), late.toString());
            // The latest session stays, so the chain goes on from the forgotten pass's receipt.
            assertEquals(receiptHash, miner.challenge(port).json().at("/session/previousReceiptHash").asText());
            assertTrue(ledger.lastReceipt(miner.address()).isPresent());
        }
    }

    @Test
    void aRetentionShorterThanTheSessionWindowIsRefused() {
        Coordinator.Builder builder = Harness.coordinator(ledger, Harness.settlement(), storage, clock)
                .sessionWindow(Duration.ofMinutes(30)).retention(Duration.ofMinutes(29));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);

        assertTrue(e.getMessage().contains("session window"), e.getMessage());
    }
}
