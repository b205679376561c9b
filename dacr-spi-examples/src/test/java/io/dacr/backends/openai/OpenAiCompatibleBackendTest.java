package io.dacr.backends.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.api.ConfigurationException;
import io.dacr.api.LlmException;
import io.dacr.api.spi.ChatMessage;
import io.dacr.api.spi.ChatRequest;
import io.dacr.api.spi.ChatResponse;
import io.dacr.api.spi.LlmBackend;
import io.dacr.api.spi.LlmConfig;
import io.dacr.api.spi.TokenUsage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The back end against a real in-process HTTP server that injects the faults of the protocol. */
@Timeout(30)
class OpenAiCompatibleBackendTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final ChatRequest HELLO = new ChatRequest(List.of(ChatMessage.system("Be terse."), ChatMessage.user("Hello")));

    private final FakeChatServer server = newServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    private static FakeChatServer newServer() {
        try {
            return new FakeChatServer();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LlmConfig.Builder config() {
        return LlmConfig.builder(server.baseUrl(), "test-model").option("max_retries", "3");
    }

    private LlmBackend backend(LlmConfig config) {
        return backend(config, Map.of());
    }

    private LlmBackend backend(LlmConfig config, Map<String, String> environment) {
        // Jitter 0.5 is the midpoint: the delays are exactly the nominal backoff.
        return new OpenAiCompatibleProvider(environment, sleeper, Clock.fixed(NOW, ZoneOffset.UTC), () -> 0.5).create(config);
    }

    private LlmException failure(LlmConfig config) {
        try (LlmBackend backend = backend(config)) {
            return assertThrows(LlmException.class, () -> backend.chat(HELLO));
        }
    }

    @Test
    void aCompletionIsReturnedWithModelFinishReasonAndUsage() {
        server.then(FakeChatServer.completion("ready"));
        try (LlmBackend backend = backend(config().build())) {
            ChatResponse r = backend.chat(HELLO);
            assertEquals(new ChatResponse("ready", "served-model", "stop", new TokenUsage(12, 3)), r);
        }
    }

    @Test
    void theRequestCarriesModelMessagesAndSamplingSettings() throws Exception {
        LlmConfig config = config().temperature(new BigDecimal("0.70")).maxTokens(256).seed(42L).build();
        try (LlmBackend backend = backend(config)) {
            backend.chat(HELLO);
        }
        FakeChatServer.Recorded request = server.requests().get(0);
        assertEquals("POST", request.method());
        assertEquals("/v1/chat/completions", request.path());
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertEquals("test-model", body.get("model").textValue());
        assertEquals("system", body.get("messages").get(0).get("role").textValue());
        assertEquals("Hello", body.get("messages").get(1).get("content").textValue());
        assertTrue(request.body().contains("\"temperature\":0.70"), "the temperature goes out exactly as configured");
        assertEquals(256, body.get("max_tokens").intValue());
        assertEquals(42, body.get("seed").longValue());
        assertFalse(body.has("stream"));
    }

    @Test
    void theApiKeyFromTheEnvironmentIsSentAsABearerToken() {
        LlmConfig config = config().apiKeyEnvironmentVariable("TEST_LLM_KEY").build();
        try (LlmBackend backend = backend(config, Map.of("TEST_LLM_KEY", "sk-test-123"))) {
            backend.chat(HELLO);
        }
        assertEquals("Bearer sk-test-123", server.requests().get(0).header("Authorization"));
    }

    @Test
    void aNamedButUnsetApiKeyVariableIsAConfigurationError() {
        LlmConfig config = config().apiKeyEnvironmentVariable("TEST_LLM_KEY").build();
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> backend(config));
        assertTrue(e.getMessage().contains("TEST_LLM_KEY"));
    }

    @Test
    void a429IsRetriedAfterTheRetryAfterSeconds() {
        server.then(FakeChatServer.status(429, "{\"error\":{\"message\":\"slow down\"}}", "Retry-After", "7"))
                .then(FakeChatServer.completion("ok"));
        try (LlmBackend backend = backend(config().build())) {
            assertEquals("ok", backend.chat(HELLO).content());
        }
        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.delays());
        assertEquals(2, server.requests().size());
    }

    @Test
    void aRetryAfterDateIsMeasuredFromTheInjectedClock() {
        server.then(FakeChatServer.status(429, "", "Retry-After", "Sun, 01 Mar 2026 12:00:30 GMT"))
                .then(FakeChatServer.completion("ok"));
        try (LlmBackend backend = backend(config().build())) {
            backend.chat(HELLO);
        }
        assertEquals(List.of(Duration.ofSeconds(30)), sleeper.delays());
    }

    @Test
    void aRetryAfterLongerThanHonouredFailsAtOnceAsRateLimited() {
        server.then(FakeChatServer.status(429, "", "Retry-After", "3600"));
        LlmException e = failure(config().build());
        assertEquals(LlmException.Kind.RATE_LIMITED, e.kind());
        assertEquals(429, e.httpStatus());
        assertEquals(List.of(), sleeper.delays());
    }

    @Test
    void a500ThenSuccessIsRetriedWithTheInitialBackoff() {
        server.then(FakeChatServer.status(500, "{\"error\":\"boom\"}")).then(FakeChatServer.completion("ok"));
        try (LlmBackend backend = backend(config().build())) {
            assertEquals("ok", backend.chat(HELLO).content());
        }
        assertEquals(List.of(Duration.ofMillis(500)), sleeper.delays());
    }

    @Test
    void persistentServerErrorsBackOffExponentiallyThenFailAsServerError() {
        server.fallback(FakeChatServer.status(503, "{\"error\":{\"message\":\"overloaded\"}}"));
        LlmException e = failure(config().build());
        assertEquals(LlmException.Kind.SERVER_ERROR, e.kind());
        assertEquals(503, e.httpStatus());
        assertTrue(e.retriable());
        assertTrue(e.getMessage().contains("overloaded"), e.getMessage());
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2000)), sleeper.delays());
        assertEquals(4, server.requests().size(), "one try and three retries");
    }

    @Test
    void jitterSpreadsTheDelayByUpToTwentyPercent() {
        server.then(FakeChatServer.status(500, "")).then(FakeChatServer.completion("ok"));
        try (LlmBackend backend = new OpenAiCompatibleProvider(Map.of(), sleeper, Clock.fixed(NOW, ZoneOffset.UTC), () -> 0.0)
                .create(config().build())) {
            backend.chat(HELLO);
        }
        assertEquals(List.of(Duration.ofMillis(400)), sleeper.delays());
    }

    @Test
    void aResponseSlowerThanTheReadTimeoutIsATimeoutAndIsRetried() {
        server.then(server.hang()).then(FakeChatServer.completion("ok"));
        try (LlmBackend backend = backend(config().readTimeout(Duration.ofMillis(300)).build())) {
            assertEquals("ok", backend.chat(HELLO).content());
        }
        assertEquals(1, sleeper.delays().size());
    }

    @Test
    void aResponseThatStaysSlowFailsAsARetriableTimeout() {
        server.fallback(server.hang());
        LlmException e = failure(config().readTimeout(Duration.ofMillis(200)).option("max_retries", "1").build());
        assertEquals(LlmException.Kind.TIMEOUT, e.kind());
        assertTrue(e.retriable());
    }

    @Test
    void truncatedJsonIsAMalformedResponse() {
        String whole = FakeChatServer.completionJson("ready");
        server.fallback(FakeChatServer.status(200, whole.substring(0, whole.length() / 2)));
        LlmException e = failure(config().option("max_retries", "0").build());
        assertEquals(LlmException.Kind.MALFORMED_RESPONSE, e.kind());
    }

    @Test
    void truncatedJsonThenAGoodResponseSucceedsOnRetry() {
        String whole = FakeChatServer.completionJson("ready");
        server.then(FakeChatServer.status(200, whole.substring(0, 40))).then(FakeChatServer.completion("ok"));
        try (LlmBackend backend = backend(config().build())) {
            assertEquals("ok", backend.chat(HELLO).content());
        }
    }

    @Test
    void emptyChoicesAreAMalformedResponse() {
        server.fallback(FakeChatServer.status(200, "{\"model\":\"m\",\"choices\":[]}"));
        LlmException e = failure(config().option("max_retries", "0").build());
        assertEquals(LlmException.Kind.MALFORMED_RESPONSE, e.kind());
        assertTrue(e.getMessage().contains("no choices"));
    }

    @Test
    void a401IsANonRetriableAuthenticationErrorTriedOnce() {
        server.fallback(FakeChatServer.status(401, "{\"error\":{\"message\":\"invalid api key\"}}"));
        LlmException e = failure(config().build());
        assertEquals(LlmException.Kind.AUTHENTICATION, e.kind());
        assertFalse(e.retriable());
        assertEquals(1, server.requests().size());
        assertEquals(List.of(), sleeper.delays());
    }

    @Test
    void aNotFoundModelIsANonRetriableInvalidRequest() {
        server.fallback(FakeChatServer.status(404, "{\"error\":{\"message\":\"model 'x' not found\"}}"));
        LlmException e = failure(config().build());
        assertEquals(LlmException.Kind.INVALID_REQUEST, e.kind());
        assertTrue(e.getMessage().contains("model 'x' not found"));
        assertEquals(1, server.requests().size());
    }

    @Test
    void theApiKeyNeverAppearsInAnErrorMessage() {
        server.fallback(FakeChatServer.status(401, ""));
        LlmConfig config = config().apiKeyEnvironmentVariable("K").build();
        try (LlmBackend backend = backend(config, Map.of("K", "sk-secret-999"))) {
            LlmException e = assertThrows(LlmException.class, () -> backend.chat(HELLO));
            assertFalse(String.valueOf(e.getMessage()).contains("sk-secret-999"));
        }
    }

    @Test
    void aStreamedReplyIsAssembledFromItsDeltasWithTheFinalUsage() throws Exception {
        server.then(FakeChatServer.events(true, "Hel", "lo, ", "world"));
        try (LlmBackend backend = backend(config().option("stream", "true").build())) {
            ChatResponse r = backend.chat(HELLO);
            assertEquals(new ChatResponse("Hello, world", "served-model", "stop", new TokenUsage(20, 3)), r);
        }
        JsonNode body = new ObjectMapper().readTree(server.requests().get(0).body());
        assertTrue(body.get("stream").booleanValue());
        assertTrue(body.get("stream_options").get("include_usage").booleanValue());
        assertEquals("text/event-stream", server.requests().get(0).header("Accept"));
    }

    @Test
    void aStreamCutOffBeforeDoneIsAMalformedResponse() {
        server.fallback(FakeChatServer.events(false, "Hel"));
        LlmException e = failure(config().option("stream", "true").option("max_retries", "0").build());
        assertEquals(LlmException.Kind.MALFORMED_RESPONSE, e.kind());
        assertTrue(e.getMessage().contains("[DONE]"));
    }

    @Test
    void anUnknownOptionIsAConfigurationErrorNamingTheKnownOnes() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> backend(config().option("retries", "2").build()));
        assertTrue(e.getMessage().contains("max_retries"), e.getMessage());
    }

    @Test
    void aNonHttpBaseUrlIsAConfigurationError() {
        assertThrows(ConfigurationException.class,
                () -> backend(LlmConfig.builder(java.net.URI.create("ftp://host/v1"), "m").build()));
    }

    @Test
    void aClosedBackEndRefusesToChat() {
        LlmBackend backend = backend(config().build());
        backend.close();
        assertThrows(IllegalStateException.class, () -> backend.chat(HELLO));
    }
}
