package io.dacr.backends.openai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server, in process, that speaks the chat-completions protocol from a script: each request
 * gets the next scripted answer (a status with a body and headers, a hang, an event stream), and when the
 * script is empty, the fallback. Every request is kept for the test to inspect.
 */
final class FakeChatServer implements AutoCloseable {

    /** One scripted answer. */
    interface Answer {
        void answer(HttpExchange exchange, Recorded request) throws IOException;
    }

    /** What the server received. */
    record Recorded(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-chat-server");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<Recorded> requests = new ArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Answer fallback = completion("ready");

    FakeChatServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Recorded recorded = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        Map.copyOf(exchange.getRequestHeaders()), body);
                Answer next;
                synchronized (this) {
                    requests.add(recorded);
                    next = script.isEmpty() ? fallback : script.removeFirst();
                }
                next.answer(exchange, recorded);
            }
        });
        server.start();
    }

    /** @return the base URL, {@code http://127.0.0.1:PORT/v1} */
    URI baseUrl() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + "/v1");
    }

    synchronized FakeChatServer then(Answer answer) {
        script.addLast(answer);
        return this;
    }

    void fallback(Answer answer) {
        this.fallback = answer;
    }

    synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- answers ----

    static Answer status(int status, String body, String... headerPairs) {
        return (exchange, request) -> {
            for (int i = 0; i + 1 < headerPairs.length; i += 2) {
                exchange.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        };
    }

    static String completionJson(String content) {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"model\":\"served-model\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":" + quote(content) + "},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":3,\"total_tokens\":15}}";
    }

    static Answer completion(String content) {
        return status(200, completionJson(content));
    }

    /** Answers with whatever the function makes of the request body (for oracle-driven tests). */
    static Answer computed(Function<String, String> contentOfRequestBody) {
        return (exchange, request) -> completion(contentOfRequestBody.apply(request.body())).answer(exchange, request);
    }

    /** Sends the headers, then never the body, until the server closes. */
    Answer hang() {
        return (exchange, request) -> {
            exchange.sendResponseHeaders(200, 0);
            try {
                closing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** An event stream of the given content pieces, a usage chunk, and [DONE] if {@code done}. */
    static Answer events(boolean done, String... pieces) {
        return (exchange, request) -> {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                write(out, ": keep-alive comment\n\n");
                write(out, "data: {\"model\":\"served-model\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\"}}]}\n\n");
                for (String piece : pieces) {
                    write(out, "data: {\"model\":\"served-model\",\"choices\":[{\"index\":0,\"delta\":{\"content\":"
                            + quote(piece) + "}}]}\n\n");
                }
                write(out, "data: {\"model\":\"served-model\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n");
                write(out, "data: {\"model\":\"served-model\",\"choices\":[],\"usage\":{\"prompt_tokens\":20,\"completion_tokens\":"
                        + pieces.length + "}}\n\n");
                if (done) {
                    write(out, "data: [DONE]\n\n");
                }
            }
        };
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
