package io.dacr.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A real HTTP server on 127.0.0.1 (the JDK's HttpServer, a free port) that stands in for an EVM node
 * which misbehaves in one way, so the chain TCK can check how a provider reports it without a real
 * node: it answers JSON-RPC methods from a fixed table (every other method with error -32601), or it
 * answers every request with a fixed body that is not JSON-RPC at all. Not API.
 */
public final class StubJsonRpcNode implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    private StubJsonRpcNode(Handler handler) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the stub JSON-RPC node", e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                handler.handle(exchange);
            }
        });
        server.start();
    }

    /**
     * A node that answers the JSON-RPC methods in {@code results} with those results (JSON text, e.g.
     * {@code "\"0x1\""}) and every other method with the error -32601 (method not found).
     *
     * @param results the results by method name
     * @return the started node; close it
     */
    public static StubJsonRpcNode answering(Map<String, String> results) {
        Map<String, String> table = new TreeMap<>(results);
        return new StubJsonRpcNode(exchange -> {
            JsonNode request = JSON.readTree(readBody(exchange));
            byte[] body = JSON.writeValueAsBytes(request.isArray() ? answerBatch(request, table) : answer(request, table));
            respond(exchange, 200, "application/json", body);
        });
    }

    /**
     * A node that answers every request with HTTP 200 and a body that is not JSON (an HTML page, as a
     * web server or proxy in front of the wrong port would send).
     *
     * @return the started node; close it
     */
    public static StubJsonRpcNode answeringHtml() {
        byte[] page = "<!doctype html><html><body>Welcome: this is not an Ethereum node</body></html>"
                .getBytes(StandardCharsets.UTF_8);
        return new StubJsonRpcNode(exchange -> {
            readBody(exchange);
            respond(exchange, 200, "text/html; charset=utf-8", page);
        });
    }

    /** @return the node's URL, {@code http://127.0.0.1:PORT/} */
    public URI url() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/");
    }

    /** Stops the server at once. */
    @Override
    public void close() {
        server.stop(0);
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private static JsonNode answerBatch(JsonNode requests, Map<String, String> table) throws IOException {
        var answers = JSON.createArrayNode();
        for (JsonNode request : requests) {
            answers.add(answer(request, table));
        }
        return answers;
    }

    private static JsonNode answer(JsonNode request, Map<String, String> table) throws IOException {
        ObjectNode response = JSON.createObjectNode();
        response.put("jsonrpc", "2.0");
        response.set("id", request.path("id"));
        String method = request.path("method").asText("");
        String result = table.get(method);
        if (result != null) {
            response.set("result", JSON.readTree(result));
        } else {
            ObjectNode error = response.putObject("error");
            error.put("code", -32601);
            error.put("message", "the method " + method + " does not exist/is not available");
        }
        return response;
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readAllBytes();
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
