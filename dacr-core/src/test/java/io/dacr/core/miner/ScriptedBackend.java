package io.dacr.core.miner;

import io.dacr.api.LlmException;
import io.dacr.api.spi.ChatRequest;
import io.dacr.api.spi.ChatResponse;
import io.dacr.api.spi.LlmBackend;
import io.dacr.api.spi.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A real {@link LlmBackend} that answers from a script instead of a model: each request is passed to a
 * function that returns the reply text (or throws). Every request is kept for the test to inspect.
 * Each reply costs 100 prompt and 10 completion tokens.
 */
final class ScriptedBackend implements LlmBackend {

    private final Function<ChatRequest, String> script;
    private final List<ChatRequest> requests = new ArrayList<>();

    ScriptedBackend(Function<ChatRequest, String> script) {
        this.script = script;
    }

    /** Replays the replies in order; asking once more than scripted fails the test. */
    static ScriptedBackend replaying(String... replies) {
        List<String> queue = new ArrayList<>(List.of(replies));
        return new ScriptedBackend(request -> {
            synchronized (queue) {
                if (queue.isEmpty()) {
                    throw new AssertionError("the script has no more replies");
                }
                return queue.remove(0);
            }
        });
    }

    @Override
    public String modelId() {
        return "scripted-model";
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        synchronized (requests) {
            requests.add(request);
        }
        String text = script.apply(request);
        return new ChatResponse(text, "scripted-model", "stop", new TokenUsage(100, 10));
    }

    List<ChatRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    static LlmException serverError() {
        return new LlmException(LlmException.Kind.SERVER_ERROR, 500, "HTTP 500 after 3 tries", null);
    }

    @Override
    public void close() {
    }
}
