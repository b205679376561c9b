package io.dacr.core.miner;

import io.dacr.api.Challenge;
import io.dacr.api.Submission;
import io.dacr.api.internal.Checks;
import io.dacr.api.spi.ChatMessage;
import io.dacr.api.spi.ChatRequest;
import io.dacr.api.spi.ChatResponse;
import io.dacr.api.spi.LlmBackend;
import io.dacr.api.spi.TokenUsage;
import io.dacr.core.json.AttemptOrigin;
import io.dacr.core.json.ParseFailure;
import io.dacr.core.miner.internal.WellFormed;
import io.dacr.core.session.AttemptSession;
import io.dacr.core.session.SubmitResult;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** The {@link MiningContext} of one challenge: counts, records and forwards to session and model. */
final class ChallengeRun implements MiningContext {

    private final AttemptSession session;
    private final LlmBackend backend;
    private final PromptBuilder prompts;
    private final ResponseParser parser;
    private final ParseFailureLog parseFailureLog;
    private final String strategyName;
    private final Clock clock;
    private final int parseRetries;
    private final BooleanSupplier cancelled;
    private final String challengeIdText;

    private int calls;
    private int attempts;
    private int parseFailures;
    private int reasks;
    private boolean lastUnreadable;
    private long promptTokens;
    private long completionTokens;
    private long promptTokensSinceSubmit;
    private long completionTokensSinceSubmit;
    private String refusal = "";

    ChallengeRun(AttemptSession session, LlmBackend backend, PromptBuilder prompts, ResponseParser parser,
                 ParseFailureLog parseFailureLog, String strategyName, Clock clock, int parseRetries,
                 BooleanSupplier cancelled) {
        this.session = session;
        this.backend = backend;
        this.prompts = prompts;
        this.parser = parser;
        this.parseFailureLog = parseFailureLog;
        this.strategyName = strategyName;
        this.clock = clock;
        this.parseRetries = parseRetries;
        this.cancelled = cancelled;
        this.challengeIdText = session.challenge().id().toString();
    }

    @Override
    public Challenge challenge() {
        return session.challenge();
    }

    @Override
    public PromptBuilder prompts() {
        return prompts;
    }

    @Override
    public Reply ask(List<ChatMessage> conversation) {
        checkNotCancelled();
        ChatResponse response = backend.chat(new ChatRequest(conversation));
        calls++;
        if (lastUnreadable) {
            reasks++;
        }
        TokenUsage usage = response.usage();
        promptTokens += usage.promptTokens();
        completionTokens += usage.completionTokens();
        promptTokensSinceSubmit += usage.promptTokens();
        completionTokensSinceSubmit += usage.completionTokens();
        ParsedReply parsed = parser.parse(challengeIdText, response.content());
        lastUnreadable = parsed instanceof ParsedReply.Unreadable;
        if (parsed instanceof ParsedReply.Unreadable unreadable) {
            parseFailures++;
            String problem = unreadable.problem();
            if ("length".equals(response.finishReason())) {
                problem += " (the reply stopped at the token limit)";
            }
            ParseFailure failure = new ParseFailure(session.sessionId(), challengeIdText, backend.modelId(),
                    prompts.version(), strategyName, calls, WellFormed.text(response.content()), WellFormed.text(problem),
                    usage, clock.instant());
            try {
                parseFailureLog.append(failure);
            } catch (RuntimeException e) {
                throw new RecordingException("cannot record unreadable reply " + calls + " of " + challengeIdText
                        + " in the parse-failure log: " + describe(e), e);
            }
        }
        return new Reply(response, parsed);
    }

    @Override
    public SubmitResult submit(Reply reply) {
        Checks.notNull(reply, "reply");
        if (!(reply.parsed() instanceof ParsedReply.Readable readable)) {
            throw new IllegalArgumentException("an unreadable reply cannot be submitted");
        }
        return submit(readable.submission(), reply.text());
    }

    @Override
    public SubmitResult submit(Submission submission, String response) {
        Checks.notNull(submission, "submission");
        Checks.notNull(response, "response");
        checkNotCancelled();
        // The raw reply is kept as well-formed text: a lone surrogate (half an emoji) cannot be written as UTF-8.
        AttemptOrigin origin = new AttemptOrigin(prompts.version(), strategyName, WellFormed.text(response),
                new TokenUsage(promptTokensSinceSubmit, completionTokensSinceSubmit));
        SubmitResult result;
        try {
            result = session.submit(submission, origin);
        } catch (RuntimeException e) {
            // Typed, so the challenge ends as an ERROR that says the record was lost, never as a grading result.
            throw new RecordingException("cannot record attempt " + (session.attemptsUsed() + 1) + " of "
                    + challengeIdText + ": " + describe(e), e);
        }
        if (result instanceof SubmitResult.Accepted) {
            attempts++;
            promptTokensSinceSubmit = 0;
            completionTokensSinceSubmit = 0;
        } else if (result instanceof SubmitResult.Refused refused) {
            refusal = "attempt refused: " + refused.reason() + ": " + refused.message();
        }
        return result;
    }

    @Override
    public int attemptsLeft() {
        return session.passed() ? 0 : session.maxAttempts() - session.attemptsUsed();
    }

    @Override
    public int parseRetriesLeft() {
        return Math.max(0, parseRetries - reasks);
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void checkNotCancelled() {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("mining was cancelled");
        }
    }

    boolean passed() {
        return session.passed();
    }

    int attempts() {
        return attempts;
    }

    int parseFailures() {
        return parseFailures;
    }

    TokenUsage usage() {
        return new TokenUsage(promptTokens, completionTokens);
    }

    String refusal() {
        return refusal;
    }
}
