package io.dacr.core.reward.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dacr.core.json.internal.Mappers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The reward endpoint on the JDK's HTTP server. {@code POST /reward} with
 * {@code {"items": [{"challenge_id", "completion"}, …]}} answers {@code {"rewards": [...], "details": [...]}};
 * {@code GET /health} answers {@code {"status": "ok", "challenges": n}}. Every refusal is a 4xx with
 * {@code {"error": {"status", "message"}}}; nothing a client sends reaches a stack trace.
 */
public final class RewardHttpServer implements AutoCloseable {

    /** Grades one item. */
    @FunctionalInterface
    public interface Grader {
        /**
         * @param challengeId the challenge
         * @param completion the completion
         * @return the breakdown as JSON members, or null if the challenge is unknown
         */
        Map<String, Object> grade(String challengeId, String completion);
    }

    /**
     * Limits of one server.
     *
     * @param host the address to bind
     * @param port the port, 0 for any free one
     * @param maxBodyBytes the largest request body
     * @param maxItems the most items in one request
     * @param threads worker threads
     */
    public record Limits(String host, int port, int maxBodyBytes, int maxItems, int threads) {
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final Grader grader;
    private final Limits limits;
    private final int challengeCount;

    /**
     * Binds and starts.
     *
     * @param limits address and caps
     * @param grader grades items
     * @param challengeCount how many challenges the grader knows (for {@code /health})
     * @throws IOException if the address cannot be bound
     */
    public RewardHttpServer(Limits limits, Grader grader, int challengeCount) throws IOException {
        this.limits = limits;
        this.grader = grader;
        this.challengeCount = challengeCount;
        this.server = HttpServer.create(new InetSocketAddress(limits.host(), limits.port()), 64);
        this.workers = Executors.newFixedThreadPool(limits.threads(), r -> {
            Thread t = new Thread(r, "dacr-reward");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
    }

    /** @return the bound port */
    public int port() {
        return server.getAddress().getPort();
    }

    /** @return the bound address */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            if (path.equals("/health")) {
                if (!method.equals("GET")) {
                    exchange.getResponseHeaders().set("Allow", "GET");
                    error(exchange, 405, "use GET on /health");
                    return;
                }
                Map<String, Object> health = new LinkedHashMap<>();
                health.put("status", "ok");
                health.put("challenges", challengeCount);
                send(exchange, 200, health);
                return;
            }
            if (!path.equals("/reward")) {
                error(exchange, 404, "no such endpoint: POST /reward or GET /health");
                return;
            }
            if (!method.equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                error(exchange, 405, "use POST on /reward");
                return;
            }
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                error(exchange, 415, "send Content-Type: application/json");
                return;
            }
            byte[] body = readCapped(exchange.getRequestBody(), limits.maxBodyBytes());
            if (body == null) {
                error(exchange, 413, "the request body exceeds " + limits.maxBodyBytes() + " bytes");
                return;
            }
            reward(exchange, body);
        } catch (RuntimeException e) {
            // A bug of ours, not the client's: answer 500 without details rather than drop the connection.
            error(exchange, 500, "internal error");
        }
    }

    private void reward(HttpExchange exchange, byte[] body) throws IOException {
        JsonNode tree;
        try {
            tree = Mappers.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            error(exchange, 400, "invalid JSON: " + e.getOriginalMessage());
            return;
        }
        JsonNode items = tree == null || !tree.isObject() ? null : tree.get("items");
        if (items == null || !items.isArray()) {
            error(exchange, 400, "expected {\"items\": [{\"challenge_id\": ..., \"completion\": ...}, ...]}");
            return;
        }
        if (items.size() > limits.maxItems()) {
            error(exchange, 400, "a request holds at most " + limits.maxItems() + " items, this one " + items.size());
            return;
        }
        List<Object> rewards = new ArrayList<>();
        List<Object> details = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            JsonNode id = item.isObject() ? item.get("challenge_id") : null;
            JsonNode completion = item.isObject() ? item.get("completion") : null;
            if (id == null || !id.isTextual() || completion == null || !completion.isTextual()) {
                error(exchange, 400, "items[" + i + "] needs a string challenge_id and a string completion");
                return;
            }
            Map<String, Object> graded = grader.grade(id.textValue(), completion.textValue());
            if (graded == null) {
                error(exchange, 422, "items[" + i + "]: unknown challenge " + id.textValue());
                return;
            }
            rewards.add(graded.get("reward"));
            details.add(graded);
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("rewards", rewards);
        response.put("details", details);
        send(exchange, 200, response);
    }

    /** @return the body, or null if it is longer than {@code max} */
    private static byte[] readCapped(InputStream in, int max) throws IOException {
        byte[] body = in.readNBytes(max + 1);
        return body.length > max ? null : body;
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", status);
        error.put("message", message);
        send(exchange, status, Map.of("error", error));
    }

    private static void send(HttpExchange exchange, int status, Map<String, Object> json) throws IOException {
        byte[] bytes = Mappers.MAPPER.writer().with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .writeValueAsBytes(json);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
