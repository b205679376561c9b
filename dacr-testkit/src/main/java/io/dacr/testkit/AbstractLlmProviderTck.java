package io.dacr.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dacr.api.LlmException;
import io.dacr.api.spi.ChatMessage;
import io.dacr.api.spi.ChatRequest;
import io.dacr.api.spi.ChatResponse;
import io.dacr.api.spi.LlmBackend;
import io.dacr.api.spi.LlmConfig;
import io.dacr.api.spi.LlmProvider;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compatibility kit for {@link LlmProvider}s. Extend it in the provider's test sources with a
 * configuration that reaches a server that answers (a local fake server or a real one) and one that
 * reaches nothing; every test checks one promise of the SPI.
 *
 * <pre>{@code
 * class OpenAiCompatibleProviderTest extends AbstractLlmProviderTck {
 *     protected LlmProvider provider() { return new OpenAiCompatibleProvider(); }
 *     protected LlmConfig workingConfig() { return LlmConfig.builder(fakeServer.uri(), "test-model").build(); }
 *     protected LlmConfig unreachableConfig() {
 *         return LlmConfig.builder(URI.create("http://127.0.0.1:9/v1"), "test-model")
 *                 .connectTimeout(Duration.ofMillis(200)).build();
 *     }
 * }
 * }</pre>
 */
public abstract class AbstractLlmProviderTck extends AbstractProviderTck<LlmProvider> {

    /** For subclasses. */
    protected AbstractLlmProviderTck() {
    }


    /** @return a configuration whose server answers chat requests */
    protected abstract LlmConfig workingConfig();

    /**
     * @return a configuration whose server cannot be reached (a closed local port, say); make its
     *     timeouts and retries short, so that the unreachable test finishes within
     *     {@link #unreachableFailureTimeout()}
     */
    protected abstract LlmConfig unreachableConfig();

    /** @return how long a back end may take to give up on an unreachable server, retries included */
    protected Duration unreachableFailureTimeout() {
        return Duration.ofSeconds(60);
    }

    /** @return how long any call that needs no server may take: anything longer counts as a hang */
    protected Duration promptTimeout() {
        return Duration.ofSeconds(10);
    }

    /** @return the request the chat test sends */
    protected ChatRequest request() {
        return new ChatRequest(List.of(ChatMessage.system("You are a terse assistant."),
                ChatMessage.user("Reply with the single word: ready")));
    }




    /**
     * Creating a back end contacts no server: it succeeds promptly even when the server cannot be
     * reached, so that wiring an application never waits on the network.
     */
    @Test
    public void createDoesNotContactTheServer() {
        assertTimeoutPreemptively(promptTimeout(), () -> {
            LlmBackend backend = provider().create(unreachableConfig());
            assertNotNull(backend, "create() must not return null");
            backend.close();
        });
    }

    /** The back end names the model it asks, so attempts can record it. */
    @Test
    public void modelIdIsNotBlank() {
        try (LlmBackend backend = provider().create(workingConfig())) {
            assertNotNull(backend.modelId(), "modelId() must not return null");
            assertFalse(backend.modelId().isBlank(), "modelId() must not be blank");
        }
    }

    /** A chat with a server that answers returns the reply with its token usage. */
    @Test
    public void chatReturnsContentWithNonNegativeUsage() {
        try (LlmBackend backend = provider().create(workingConfig())) {
            ChatResponse response = backend.chat(request());
            assertNotNull(response, "chat() must not return null");
            assertFalse(response.content().isBlank(), "the reply's content must not be blank");
            assertTrue(response.usage().promptTokens() >= 0 && response.usage().completionTokens() >= 0,
                    "token usage must not be negative");
        }
    }

    /**
     * A server that cannot be reached gives a retriable {@link LlmException} of kind
     * {@link LlmException.Kind#TRANSPORT} or {@link LlmException.Kind#TIMEOUT}, within
     * {@link #unreachableFailureTimeout()}: never another exception type, never a hang.
     */
    @Test
    public void unreachableServerFailsWithARetriableTransportOrTimeoutError() {
        LlmException e = assertTimeoutPreemptively(unreachableFailureTimeout(), () ->
                assertThrows(LlmException.class, () -> {
                    try (LlmBackend backend = provider().create(unreachableConfig())) {
                        backend.chat(request());
                    }
                }, "an unreachable server must raise LlmException"));
        assertTrue(e.kind() == LlmException.Kind.TRANSPORT || e.kind() == LlmException.Kind.TIMEOUT,
                "an unreachable server is a TRANSPORT or TIMEOUT failure, was " + e.kind());
        assertTrue(e.retriable(), "an unreachable server is a retriable failure");
    }

    /** Closing twice is harmless: close() is idempotent. */
    @Test
    public void closeIsIdempotent() {
        LlmBackend backend = provider().create(workingConfig());
        backend.close();
        assertDoesNotThrow(backend::close, "a second close() must do nothing");
    }

    /** A null request is refused at once with NullPointerException or IllegalArgumentException. */
    @Test
    public void nullRequestIsRefusedPromptly() {
        assertTimeoutPreemptively(promptTimeout(), () -> {
            try (LlmBackend backend = provider().create(workingConfig())) {
                try {
                    ChatResponse response = backend.chat(null);
                    fail("chat(null) must throw NullPointerException or IllegalArgumentException, returned " + response);
                } catch (NullPointerException | IllegalArgumentException expected) {
                    // The contract.
                } catch (RuntimeException other) {
                    fail("chat(null) must throw NullPointerException or IllegalArgumentException, threw " + other, other);
                }
            }
        });
    }
}
