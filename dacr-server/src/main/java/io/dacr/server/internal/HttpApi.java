package io.dacr.server.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.dacr.api.FormatException;
import io.dacr.api.Submission;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP layer: per-address rate limit, routing by {@link Endpoint}, content-type and size checks,
 * bearer authentication, one request in flight per wallet, idempotency keys, and JSON errors with a
 * stable code. No stack trace, key or secret ever reaches a response.
 */
public final class HttpApi implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");
    private static final Pattern MODEL_ID = Pattern.compile("[\\x21-\\x7e]{1,128}");
    private static final Pattern EPOCH_NUMBER = Pattern.compile("0|[1-9][0-9]{0,17}");
    private static final int MAX_CLAIM_EPOCHS = 64;
    /**
     * Refusals of a submission that a later try of the same request can overcome: the key is released
     * rather than completed with them. An attempt in flight ends; a receipt the ledger did not record
     * is recorded, or its refusal is final, when the same request comes again. Every other refusal is
     * final (the session will not take that attempt), so it is kept as the key's answer.
     */
    private static final Set<ErrorCode> TRANSIENT_REFUSALS = Set.of(ErrorCode.ATTEMPT_IN_FLIGHT, ErrorCode.LEDGER_REFUSED);
    /**
     * How much of a request body that was not read (a refusal before or while reading it) is read and
     * discarded so that the answer reaches the client. The JDK server closes a connection whose request
     * was not read to the end; closing a socket with unread bytes in its receive buffer makes the kernel
     * send a reset, which destroys the answer on its way (the client sees "connection reset" instead of
     * the 413). Bodies declared larger than this are not read: that connection closes, as Tomcat's
     * maxSwallowSize does it.
     */
    static final long SWALLOW_LIMIT = 2L << 20;

    private final Settings settings;
    private final WalletAuth auth;
    private final MiningService mining;
    private final StateStore state;
    private final StateRetention retention;
    private final RateLimiter perAddress;
    private final RateLimiter perMinerChallenge;
    private final java.time.Clock clock;
    private final String skillDocument;
    private final Set<String> walletsInFlight = ConcurrentHashMap.newKeySet();

    /**
     * @param settings rules and limits
     * @param clock the clock
     * @param auth wallet sign-in
     * @param mining the endpoints' work
     * @param state where idempotency keys are kept
     * @param skillDocument the discovery document
     * @param retention forgets expired state; run on request threads when due
     */
    public HttpApi(Settings settings, java.time.Clock clock, WalletAuth auth, MiningService mining, StateStore state,
                   String skillDocument, StateRetention retention) {
        this.retention = retention;
        this.settings = settings;
        this.clock = clock;
        this.auth = auth;
        this.mining = mining;
        this.state = state;
        this.skillDocument = skillDocument;
        this.perAddress = new RateLimiter(clock, java.time.Duration.ofMinutes(1).dividedBy(settings.ipRequestsPerMinute()),
                settings.ipRequestsPerMinute(), 100_000);
        this.perMinerChallenge = new RateLimiter(clock, settings.challengeInterval(), 1, 1_000_000);
    }

    private record Response(int status, String contentType, byte[] body) {
        static Response json(int status, String body) {
            return new Response(status, "application/json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void handle(HttpExchange exchange) {
        Response response;
        long retryAfter = 0;
        try {
            retention.runIfDue();
            response = dispatch(exchange);
        } catch (ApiError e) {
            retryAfter = e.retryAfterSeconds();
            response = error(e);
        } catch (RuntimeException | IOException e) {
            LOG.error("request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
            response = error(new ApiError(ErrorCode.INTERNAL_ERROR, "the coordinator failed; the request changed nothing"));
        }
        try {
            var headers = exchange.getResponseHeaders();
            headers.set("Content-Type", response.contentType());
            headers.set("Cache-Control", "no-store");
            headers.set("X-Content-Type-Options", "nosniff");
            if (retryAfter > 0) {
                headers.set("Retry-After", Long.toString(retryAfter));
            }
            if (response.status() == 405) {
                Endpoint e = Endpoint.atPath(exchange.getRequestURI().getPath());
                headers.set("Allow", e == null ? "" : e.method());
            }
            if (!swallowRestOfBody(exchange)) {
                headers.set("Connection", "close");
            }
            exchange.sendResponseHeaders(response.status(), response.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        } catch (IOException e) {
            LOG.debug("the client went away before the answer was written: {}", e.getMessage());
        } finally {
            exchange.close();
        }
    }

    private Response dispatch(HttpExchange exchange) throws IOException {
        String client = exchange.getRemoteAddress().getAddress().getHostAddress();
        long wait = perAddress.acquire(client);
        if (wait > 0) {
            throw new ApiError(ErrorCode.RATE_LIMITED, "too many requests from " + client, wait);
        }
        String path = exchange.getRequestURI().getPath();
        Endpoint endpoint = Endpoint.atPath(path);
        if (endpoint == null) {
            throw new ApiError(ErrorCode.NOT_FOUND, "no endpoint " + path);
        }
        if (!endpoint.method().equals(exchange.getRequestMethod())) {
            throw new ApiError(ErrorCode.METHOD_NOT_ALLOWED, path + " takes " + endpoint.method());
        }
        byte[] body = endpoint.method().equals("POST") ? body(exchange) : new byte[0];
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if (!endpoint.authenticated()) {
            return switch (endpoint) {
                case SKILL -> new Response(200, "text/markdown; charset=utf-8", skillDocument.getBytes(StandardCharsets.UTF_8));
                case AUTH_NONCE -> nonce(body);
                case AUTH_VERIFY -> verify(body);
                case EPOCH -> Response.json(200, mining.epoch(epochParameter(query, "epoch", false)));
                case CREDITS -> Response.json(200, mining.credits(WalletAuth.normalizedAddress(required(query, "miner")),
                        epochParameter(query, "epoch", false)));
                case CHALLENGE, SUBMIT, CLAIM_CALLDATA -> throw new IllegalStateException(endpoint + " is authenticated");
            };
        }
        String miner = auth.authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
        if (!walletsInFlight.add(miner)) {
            throw new ApiError(ErrorCode.REQUEST_IN_FLIGHT, "this wallet already has a request in flight", 1);
        }
        try {
            return switch (endpoint) {
                case CHALLENGE -> {
                    long minerWait = perMinerChallenge.acquire(miner);
                    if (minerWait > 0) {
                        throw new ApiError(ErrorCode.RATE_LIMITED, "one challenge request per "
                                + settings.challengeInterval().toSeconds() + " s per miner", minerWait);
                    }
                    yield Response.json(200, mining.challenge(miner));
                }
                case SUBMIT -> submit(exchange, miner, body);
                case CLAIM_CALLDATA -> Response.json(200, mining.claimCalldata(miner, epochs(required(query, "epochs"))));
                case SKILL, AUTH_NONCE, AUTH_VERIFY, EPOCH, CREDITS -> throw new IllegalStateException(endpoint + " is public");
            };
        } finally {
            walletsInFlight.remove(miner);
        }
    }

    private Response nonce(byte[] body) {
        JsonNode request = object(body, Set.of("address"));
        WalletAuth.IssuedNonce issued = auth.issueNonce(text(request, "address"));
        ObjectNode json = JSON.createObjectNode();
        json.put("address", issued.address());
        json.put("nonce", issued.nonce());
        json.put("message", issued.message());
        json.put("expiresAt", issued.expiresAt().toString());
        return Response.json(200, json.toString());
    }

    private Response verify(byte[] body) {
        JsonNode request = object(body, Set.of("address", "nonce", "signature"));
        WalletAuth.IssuedToken token = auth.signIn(text(request, "address"), text(request, "nonce"), text(request, "signature"));
        ObjectNode json = JSON.createObjectNode();
        json.put("miner", token.miner());
        json.put("tokenType", "Bearer");
        json.put("token", token.token());
        json.put("expiresAt", token.expiresAt().toString());
        return Response.json(200, json.toString());
    }

    private Response submit(HttpExchange exchange, String miner, byte[] body) {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (key == null || !IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw new ApiError(ErrorCode.INVALID_REQUEST,
                    "send an Idempotency-Key header of 8 to 128 characters from A-Z a-z 0-9 . _ : -");
        }
        String model = exchange.getRequestHeaders().getFirst("X-Dacr-Model");
        if (model != null && !MODEL_ID.matcher(model).matches()) {
            throw new ApiError(ErrorCode.INVALID_REQUEST, "X-Dacr-Model is 1 to 128 printable ASCII characters");
        }
        Submission submission;
        try {
            submission = DacrJson.read(DocumentFormat.SUBMISSION, body);
        } catch (FormatException e) {
            throw new ApiError(ErrorCode.INVALID_JSON, e.getMessage());
        }
        java.time.Instant now = clock.instant();
        KeyReservation reservation = state.reserveKey(miner, key, Hmac.sha256Hex(body), now,
                now.plus(settings.reservationTimeout()));
        if (reservation instanceof KeyReservation.Replay replay) {
            return new Response(replay.response().status(), "application/json; charset=utf-8", replay.response().bytes());
        }
        if (reservation instanceof KeyReservation.InFlight) {
            throw new ApiError(ErrorCode.ATTEMPT_IN_FLIGHT, "a request with this Idempotency-Key is being processed");
        }
        if (reservation instanceof KeyReservation.Mismatch) {
            throw new ApiError(ErrorCode.IDEMPOTENCY_KEY_REUSED, "this Idempotency-Key was used with another body");
        }
        StoredResponse answer;
        try {
            answer = new StoredResponse(200, mining.submit(miner, submission, model == null ? "unknown" : model));
        } catch (ApiError e) {
            if (TRANSIENT_REFUSALS.contains(e.code())) {
                // The refusal tells the client to retry with this key: a stored refusal would answer that
                // retry with the same refusal for ever.
                state.releaseKey(miner, key);
                throw e;
            }
            answer = new StoredResponse(e.code().status(), errorBody(e));
        } catch (RuntimeException e) {
            state.releaseKey(miner, key);
            throw e;
        }
        state.completeKey(miner, key, answer, clock.instant());
        return new Response(answer.status(), "application/json; charset=utf-8", answer.bytes());
    }

    private byte[] body(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (!isJson(type)) {
            throw new ApiError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json, not "
                    + (type == null ? "without a Content-Type" : "'" + type + "'"));
        }
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > settings.maxBodyBytes()) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                throw new ApiError(ErrorCode.INVALID_REQUEST, "Content-Length is not a number");
            }
        }
        // Not closed here: closing discards what is left unread, and handle() swallows that first.
        InputStream in = exchange.getRequestBody();
        byte[] bytes = in.readNBytes(settings.maxBodyBytes() + 1);
        if (bytes.length > settings.maxBodyBytes()) {
            throw tooLarge();
        }
        return bytes;
    }

    /**
     * Reads and discards what is left of the request body, up to {@link #SWALLOW_LIMIT}.
     *
     * @return true if the body was read to its end (the connection can serve another request)
     */
    private static boolean swallowRestOfBody(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            if (length != null && Long.parseLong(length.strip()) > SWALLOW_LIMIT) {
                return false;
            }
        } catch (NumberFormatException e) {
            return false;
        }
        byte[] scratch = new byte[8192];
        long left = SWALLOW_LIMIT;
        try {
            InputStream in = exchange.getRequestBody();
            while (left > 0) {
                int n = in.read(scratch, 0, (int) Math.min(scratch.length, left));
                if (n < 0) {
                    return true;
                }
                left -= n;
            }
            return in.read() < 0;
        } catch (IOException e) {
            return false;
        }
    }

    private ApiError tooLarge() {
        return new ApiError(ErrorCode.PAYLOAD_TOO_LARGE, "a body has at most " + settings.maxBodyBytes() + " bytes");
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        // The limit -1 keeps empty parts: ";".split(";") is an empty array, which has no media type.
        String[] parts = contentType.split(";", -1);
        if (!parts[0].strip().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].strip().split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset")
                    && (parameter.length < 2 || !parameter[1].strip().replace("\"", "").equalsIgnoreCase("utf-8"))) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode object(byte[] body, Set<String> members) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiError(ErrorCode.INVALID_JSON, "the body is not valid UTF-8");
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (IOException e) {
            throw new ApiError(ErrorCode.INVALID_JSON, "the body is not JSON");
        }
        if (node == null || !node.isObject()) {
            throw new ApiError(ErrorCode.INVALID_JSON, "the body must be a JSON object with " + new TreeSet<>(members));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!members.contains(name)) {
                throw new ApiError(ErrorCode.INVALID_JSON, "unknown member '" + abbreviated(name) + "'; expected "
                        + new TreeSet<>(members));
            }
        }
        return node;
    }

    private static String text(JsonNode request, String member) {
        JsonNode value = request.get(member);
        if (value == null || !value.isTextual()) {
            throw new ApiError(ErrorCode.INVALID_JSON, "member '" + member + "' must be a string");
        }
        return value.asText();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            try {
                String name = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
                String value = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
                if (parameters.putIfAbsent(name, value) != null) {
                    throw new ApiError(ErrorCode.INVALID_REQUEST, "parameter '" + abbreviated(name) + "' is given twice");
                }
            } catch (IllegalArgumentException e) {
                throw new ApiError(ErrorCode.INVALID_REQUEST, "the query string is not URL-encoded");
            }
        }
        return parameters;
    }

    private static String required(Map<String, String> query, String name) {
        String value = query.get(name);
        if (value == null || value.isEmpty()) {
            throw new ApiError(ErrorCode.INVALID_REQUEST, "parameter '" + name + "' is required");
        }
        return value;
    }

    private static Long epochParameter(Map<String, String> query, String name, boolean required) {
        String value = required ? required(query, name) : query.get(name);
        if (value == null) {
            return null;
        }
        return epochNumber(value, name);
    }

    private static long epochNumber(String value, String name) {
        if (!EPOCH_NUMBER.matcher(value).matches()) {
            throw new ApiError(ErrorCode.INVALID_REQUEST, "parameter '" + name + "' must be an epoch number");
        }
        return Long.parseLong(value);
    }

    private static List<Long> epochs(String value) {
        String[] parts = value.split(",", -1);
        if (parts.length > MAX_CLAIM_EPOCHS) {
            throw new ApiError(ErrorCode.INVALID_REQUEST, "at most " + MAX_CLAIM_EPOCHS + " epochs per claim");
        }
        TreeSet<Long> sorted = new TreeSet<>();
        for (String part : parts) {
            if (!sorted.add(epochNumber(part.strip(), "epochs"))) {
                throw new ApiError(ErrorCode.INVALID_REQUEST, "epoch " + part.strip() + " is listed twice");
            }
        }
        return new ArrayList<>(sorted);
    }

    private static String abbreviated(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static Response error(ApiError e) {
        return Response.json(e.code().status(), errorBody(e));
    }

    private static String errorBody(ApiError e) {
        ObjectNode json = JSON.createObjectNode();
        ObjectNode error = json.putObject("error");
        error.put("status", e.code().status());
        error.put("code", e.code().code());
        error.put("message", e.getMessage() == null ? "" : e.getMessage());
        return json.toString();
    }
}
