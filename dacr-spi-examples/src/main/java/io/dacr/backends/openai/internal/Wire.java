package io.dacr.backends.openai.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.LlmException;
import io.dacr.api.spi.ChatMessage;
import io.dacr.api.spi.ChatRequest;
import io.dacr.api.spi.ChatResponse;
import io.dacr.api.spi.LlmConfig;
import io.dacr.api.spi.TokenUsage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The chat-completions wire format: the request body, the response (whole or streamed) and errors. */
public final class Wire {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final int ERROR_SNIPPET = 300;

    private Wire() {
    }

    /**
     * @param config model and sampling settings
     * @param request the conversation
     * @param stream whether to ask for server-sent events
     * @return the JSON request body
     */
    public static String requestBody(LlmConfig config, ChatRequest request, boolean stream) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", config.model());
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage m : request.messages()) {
            messages.addObject().put("role", m.role().name().toLowerCase(Locale.ROOT)).put("content", m.content());
        }
        body.put("max_tokens", config.maxTokens());
        if (config.temperature() != null) {
            body.put("temperature", config.temperature());
        }
        if (config.seed() != null) {
            body.put("seed", config.seed().longValue());
        }
        if (stream) {
            body.put("stream", true);
            body.putObject("stream_options").put("include_usage", true);
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    /**
     * @param body a whole (non-streamed) response body of status 200
     * @param requestedModel the model asked, used when the response names none
     * @return the reply
     * @throws LlmException of kind MALFORMED_RESPONSE if it is not a chat completion with a choice
     */
    public static ChatResponse response(String body, String requestedModel) {
        JsonNode root = parse(body);
        failIfError(root);
        JsonNode choices = root.path("choices");
        if (!choices.isArray() || choices.isEmpty()) {
            throw malformed("the response has no choices", null);
        }
        JsonNode choice = choices.get(0);
        JsonNode content = choice.path("message").path("content");
        if (!content.isTextual()) {
            throw malformed("the first choice has no message content", null);
        }
        return new ChatResponse(content.textValue(), model(root, requestedModel), choice.path("finish_reason").asText(""),
                usage(root.path("usage")));
    }

    /**
     * @param body a whole server-sent-event stream of status 200 ({@code data: {chunk}} lines, then
     *     {@code data: [DONE]})
     * @param requestedModel the model asked, used when the chunks name none
     * @return the reply assembled from the chunks' deltas, with the usage of the final chunk
     * @throws LlmException of kind MALFORMED_RESPONSE if a chunk is not JSON or the stream ends before
     *     {@code [DONE]}; SERVER_ERROR if the stream carries an error
     */
    public static ChatResponse stream(String body, String requestedModel) {
        StringBuilder content = new StringBuilder();
        String model = null;
        String finish = "";
        TokenUsage usage = TokenUsage.UNKNOWN;
        boolean done = false;
        boolean sawChoice = false;
        for (String line : body.split("\r?\n", -1)) {
            if (!line.startsWith("data:")) {
                continue;   // comments, event names, ids, blank separators
            }
            String data = line.substring(5).strip();
            if (data.equals("[DONE]")) {
                done = true;
                break;
            }
            JsonNode chunk = parse(data);
            failIfError(chunk);
            if (model == null && chunk.path("model").isTextual()) {
                model = chunk.path("model").textValue();
            }
            if (chunk.path("usage").isObject()) {
                usage = usage(chunk.path("usage"));
            }
            JsonNode choices = chunk.path("choices");
            if (choices.isArray() && !choices.isEmpty()) {
                sawChoice = true;
                JsonNode choice = choices.get(0);
                JsonNode delta = choice.path("delta").path("content");
                if (delta.isTextual()) {
                    content.append(delta.textValue());
                }
                if (choice.path("finish_reason").isTextual()) {
                    finish = choice.path("finish_reason").textValue();
                }
            }
        }
        if (!done) {
            throw malformed("the event stream ended before [DONE]", null);
        }
        if (!sawChoice) {
            throw malformed("the event stream has no choices", null);
        }
        return new ChatResponse(content.toString(), model == null ? requestedModel : model, finish, usage);
    }

    /**
     * @param status an HTTP status other than 200
     * @param body the response body, for the server's message
     * @return the typed error: 401/403 authentication, 408 timeout, 429 rate limit, 5xx server error,
     *     anything else an invalid request
     */
    public static LlmException statusError(int status, String body) {
        LlmException.Kind kind;
        if (status == 401 || status == 403) {
            kind = LlmException.Kind.AUTHENTICATION;
        } else if (status == 408) {
            kind = LlmException.Kind.TIMEOUT;
        } else if (status == 429) {
            kind = LlmException.Kind.RATE_LIMITED;
        } else if (status >= 500 && status <= 599) {
            kind = LlmException.Kind.SERVER_ERROR;
        } else {
            kind = LlmException.Kind.INVALID_REQUEST;
        }
        String detail = serverMessage(body);
        return new LlmException(kind, status, "HTTP " + status + (detail.isEmpty() ? "" : ": " + detail), null);
    }

    /**
     * @param value a Retry-After header: delay seconds or an HTTP date
     * @param now the current instant, for a date
     * @return the delay asked for, or null if the header is absent or unreadable
     */
    public static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static String serverMessage(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String message;
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode error = root.path("error");
            message = error.isTextual() ? error.textValue()
                    : error.path("message").isTextual() ? error.path("message").textValue() : body.strip();
        } catch (JsonProcessingException e) {
            message = body.strip();
        }
        message = message.replaceAll("[\\r\\n\\t]+", " ");
        return message.length() > ERROR_SNIPPET ? message.substring(0, ERROR_SNIPPET) + "…" : message;
    }

    private static void failIfError(JsonNode root) {
        if (root.has("error") && !root.path("error").isNull()) {
            throw new LlmException(LlmException.Kind.SERVER_ERROR, 200,
                    "the server reported an error: " + serverMessage(root.toString()), null);
        }
    }

    private static JsonNode parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.isObject()) {
                throw malformed("the response is not a JSON object", null);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw malformed("the response is not valid JSON (truncated?): " + e.getOriginalMessage(), e);
        }
    }

    private static String model(JsonNode root, String requested) {
        return root.path("model").isTextual() && !root.path("model").textValue().isBlank()
                ? root.path("model").textValue() : requested;
    }

    private static TokenUsage usage(JsonNode usage) {
        long prompt = usage.path("prompt_tokens").asLong(0);
        long completion = usage.path("completion_tokens").asLong(0);
        return prompt < 0 || completion < 0 ? TokenUsage.UNKNOWN : new TokenUsage(prompt, completion);
    }

    private static LlmException malformed(String message, Throwable cause) {
        return new LlmException(LlmException.Kind.MALFORMED_RESPONSE, 200, message, cause);
    }
}
