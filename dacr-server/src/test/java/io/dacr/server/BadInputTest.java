package io.dacr.server;

import io.dacr.core.ledger.JournalEpochLedger;
import io.dacr.api.reward.EpochLedger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;

/** Every refusal of the API: its status, its stable code, no stack trace, and nothing changed. */
class BadInputTest {

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
        server = Harness.coordinator(ledger, Harness.settlement(), storage, clock).maxBodyBytes(64 * 1024)
                .ipRequestsPerMinute(1_000).build().start("127.0.0.1", 0);
        port = server.port();
    }

    @AfterEach
    void stop() {
        server.close();
        storage.close();
        ledger.close();
    }

    private static void assertRefused(int status, String code, Miner.Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals(code, answer.errorCode(), answer.body());
        assertTrue(answer.header("Content-Type").startsWith("application/json"));
        assertFalse(answer.body().contains("Exception"), answer.body());
        assertFalse(answer.body().contains("\tat "), answer.body());
    }

    private int attemptsRecorded() {
        return storage.attempts().readAll().records().size();
    }

    // --- bodies ---

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        Miner miner = new Miner(1).signIn(port);
        miner.challenge(port);

        assertRefused(400, "invalid_json", miner.submit(port, "{\"challengeId\": ", "key-00000001"));
        assertRefused(400, "invalid_json", new Miner(2).post(port, "/v1/auth/nonce", "[1, 2]", Map.of()));
        assertEquals(0, attemptsRecorded());
    }

    @Test
    void aBodyWithUnknownOrDuplicateMembersIsRefused() {
        Miner stranger = new Miner(2);

        assertRefused(400, "invalid_json", stranger.post(port, "/v1/auth/nonce",
                "{\"address\": \"0x0000000000000000000000000000000000000001\", \"admin\": true}", Map.of()));
        assertRefused(400, "invalid_json", stranger.post(port, "/v1/auth/nonce",
                "{\"address\": \"0x0000000000000000000000000000000000000001\", \"address\": \"0x0000000000000000000000000000000000000002\"}", Map.of()));
    }

    @Test
    void aBodyThatIsNotUtf8IsRefused() {
        byte[] body = "{\"address\": \"0x\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertRefused(400, "invalid_json", new Miner(2).post(port, "/v1/auth/nonce", body, "application/json", Map.of()));
    }

    @Test
    void anOversizedBodyIsRefusedUngradedAndTheRefusalArrives() {
        Miner miner = new Miner(3).signIn(port);
        String id = miner.challenge(port).json().at("/session/challengeId").asText();
        String huge = Harness.json(Harness.wrong(id)).replace("\"artifact\":\"", "\"artifact\":\"" + "x".repeat(70_000));

        assertRefused(413, "payload_too_large", miner.submit(port, huge, "key-00000001"));
        assertEquals(0, attemptsRecorded());
    }

    @Test
    void aBodyWithAnotherContentTypeIsRefused() {
        Miner miner = new Miner(4);
        byte[] body = "{\"address\": \"0x0000000000000000000000000000000000000001\"}".getBytes(StandardCharsets.UTF_8);

        assertRefused(415, "unsupported_media_type", miner.post(port, "/v1/auth/nonce", body, "text/plain", Map.of()));
        assertRefused(415, "unsupported_media_type", miner.post(port, "/v1/auth/nonce", body, "application/json; charset=latin-1", Map.of()));
        assertRefused(415, "unsupported_media_type", miner.post(port, "/v1/auth/nonce", body, null, Map.of()));
        assertRefused(415, "unsupported_media_type", miner.post(port, "/v1/auth/nonce", body, ";", Map.of()));
        assertRefused(415, "unsupported_media_type", miner.post(port, "/v1/auth/nonce", body, " ; charset=utf-8", Map.of()));
        assertEquals(200, miner.post(port, "/v1/auth/nonce", body, "application/json; charset=UTF-8", Map.of()).status());
    }

    // --- routes and parameters ---

    @Test
    void anUnknownPathAndAWrongMethodAreRefused() {
        Miner miner = new Miner(5);

        assertRefused(404, "not_found", miner.get(port, "/v1/admin"));
        Miner.Answer wrongMethod = miner.post(port, "/v1/challenge", "{}", Map.of());
        assertRefused(405, "method_not_allowed", wrongMethod);
        assertEquals("GET", wrongMethod.header("Allow"));
    }

    @Test
    void malformedParametersAreRefused() {
        Miner miner = new Miner(6).signIn(port);

        assertRefused(400, "invalid_request", miner.get(port, "/v1/credits"));
        assertRefused(400, "invalid_request", miner.get(port, "/v1/credits?miner=0x12"));
        assertRefused(400, "invalid_request", miner.get(port, "/v1/epoch?epoch=-1"));
        assertRefused(400, "invalid_request", miner.get(port, "/v1/epoch?epoch=999999999999999999"));
        assertRefused(400, "invalid_request", miner.get(port, "/v1/epoch?epoch=106751991167300"));
        assertEquals(200, miner.get(port, "/v1/epoch?epoch=1000000").status());
        assertRefused(400, "invalid_request", miner.get(port, "/v1/claim-calldata?epochs=1,1"));
        assertRefused(400, "invalid_request", miner.get(port, "/v1/claim-calldata?epochs=a"));
        assertRefused(409, "epoch_not_closed", miner.get(port, "/v1/claim-calldata?epochs=0"));
    }

    // --- sign-in ---

    @Test
    void aReplayedNonceIsRefused() {
        Miner miner = new Miner(7);
        JsonNode nonce = miner.post(port, "/v1/auth/nonce", "{\"address\": \"" + miner.address() + "\"}", Map.of()).json();
        String body = verifyBody(miner.address(), nonce.get("nonce").asText(),
                Miner.personalSign(nonce.get("message").asText(), miner.wallet.getEcKeyPair()));

        assertEquals(200, miner.post(port, "/v1/auth/verify", body, Map.of()).status());
        assertRefused(401, "nonce_used", miner.post(port, "/v1/auth/verify", body, Map.of()));
    }

    @Test
    void aSignatureByAnotherWalletIsRefusedAndLeavesTheNonceUsable() {
        Miner miner = new Miner(8);
        JsonNode nonce = miner.post(port, "/v1/auth/nonce", "{\"address\": \"" + miner.address() + "\"}", Map.of()).json();
        String message = nonce.get("message").asText();
        ECKeyPair thief = new Miner(99).wallet.getEcKeyPair();

        assertRefused(401, "signature_mismatch", miner.post(port, "/v1/auth/verify",
                verifyBody(miner.address(), nonce.get("nonce").asText(), Miner.personalSign(message, thief)), Map.of()));
        assertEquals(200, miner.post(port, "/v1/auth/verify", verifyBody(miner.address(), nonce.get("nonce").asText(),
                Miner.personalSign(message, miner.wallet.getEcKeyPair())), Map.of()).status());
    }

    @Test
    void aMalformedOrHighSSignatureIsRefused() {
        Miner miner = new Miner(9);
        JsonNode nonce = miner.post(port, "/v1/auth/nonce", "{\"address\": \"" + miner.address() + "\"}", Map.of()).json();
        Sign.SignatureData s = Sign.signPrefixedMessage(nonce.get("message").asText().getBytes(StandardCharsets.UTF_8),
                miner.wallet.getEcKeyPair());
        BigInteger highS = Sign.CURVE_PARAMS.getN().subtract(new BigInteger(1, s.getS()));
        String malleated = "0x" + HexFormat.of().formatHex(s.getR()) + String.format("%064x", highS)
                + (s.getV()[0] == 27 ? "1c" : "1b");

        assertRefused(400, "invalid_signature", miner.post(port, "/v1/auth/verify",
                verifyBody(miner.address(), nonce.get("nonce").asText(), "0x1234"), Map.of()));
        assertRefused(400, "invalid_signature", miner.post(port, "/v1/auth/verify",
                verifyBody(miner.address(), nonce.get("nonce").asText(), malleated), Map.of()));
    }

    @Test
    void anExpiredForgedOrForeignNonceIsRefused() {
        Miner miner = new Miner(10);
        JsonNode nonce = miner.post(port, "/v1/auth/nonce", "{\"address\": \"" + miner.address() + "\"}", Map.of()).json();
        String signature = Miner.personalSign(nonce.get("message").asText(), miner.wallet.getEcKeyPair());
        String n = nonce.get("nonce").asText();
        String forged = n.substring(0, n.length() - 1) + (n.endsWith("0") ? "1" : "0");

        assertRefused(401, "nonce_invalid", miner.post(port, "/v1/auth/verify", verifyBody(miner.address(), forged, signature), Map.of()));
        assertRefused(401, "nonce_invalid", miner.post(port, "/v1/auth/verify",
                verifyBody(new Miner(11).address(), n, signature), Map.of()));
        clock.advance(Duration.ofMinutes(6));
        assertRefused(401, "nonce_invalid", miner.post(port, "/v1/auth/verify", verifyBody(miner.address(), n, signature), Map.of()));
    }

    @Test
    void aMissingForgedOrExpiredTokenIsRefused() {
        Miner miner = new Miner(12).signIn(port);
        String token = miner.token;

        miner.token = null;
        assertRefused(401, "unauthorized", miner.challenge(port));
        miner.token = token.substring(0, token.length() - 1) + (token.endsWith("0") ? "1" : "0");
        assertRefused(401, "unauthorized", miner.challenge(port));
        miner.token = token.replace(miner.address(), new Miner(13).address());
        assertRefused(401, "unauthorized", miner.challenge(port));
        miner.token = token;
        clock.advance(Duration.ofHours(1));
        assertRefused(401, "token_expired", miner.challenge(port));
    }

    // --- submissions ---

    @Test
    void aForgedChallengeIdIsRefused() {
        Miner miner = new Miner(14).signIn(port);
        String id = miner.challenge(port).json().at("/session/challengeId").asText();
        String forged = id.substring(0, id.length() - 1) + (id.endsWith("0") ? "1" : "0");

        assertRefused(403, "forged_challenge_id", miner.submit(port, Harness.json(Harness.oracle(id)).replace(id, forged),
                "key-00000001"));
        assertRefused(400, "invalid_challenge_id", miner.submit(port, Harness.json(Harness.oracle(id)).replace(id, "c-1"),
                "key-00000002"));
        assertEquals(0, attemptsRecorded());
        assertEquals(BigInteger.ZERO, ledger.totalCredits(0));
    }

    @Test
    void anotherMinersChallengeIsNotYours() {
        Miner owner = new Miner(15).signIn(port);
        Miner other = new Miner(16).signIn(port);
        String id = owner.challenge(port).json().at("/session/challengeId").asText();

        assertRefused(404, "session_not_found", other.submit(port, Harness.json(Harness.oracle(id)), "key-00000001"));
        assertEquals(0, attemptsRecorded());
        assertEquals(BigInteger.ZERO, ledger.totalCredits(0));
    }

    @Test
    void aFourthAttemptIsRefusedAndChangesNothing() {
        Miner miner = new Miner(17).signIn(port);
        String id = miner.challenge(port).json().at("/session/challengeId").asText();
        for (int i = 1; i <= 3; i++) {
            assertEquals(200, miner.submit(port, Harness.json(Harness.wrong(id)), "key-0000000" + i).status());
        }

        assertRefused(409, "no_attempts_left", miner.submit(port, Harness.json(Harness.oracle(id)), "key-00000004"));
        assertEquals(3, attemptsRecorded());
        assertEquals(BigInteger.ZERO, ledger.totalCredits(0));
    }

    @Test
    void anAttemptAfterAPassGetsThatPassesReceiptAndOneAfterTheWindowIsRefused() {
        Miner miner = new Miner(18).signIn(port);
        String id = miner.challenge(port).json().at("/session/challengeId").asText();
        JsonNode passed = miner.submit(port, Harness.json(Harness.oracle(id)), "key-00000001").json();
        JsonNode again = miner.submit(port, Harness.json(Harness.wrong(id)), "key-00000002").json();
        assertTrue(again.get("passed").asBoolean(), again.toString());
        assertEquals(passed.get("receipt"), again.get("receipt"));
        assertEquals(passed.get("receiptHash"), again.get("receiptHash"));
        assertEquals(passed.get("calldata"), again.get("calldata"));
        assertEquals(1, attemptsRecorded(), "no second attempt");

        clock.advance(Duration.ofSeconds(60));
        String next = miner.challenge(port).json().at("/session/challengeId").asText();
        clock.advance(Duration.ofMinutes(15));
        assertRefused(409, "session_expired", miner.submit(port, Harness.json(Harness.oracle(next)), "key-00000003"));
        assertEquals(BigInteger.ONE, ledger.totalCredits(0));
    }

    @Test
    void anIdempotencyKeyIsRequiredAndBelongsToOneBody() {
        Miner miner = new Miner(19).signIn(port);
        String id = miner.challenge(port).json().at("/session/challengeId").asText();

        assertRefused(400, "invalid_request", miner.post(port, "/v1/submit", Harness.json(Harness.wrong(id)), Map.of()));
        assertRefused(400, "invalid_request", miner.submit(port, Harness.json(Harness.wrong(id)), "short"));
        miner.submit(port, Harness.json(Harness.wrong(id)), "key-00000001");
        assertRefused(409, "idempotency_key_reused", miner.submit(port, Harness.json(Harness.oracle(id)), "key-00000001"));
        assertEquals(1, attemptsRecorded());
    }

    // --- rates ---

    @Test
    void aSecondChallengeRequestWithinTheIntervalIsRateLimitedWithRetryAfter() {
        Miner miner = new Miner(20).signIn(port);
        miner.challenge(port);
        clock.advance(Duration.ofSeconds(45));

        Miner.Answer limited = miner.challenge(port);

        assertRefused(429, "rate_limited", limited);
        assertEquals("15", limited.header("Retry-After"));
        clock.advance(Duration.ofSeconds(15));
        assertEquals(200, miner.challenge(port).status());
    }

    @Test
    void tooManyRequestsFromOneAddressAreRateLimited() {
        server.close();
        server = Harness.coordinator(ledger, Harness.settlement(), storage, clock).ipRequestsPerMinute(3).build()
                .start("127.0.0.1", 0);
        port = server.port();
        Miner miner = new Miner(21);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, miner.get(port, "/v1/epoch").status());
        }

        Miner.Answer limited = miner.get(port, "/v1/epoch");

        assertRefused(429, "rate_limited", limited);
        assertEquals("20", limited.header("Retry-After"));
    }

    @Test
    void aPathWithDotSegmentsIsNotResolvedIntoAnEndpoint() {
        Miner.Answer answer = Miner.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/nothing/../challenge"))
                .GET().build());

        assertRefused(404, "not_found", answer);
    }

    private static String verifyBody(String address, String nonce, String signature) {
        return "{\"address\": \"" + address + "\", \"nonce\": \"" + nonce + "\", \"signature\": \"" + signature + "\"}";
    }
}
