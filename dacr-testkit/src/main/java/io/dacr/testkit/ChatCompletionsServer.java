package io.dacr.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dacr.api.ComputeStep;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Submission;
import io.dacr.api.TraceStep;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server, in process on 127.0.0.1, that speaks OpenAI's chat-completions protocol and
 * answers with a {@link Model} the test supplies: the way to run the miner harness, {@code dacr mine},
 * {@code dacr run} or {@code dacr bench} end to end over real HTTP without a model. Every path answers
 * {@code POST} with the model's reply; replies are non-streaming {@code chat.completion} objects with a
 * fixed usage of 12 prompt and 3 completion tokens, or the error status the model chose.
 *
 * <p>The model sees each request as a {@link Request}: its messages, the challenge id named by the
 * miner harness's prompt ({@code "Challenge <id> (domain …"}) and how many of the model's own replies
 * the conversation already holds (0 on a first try, 1 after one feedback or re-ask, …). Ready-made
 * models answer with a challenge's oracle submission ({@link #oracle}), or wrongly first and with the
 * oracle after feedback ({@link #wrongThenOracle}).
 *
 * <pre>{@code
 * Map<String, Submission> oracles = Map.of(g.challenge().id().toString(), g.oracle());
 * try (ChatCompletionsServer server = ChatCompletionsServer.start(ChatCompletionsServer.oracle(oracles))) {
 *     LlmBackend model = new OpenAiCompatibleProvider().create(LlmConfig.builder(server.baseUrl(), "m").build());
 *     ...
 * }
 * }</pre>
 *
 * <p>Safe for concurrent requests: the model is called from the server's threads and must be
 * thread-safe itself.
 */
public final class ChatCompletionsServer implements AutoCloseable {

    /** The usage every successful reply reports: 12 prompt tokens and 3 completion tokens. */
    public static final int TOKENS_PER_REPLY = 15;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CHALLENGE = Pattern.compile("Challenge (\\S+) \\(domain");

    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicInteger requests = new AtomicInteger();

    /** What the server answers to one request. */
    @FunctionalInterface
    public interface Model {

        /**
         * @param request the request
         * @return the reply
         */
        Reply answer(Request request);
    }

    /**
     * One chat-completions request as the model sees it.
     *
     * @param number the request's number on this server, from 1
     * @param body the raw request body
     * @param messages the conversation, in order
     * @param challengeId the challenge id the first user message names ("Challenge ID (domain …"), or ""
     */
    public record Request(int number, String body, List<Message> messages, String challengeId) {

        /** Copies the messages. */
        public Request {
            Objects.requireNonNull(body, "body");
            messages = List.copyOf(messages);
            Objects.requireNonNull(challengeId, "challengeId");
        }

        /** @return how many replies of the model the conversation holds: 0 on a first try */
        public int earlierReplies() {
            return (int) messages.stream().filter(m -> m.role().equals("assistant")).count();
        }

        /** @return the last message's content, or "" for none */
        public String lastMessage() {
            return messages.isEmpty() ? "" : messages.get(messages.size() - 1).content();
        }
    }

    /**
     * One message of a conversation.
     *
     * @param role {@code system}, {@code user} or {@code assistant}
     * @param content its text
     */
    public record Message(String role, String content) {
    }

    /**
     * What the server sends back.
     *
     * @param status the HTTP status
     * @param body the response body
     */
    public record Reply(int status, String body) {

        /** @throws NullPointerException if {@code body} is null */
        public Reply {
            Objects.requireNonNull(body, "body");
        }

        /**
         * @param content what the model says
         * @return a 200 {@code chat.completion} carrying it, finish reason {@code stop}
         */
        public static Reply content(String content) {
            ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-test").put("object", "chat.completion")
                    .put("model", "served-model");
            ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", content);
            root.putObject("usage").put("prompt_tokens", 12).put("completion_tokens", 3)
                    .put("total_tokens", TOKENS_PER_REPLY);
            return new Reply(200, root.toString());
        }

        /**
         * @param status an HTTP error status, e.g. 500
         * @param message the error message, in OpenAI's {@code {"error": {"message"}}} body
         * @return the error reply
         */
        public static Reply error(int status, String message) {
            ObjectNode root = JSON.createObjectNode();
            root.putObject("error").put("message", message);
            return new Reply(status, root.toString());
        }
    }

    private ChatCompletionsServer(Model model) throws IOException {
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "dacr-test-chat-server");
            t.setDaemon(true);
            return t;
        });
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Reply reply;
                try {
                    reply = model.answer(request(requests.incrementAndGet(), body));
                } catch (RuntimeException e) {
                    reply = Reply.error(500, "the test model failed: " + e);
                }
                send(exchange, reply);
            }
        });
        server.start();
    }

    /**
     * Starts a server on a free port of 127.0.0.1.
     *
     * @param model what it answers
     * @return the running server; close it when done
     * @throws UncheckedIOException if no server socket can be opened
     */
    public static ChatCompletionsServer start(Model model) {
        Objects.requireNonNull(model, "model");
        try {
            return new ChatCompletionsServer(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test chat server", e);
        }
    }

    /** @return the base URL to give a back end, {@code http://127.0.0.1:PORT/v1} */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    /** @return how many requests the server has received */
    public int requests() {
        return requests.get();
    }

    /** Stops the server at once. Idempotent. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /**
     * A model that answers every prompt with the oracle submission of the challenge it names, in the
     * miner harness's reply format ({@link #replyText}); a challenge it does not know gets a prose
     * reply without JSON, which the harness cannot read.
     *
     * @param oracles submissions by challenge id text, looked up at each request (so it may be filled after
     *     the server starts; use a thread-safe map then)
     * @return the model
     */
    public static Model oracle(Map<String, Submission> oracles) {
        Objects.requireNonNull(oracles, "oracles");
        return request -> Reply.content(replyOrUnknown(oracles, request.challengeId(), Function.identity()));
    }

    /**
     * A model that gets every answer wrong on its first try (each answer replaced by {@code "unknown"})
     * and answers with the oracle submission once it has seen feedback: a self-correcting model.
     *
     * @param oracles submissions by challenge id text, looked up at each request
     * @return the model
     */
    public static Model wrongThenOracle(Map<String, Submission> oracles) {
        Objects.requireNonNull(oracles, "oracles");
        return request -> Reply.content(replyOrUnknown(oracles, request.challengeId(),
                request.earlierReplies() == 0 ? ChatCompletionsServer::allWrong : Function.identity()));
    }

    /**
     * A submission written the way the miner harness's prompt asks for it, inside a Markdown fence
     * with a line of prose before it (which the harness must tolerate).
     *
     * @param submission the submission
     * @return the reply text
     */
    public static String replyText(Submission submission) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode answers = root.putObject("answers");
        for (QuestionAnswer a : submission.answers()) {
            ObjectNode o = answers.putObject(a.questionId()).put("answer", a.answer());
            if (a.citation() != null) {
                o.put("citation", a.citation());
            }
            if (a.confidence() != null) {
                o.put("confidence", a.confidence());
            }
        }
        root.put("artifact", submission.artifact());
        ArrayNode trace = root.putArray("trace");
        for (TraceStep step : submission.trace()) {
            ObjectNode o = trace.addObject().put("type", step.type());
            if (step instanceof ExtractFactStep e) {
                o.put("targetEntity", e.targetEntity()).put("attribute", e.attribute())
                        .put("valueExtracted", e.valueExtracted()).put("source", e.source());
            } else if (step instanceof ComputeStep c) {
                o.put("op", c.op());
                c.inputs().forEach(o.putArray("inputs")::add);
                o.put("result", c.result());
            }
        }
        return "I have read the document.\n```json\n" + root.toPrettyString() + "\n```\n";
    }

    private static Submission allWrong(Submission s) {
        List<QuestionAnswer> wrong = new ArrayList<>();
        for (QuestionAnswer a : s.answers()) {
            wrong.add(new QuestionAnswer(a.questionId(), "unknown", a.citation(), a.confidence()));
        }
        return new Submission(s.challengeId(), s.artifact(), wrong, s.trace());
    }

    private static String replyOrUnknown(Map<String, Submission> oracles, String challengeId,
                                         Function<Submission, Submission> change) {
        Submission s = oracles.get(challengeId);
        return s == null ? "I do not know challenge " + challengeId + "." : replyText(change.apply(s));
    }

    private static Request request(int number, String body) {
        List<Message> messages = new ArrayList<>();
        try {
            JsonNode list = JSON.readTree(body).path("messages");
            for (JsonNode m : list) {
                messages.add(new Message(m.path("role").asText(""), m.path("content").asText("")));
            }
        } catch (JsonProcessingException e) {
            // Not JSON: the model sees no messages and the raw body.
        }
        String challengeId = "";
        for (Message m : messages) {
            if (m.role().equals("user")) {
                Matcher matcher = CHALLENGE.matcher(m.content());
                challengeId = matcher.find() ? matcher.group(1) : "";
                break;
            }
        }
        return new Request(number, body, messages, challengeId);
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
