package io.dacr.server;

import io.dacr.core.ledger.JournalEpochLedger;
import io.dacr.api.reward.EpochLedger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dacr.api.Secret;
import io.dacr.api.reward.Epoch;
import io.dacr.api.reward.Receipt;
import io.dacr.chain.Eip712Domain;
import io.dacr.chain.MiningContract;
import io.dacr.chain.ReceiptSignatures;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.server.internal.SessionRecord;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Keys;

/** Miners with real wallets sign in, mine, fail, self-correct and pass, over real HTTP on 127.0.0.1. */
class MiningOverHttpTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();
    private EpochLedger ledger;
    private CoordinatorStorage storage;
    private CoordinatorServer server;
    private int port;

    @BeforeEach
    void start() {
        storage = CoordinatorStorage.inDirectory(dir.resolve("coordinator"));
        ledger = JournalEpochLedger.open(dir.resolve("ledger"), Harness.HASHER);
        server = Harness.coordinator(ledger, Harness.settlement(), storage, clock).build().start("127.0.0.1", 0);
        port = server.port();
    }

    @AfterEach
    void stop() {
        server.close();
        storage.close();
        ledger.close();
    }

    @Test
    void aMinerFailsThenCorrectsAndGetsASignedReceiptCreditedToTheLedger() {
        Miner miner = new Miner(1).signIn(port);
        JsonNode issued = miner.challenge(port).json();
        String id = issued.at("/session/challengeId").asText();
        assertEquals(3, issued.at("/session/attemptsLeft").asInt());
        assertEquals(0, issued.at("/session/solveIndex").asLong());

        JsonNode failed = miner.submit(port, Harness.json(Harness.wrong(id)), "attempt-0001").json();
        assertFalse(failed.get("passed").asBoolean());
        assertEquals(2, failed.get("attemptsLeft").asInt());
        assertTrue(failed.get("feedback").asText().startsWith("FAIL: constraints "), failed.toString());
        assertFalse(failed.has("receipt"));

        JsonNode passed = miner.submit(port, Harness.json(Harness.oracle(id)), "attempt-0002").json();
        assertTrue(passed.get("passed").asBoolean(), passed.toString());
        assertEquals(2, passed.get("attempt").asInt());
        Receipt receipt = DacrJson.read(DocumentFormat.RECEIPT, passed.get("receipt").toString());
        assertEquals(miner.address(), receipt.miner());
        assertEquals(0, receipt.solveIndex());
        assertEquals(Receipt.GENESIS_HASH, receipt.previousReceiptHash());
        assertEquals(id, receipt.challengeId());
        assertEquals(Harness.HASHER.hash(receipt), passed.get("receiptHash").asText());
        assertEquals(Harness.CONTRACT, passed.at("/calldata/to").asText());
        assertEquals(MiningContract.submitReceiptCalldata(receipt, passed.get("signature").asText()),
                passed.at("/calldata/data").asText());
        assertEquals(BigInteger.ONE, ledger.credits(0, miner.address()));
    }

    @Test
    void aReceiptIssuedOverHttpIsSignedByTheCoordinatorKeyForTheMiningContract() {
        Miner miner = new Miner(10).signIn(port);
        String id = miner.challenge(port).json().at("/session/challengeId").asText();

        JsonNode passed = miner.submit(port, Harness.json(Harness.oracle(id)), "attempt-0001").json();

        Receipt receipt = DacrJson.read(DocumentFormat.RECEIPT, passed.get("receipt").toString());
        String signature = passed.get("signature").asText();
        assertEquals(Harness.COORDINATOR_KEY.address(), ReceiptSignatures.recover(receipt, signature, Harness.DOMAIN_OF_CONTRACT));
        ReceiptSignatures.verify(receipt, signature, Harness.DOMAIN_OF_CONTRACT, Harness.COORDINATOR_KEY.address());
        assertNotEquals(Harness.COORDINATOR_KEY.address(), ReceiptSignatures.recover(receipt, signature,
                Eip712Domain.dacrMining(1, Harness.CONTRACT)), "a signature for chain 31337 is no good on chain 1");
    }

    @Test
    void theNextChallengeContinuesTheReceiptChain() {
        Miner miner = new Miner(2).signIn(port);
        String first = miner.challenge(port).json().at("/session/challengeId").asText();
        String hash = miner.submit(port, Harness.json(Harness.oracle(first)), "attempt-0001").json().get("receiptHash").asText();
        clock.advance(Duration.ofSeconds(60));

        JsonNode next = miner.challenge(port).json();

        assertEquals(1, next.at("/session/solveIndex").asLong());
        assertEquals(hash, next.at("/session/previousReceiptHash").asText());
        assertNotEquals(first, next.at("/session/challengeId").asText());
        String second = next.at("/session/challengeId").asText();
        JsonNode passed = miner.submit(port, Harness.json(Harness.oracle(second)), "attempt-0002").json();
        assertTrue(passed.get("passed").asBoolean());
        assertEquals(BigInteger.TWO, ledger.credits(0, miner.address()));
    }

    @Test
    void askingAgainReturnsTheSameOpenSession() {
        Miner miner = new Miner(3).signIn(port);
        JsonNode first = miner.challenge(port).json();
        clock.advance(Duration.ofSeconds(60));

        JsonNode again = miner.challenge(port).json();

        assertEquals(first.get("session"), again.get("session"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameAnswerAndUsesNoAttempt() {
        Miner miner = new Miner(4).signIn(port);
        String id = miner.challenge(port).json().at("/session/challengeId").asText();
        String body = Harness.json(Harness.wrong(id));

        Miner.Answer first = miner.submit(port, body, "retry-key-1");
        Miner.Answer retried = miner.submit(port, body, "retry-key-1");

        assertEquals(first.body(), retried.body());
        assertEquals(2, retried.json().get("attemptsLeft").asInt());
        JsonNode second = miner.submit(port, body, "retry-key-2").json();
        assertEquals(2, second.get("attempt").asInt());
        assertEquals(2, storage.attempts().readAll().records().size());
    }

    @Test
    void anAttemptRefusedWhileAnotherIsGradedIsTakenWhenRetriedWithTheSameIdempotencyKey() {
        Miner miner = new Miner(11).signIn(port);
        String id = miner.challenge(port).json().at("/session/challengeId").asText();
        String sessionId = SessionRecord.idOf(id);
        // Another instance on the same state is grading an attempt of this session right now.
        var now = clock.instant();
        io.dacr.server.internal.Claim held = storage.state().claimAttempt(sessionId, 3, now, now.plus(Duration.ofMinutes(2)));
        assertTrue(held instanceof io.dacr.server.internal.Claim.Granted);
        String body = Harness.json(Harness.oracle(id));

        Miner.Answer refused = miner.submit(port, body, "in-flight-key-1");
        storage.state().finishAttempt((io.dacr.server.internal.Claim.Granted) held, false, null, null);
        Miner.Answer retried = miner.submit(port, body, "in-flight-key-1");

        assertEquals(409, refused.status(), refused.body());
        assertEquals("attempt_in_flight", refused.errorCode());
        assertEquals(200, retried.status(), "the retry the refusal asks for is graded: " + retried.body());
        assertTrue(retried.json().get("passed").asBoolean());
        assertEquals(2, retried.json().get("attempt").asInt());
        assertEquals(retried.body(), miner.submit(port, body, "in-flight-key-1").body(), "the graded answer is kept");
    }

    /** The test's ledger, which fails every credit while {@code failing} is set (a ledger that is down). */
    private EpochLedger flaky(EpochLedger real, java.util.concurrent.atomic.AtomicBoolean failing) {
        return (EpochLedger) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EpochLedger.class}, (proxy, method, args) -> {
                    if (method.getName().equals("credit") && failing.get()) {
                        throw new io.dacr.api.LedgerException(io.dacr.api.LedgerException.Reason.STORAGE, "the ledger is down");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void restartOn(EpochLedger serving) {
        server.close();
        server = Harness.coordinator(serving, Harness.settlement(), storage, clock).build().start("127.0.0.1", 0);
        port = server.port();
    }

    @Test
    void aPassTheLedgerDidNotRecordIsRecordedWhenSentAgainAndNoChallengeIsBuiltOnItBefore() {
        java.util.concurrent.atomic.AtomicBoolean failing = new java.util.concurrent.atomic.AtomicBoolean(true);
        restartOn(flaky(ledger, failing));
        Miner miner = new Miner(13).signIn(port);
        String id = miner.challenge(port).json().at("/session/challengeId").asText();
        String body = Harness.json(Harness.oracle(id));

        Miner.Answer refused = miner.submit(port, body, "unrecorded-1");
        clock.advance(Duration.ofSeconds(60));
        Miner.Answer nextWhileDown = miner.challenge(port);
        failing.set(false);
        Miner.Answer retried = miner.submit(port, body, "unrecorded-1");
        Miner.Answer again = miner.submit(port, body, "unrecorded-2");
        clock.advance(Duration.ofSeconds(60));
        JsonNode next = miner.challenge(port).json();

        assertEquals(409, refused.status(), refused.body());
        assertEquals("ledger_refused", refused.errorCode());
        assertEquals(409, nextWhileDown.status(), "no solve index 1 on a receipt the ledger does not hold: "
                + nextWhileDown.body());
        assertEquals(200, retried.status(), retried.body());
        Receipt receipt = DacrJson.read(DocumentFormat.RECEIPT, retried.json().get("receipt").toString());
        ReceiptSignatures.verify(receipt, retried.json().get("signature").asText(), Harness.DOMAIN_OF_CONTRACT,
                Harness.COORDINATOR_KEY.address());
        assertEquals(BigInteger.ONE, ledger.credits(0, miner.address()));
        assertEquals(retried.json().get("receiptHash"), again.json().get("receiptHash"), again.body());
        assertEquals(1, next.at("/session/solveIndex").asLong());
        assertEquals(retried.json().get("receiptHash").asText(), next.at("/session/previousReceiptHash").asText());
        assertEquals(1, storage.attempts().readAll().records().size());
    }

    @Test
    void aPassWhoseEpochClosedBeforeTheLedgerRecordedItIsIssuedAgainAtTheSameSolveIndex() {
        java.util.concurrent.atomic.AtomicBoolean failing = new java.util.concurrent.atomic.AtomicBoolean(true);
        restartOn(flaky(ledger, failing));
        Miner miner = new Miner(14).signIn(port);
        String lost = miner.challenge(port).json().at("/session/challengeId").asText();
        assertEquals("ledger_refused", miner.submit(port, Harness.json(Harness.oracle(lost)), "lost-pass-1").errorCode());
        failing.set(false);
        clock.advance(Duration.ofDays(1)); // epoch 1; the operator closes epoch 0
        ledger.closeEpoch(0, BigInteger.valueOf(1000), io.dacr.api.reward.DistributionMode.FLOOR);
        miner.signIn(port);

        JsonNode reissued = miner.challenge(port).json();
        String id = reissued.at("/session/challengeId").asText();
        Miner.Answer passed = miner.submit(port, Harness.json(Harness.oracle(id)), "reissued-1");
        Miner.Answer lostAgain = miner.submit(port, Harness.json(Harness.oracle(lost)), "lost-pass-2");

        assertEquals(0, reissued.at("/session/solveIndex").asLong(), reissued.toString());
        assertEquals(Receipt.GENESIS_HASH, reissued.at("/session/previousReceiptHash").asText());
        assertEquals(1, reissued.at("/session/epoch").asLong());
        assertNotEquals(lost, id);
        assertEquals(200, passed.status(), passed.body());
        assertEquals(0, passed.json().at("/receipt/solveIndex").asLong());
        assertEquals(BigInteger.ONE, ledger.credits(1, miner.address()));
        assertEquals(409, lostAgain.status(), "no receipt the ledger does not hold is signed: " + lostAgain.body());
        assertEquals("ledger_refused", lostAgain.errorCode());
    }

    @Test
    void aSessionWithoutAPassIsFollowedByANewChallengeAtTheSameSolveIndex() {
        Miner miner = new Miner(5).signIn(port);
        JsonNode first = miner.challenge(port).json();
        String id = first.at("/session/challengeId").asText();
        for (int i = 1; i <= 3; i++) {
            miner.submit(port, Harness.json(Harness.wrong(id)), "attempt-000" + i);
        }
        clock.advance(Duration.ofSeconds(60));

        JsonNode next = miner.challenge(port).json();

        assertEquals(0, next.at("/session/solveIndex").asLong());
        assertEquals(Receipt.GENESIS_HASH, next.at("/session/previousReceiptHash").asText());
        assertNotEquals(id, next.at("/session/challengeId").asText());
    }

    @Test
    void theEpochShowsItsCommitmentAndCreditsButNotItsSecretWhileOpen() {
        Miner miner = new Miner(6).signIn(port);
        String id = miner.challenge(port).json().at("/session/challengeId").asText();
        miner.submit(port, Harness.json(Harness.oracle(id)), "attempt-0001");

        JsonNode epoch = miner.get(port, "/v1/epoch").json();
        JsonNode credits = miner.get(port, "/v1/credits?miner=" + Keys.toChecksumAddress(miner.address())).json();

        assertEquals(0, epoch.get("epoch").asLong());
        assertEquals("open", epoch.get("state").asText());
        assertEquals(ledger.epoch(0).orElseThrow().secretCommitment(), epoch.get("secretCommitment").asText());
        assertTrue(epoch.get("revealedSecret").isNull());
        assertEquals(1, epoch.get("totalCredits").asInt());
        assertEquals(1, credits.get("credits").asInt());
    }

    @Test
    void aClosedEpochRevealsTheSecretItCommittedToAndGivesClaimCalldata() {
        Miner miner = new Miner(7).signIn(port);
        String id = miner.challenge(port).json().at("/session/challengeId").asText();
        miner.submit(port, Harness.json(Harness.oracle(id)), "attempt-0001");
        ledger.closeEpoch(0, BigInteger.valueOf(1000), io.dacr.api.reward.DistributionMode.FLOOR);
        clock.advance(Duration.ofHours(23).plusMinutes(15)); // the end of epoch 0 and a session window
        miner.signIn(port);

        JsonNode epoch = miner.get(port, "/v1/epoch?epoch=0").json();
        JsonNode claim = miner.get(port, "/v1/claim-calldata?epochs=0").json();

        Secret secret = Secret.ofBytes(HexFormat.of().parseHex(epoch.get("revealedSecret").asText().substring(2)));
        assertEquals(epoch.get("secretCommitment").asText(), Epoch.commitmentOf(secret));
        assertEquals(epoch.get("revealedSecret").asText(), ledger.epoch(0).orElseThrow().revealedSecret(),
                "the secret is revealed through the ledger, which checks it against the commitment");
        assertEquals(MiningContract.claimCalldata(java.util.List.of(0L)), claim.get("data").asText());
        assertEquals(Harness.CONTRACT, claim.get("to").asText());
        assertEquals(1, claim.get("credits").get(0).asInt());
    }

    @Test
    void aSessionEndsWithItsEpochAndTheEpochSecretIsRevealedOnlyAfterItsLastSessionCouldEnd() {
        clock.advance(Duration.ofHours(23).minusMinutes(2)); // epoch 0 ends at START + 23 h
        Miner miner = new Miner(12).signIn(port);
        JsonNode session = miner.challenge(port).json().get("session");
        String id = session.get("challengeId").asText();
        assertEquals(0, session.get("epoch").asLong());
        assertEquals("2026-03-02T11:00:00Z", session.get("expiresAt").asText(), "capped at the end of epoch 0");

        clock.advance(Duration.ofMinutes(3)); // epoch 1
        ledger.closeEpoch(0, BigInteger.valueOf(1000), io.dacr.api.reward.DistributionMode.FLOOR);
        JsonNode closedEpoch = miner.get(port, "/v1/epoch?epoch=0").json();
        Miner.Answer late = miner.submit(port, Harness.json(Harness.oracle(id)), "late-attempt-1");
        JsonNode next = miner.challenge(port).json().get("session");

        assertEquals("closed", closedEpoch.get("state").asText());
        assertTrue(closedEpoch.get("revealedSecret").isNull(), "no secret while a session of the epoch could be open");
        assertEquals(409, late.status(), late.body());
        assertEquals("session_expired", late.errorCode());
        assertEquals(BigInteger.ZERO, ledger.credits(1, miner.address()));
        assertEquals(1, next.get("epoch").asLong());
        assertEquals(0, next.get("solveIndex").asLong());
        assertNotEquals(id, next.get("challengeId").asText());

        clock.advance(Duration.ofMinutes(15)); // the end of epoch 0 plus a session window
        assertEquals("0x" + HexFormat.of().formatHex(Coordinator.epochSecret(Harness.SECRET, 0).bytes()),
                miner.get(port, "/v1/epoch?epoch=0").json().get("revealedSecret").asText());
    }

    @Test
    void theEpochSecretTheOperatorDerivesIsTheOneTheCoordinatorCommitsToAndReveals() {
        Miner miner = new Miner(8).signIn(port);
        String id = miner.challenge(port).json().at("/session/challengeId").asText();
        miner.submit(port, Harness.json(Harness.oracle(id)), "attempt-0001");
        ledger.closeEpoch(0, BigInteger.valueOf(1000), io.dacr.api.reward.DistributionMode.FLOOR);
        clock.advance(Duration.ofHours(23).plusMinutes(15)); // the end of epoch 0 and a session window

        JsonNode epoch = miner.get(port, "/v1/epoch?epoch=0").json();
        Secret derived = Coordinator.epochSecret(Harness.SECRET, 0);

        assertEquals(epoch.get("secretCommitment").asText(), Epoch.commitmentOf(derived));
        assertEquals(epoch.get("revealedSecret").asText(), "0x" + HexFormat.of().formatHex(derived.bytes()));
    }

    @Test
    void aRestartedCoordinatorContinuesTheSessionsInItsDataDirectory() {
        Miner miner = new Miner(8).signIn(port);
        String id = miner.challenge(port).json().at("/session/challengeId").asText();
        miner.submit(port, Harness.json(Harness.wrong(id)), "attempt-0001");
        server.close();
        storage.close();
        ledger.close();
        storage = CoordinatorStorage.inDirectory(dir.resolve("coordinator"));
        ledger = JournalEpochLedger.open(dir.resolve("ledger"), Harness.HASHER);
        server = Harness.coordinator(ledger, Harness.settlement(), storage, clock).build().start("127.0.0.1", 0);
        port = server.port();
        clock.advance(Duration.ofSeconds(60));

        JsonNode again = miner.challenge(port).json();
        Miner.Answer replay = miner.submit(port, Harness.json(Harness.wrong(id)), "attempt-0001");

        assertEquals(id, again.at("/session/challengeId").asText());
        assertEquals(2, again.at("/session/attemptsLeft").asInt());
        assertEquals(2, replay.json().get("attemptsLeft").asInt());
        assertEquals(1, replay.json().get("attempt").asInt());
    }

    @Test
    void theDiscoveryDocumentIsServedAsMarkdown() {
        Miner.Answer skill = new Miner(9).get(port, "/.well-known/skill.md");

        assertEquals(200, skill.status());
        assertTrue(skill.header("Content-Type").startsWith("text/markdown"));
        assertTrue(skill.body().contains("POST /v1/submit"));
        assertNull(skill.header("Retry-After"));
    }
}
