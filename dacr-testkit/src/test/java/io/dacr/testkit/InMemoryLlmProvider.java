package io.dacr.testkit;

import io.dacr.api.LlmException;
import io.dacr.api.spi.ChatMessage;
import io.dacr.api.spi.ChatRequest;
import io.dacr.api.spi.ChatResponse;
import io.dacr.api.spi.LlmBackend;
import io.dacr.api.spi.LlmConfig;
import io.dacr.api.spi.LlmProvider;
import io.dacr.api.spi.TokenUsage;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A test-only LLM provider whose "server" lives in memory: a base URL whose host is
 * {@value #ANSWERING_HOST} answers every chat with "ready"; any other host is unreachable. A
 * {@link Flaw} makes it break one promise of the SPI, to show that the TCK notices. Never registered
 * as a service.
 */
class InMemoryLlmProvider implements LlmProvider {

    /** The host that answers. */
    static final String ANSWERING_HOST = "answering";

    /** The promise to break. */
    enum Flaw {
        NONE, BAD_ID, ILLEGAL_STATE_WHEN_UNREACHABLE, NOT_RETRIABLE_WHEN_UNREACHABLE, CONTACTS_SERVER_ON_CREATE,
        SECOND_CLOSE_THROWS, ACCEPTS_NULL_REQUEST
    }

    private final Flaw flaw;

    InMemoryLlmProvider(Flaw flaw) {
        this.flaw = flaw;
    }

    @Override
    public String id() {
        return flaw == Flaw.BAD_ID ? "In Memory" : "in-memory";
    }

    @Override
    public String description() {
        return "Answers from memory, for tests";
    }

    @Override
    public LlmBackend create(LlmConfig config) {
        Objects.requireNonNull(config, "config");
        if (flaw == Flaw.CONTACTS_SERVER_ON_CREATE && !reachable(config)) {
            throw new LlmException(LlmException.Kind.TRANSPORT, 0, "no server at " + config.baseUrl(), null);
        }
        return new Backend(config);
    }

    private static boolean reachable(LlmConfig config) {
        return ANSWERING_HOST.equals(config.baseUrl().getHost());
    }

    private final class Backend implements LlmBackend {
        private final LlmConfig config;
        private final AtomicBoolean closed = new AtomicBoolean();

        Backend(LlmConfig config) {
            this.config = config;
        }

        @Override
        public String modelId() {
            return config.model();
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            if (flaw != Flaw.ACCEPTS_NULL_REQUEST) {
                Objects.requireNonNull(request, "request");
            }
            if (closed.get()) {
                throw new IllegalStateException("the back end is closed");
            }
            if (!reachable(config)) {
                switch (flaw) {
                    case ILLEGAL_STATE_WHEN_UNREACHABLE -> throw new IllegalStateException("connection refused");
                    case NOT_RETRIABLE_WHEN_UNREACHABLE ->
                            throw new LlmException(LlmException.Kind.AUTHENTICATION, 401, "refused", null);
                    default -> throw new LlmException(LlmException.Kind.TRANSPORT, 0, "no server at " + config.baseUrl(), null);
                }
            }
            long promptWords = request == null ? 0 : request.messages().stream()
                    .map(ChatMessage::content).mapToLong(c -> c.split("\\s+").length).sum();
            return new ChatResponse("ready", config.model(), "stop", new TokenUsage(promptWords, 1));
        }

        @Override
        public void close() {
            if (!closed.compareAndSet(false, true) && flaw == Flaw.SECOND_CLOSE_THROWS) {
                throw new IllegalStateException("already closed");
            }
        }
    }
}
