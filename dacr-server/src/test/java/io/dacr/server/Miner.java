package io.dacr.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/** A miner with a real secp256k1 wallet, talking HTTP to a coordinator on 127.0.0.1. */
final class Miner {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    final Credentials wallet;
    String token;

    Miner(int n) {
        // Distinct, fixed keys: the test is reproducible.
        this.wallet = Credentials.create(ECKeyPair.create(java.math.BigInteger.valueOf(1_000_003L * (n + 1))));
    }

    String address() {
        return wallet.getAddress().toLowerCase(java.util.Locale.ROOT);
    }

    /** A server answer. */
    record Answer(int status, Map<String, java.util.List<String>> headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String errorCode() {
            return json().path("error").path("code").asText();
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    static String personalSign(String message, ECKeyPair key) {
        Sign.SignatureData s = Sign.signPrefixedMessage(message.getBytes(StandardCharsets.UTF_8), key);
        return "0x" + HexFormat.of().formatHex(s.getR()) + HexFormat.of().formatHex(s.getS()) + HexFormat.of().formatHex(s.getV());
    }

    Miner signIn(int port) {
        Answer nonce = post(port, "/v1/auth/nonce", "{\"address\":\"" + Keys.toChecksumAddress(address()) + "\"}", Map.of());
        JsonNode n = nonce.json();
        String signature = personalSign(n.get("message").asText(), wallet.getEcKeyPair());
        Answer verified = post(port, "/v1/auth/verify", "{\"address\":\"" + address() + "\",\"nonce\":\""
                + n.get("nonce").asText() + "\",\"signature\":\"" + signature + "\"}", Map.of());
        if (verified.status() != 200) {
            throw new AssertionError("sign-in failed: " + verified);
        }
        token = verified.json().get("token").asText();
        return this;
    }

    Answer challenge(int port) {
        return get(port, "/v1/challenge");
    }

    Answer submit(int port, String body, String idempotencyKey) {
        return post(port, "/v1/submit", body, Map.of("Idempotency-Key", idempotencyKey));
    }

    Answer get(int port, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    Answer post(int port, String path, String body, Map<String, String> headers) {
        return post(port, path, body.getBytes(StandardCharsets.UTF_8), "application/json", headers);
    }

    Answer post(int port, String path, byte[] body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        return send(b.build());
    }

    static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
