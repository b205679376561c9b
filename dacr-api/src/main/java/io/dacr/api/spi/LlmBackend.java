package io.dacr.api.spi;

/**
 * A chat-completion back end: one model behind one endpoint. Safe for concurrent use.
 */
public interface LlmBackend extends AutoCloseable {

    /** @return the model id, recorded with every attempt made through this back end */
    String modelId();

    /**
     * @param request the conversation
     * @return the model's reply
     * @throws io.dacr.api.LlmException if no reply could be had; {@code retriable()} says whether to try
     *     again (the back end has already retried as its configuration allows)
     */
    ChatResponse chat(ChatRequest request);

    /** Releases connections. Idempotent. */
    @Override
    void close();
}
