package io.dacr.backends.openai;

import io.dacr.api.spi.LlmConfig;
import io.dacr.api.spi.LlmProvider;
import io.dacr.testkit.AbstractLlmProviderTck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

/** The shipped back end passes the LLM provider TCK against a real in-process server. */
class OpenAiCompatibleProviderTckTest extends AbstractLlmProviderTck {

    private final FakeChatServer server;

    OpenAiCompatibleProviderTckTest() throws IOException {
        server = new FakeChatServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Override
    protected LlmProvider provider() {
        return new OpenAiCompatibleProvider();
    }

    @Override
    protected LlmConfig workingConfig() {
        return LlmConfig.builder(server.baseUrl(), "test-model").build();
    }

    @Override
    protected LlmConfig unreachableConfig() {
        return LlmConfig.builder(URI.create("http://127.0.0.1:" + closedPort() + "/v1"), "test-model")
                .connectTimeout(Duration.ofMillis(500)).option("max_retries", "1").option("initial_backoff_ms", "10")
                .build();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
