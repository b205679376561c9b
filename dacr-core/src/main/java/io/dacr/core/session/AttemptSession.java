package io.dacr.core.session;

import io.dacr.api.AnswerKey;
import io.dacr.api.Attempt;
import io.dacr.api.Challenge;
import io.dacr.api.Outcome;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import io.dacr.api.Verifier;
import io.dacr.api.internal.Checks;
import io.dacr.core.json.AttemptOrigin;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.session.internal.StorableText;
import io.dacr.core.session.internal.TrapMatcher;
import io.dacr.core.verify.DacrVerifier;
import io.dacr.core.verify.policy.PassRule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One solver's attempts at one challenge: at most {@code maxAttempts} graded attempts (default 3)
 * inside a time window (default 15 minutes from opening), one at a time, none after a pass. Every
 * accepted attempt is graded, given feedback under the session's {@link FeedbackPolicy} and recorded in
 * the {@link AttemptStore} before {@link #submit} returns. Thread-safe: a submission that arrives while
 * another is being graded is refused at once ({@link RefusalReason#IN_FLIGHT}), never queued.
 *
 * <pre>{@code
 * AttemptSession session = AttemptSession.builder("session-42", challenge, key, store)
 *         .modelId("gpt-4o-2024-08-06")
 *         .clock(Clock.systemUTC())
 *         .build();                         // opens now
 * SubmitResult result = session.submit(submission);
 * }</pre>
 */
public final class AttemptSession {

    /** Attempts a session allows unless told otherwise. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** How long a session stays open unless told otherwise. */
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);

    private final String sessionId;
    private final Challenge challenge;
    private final String challengeIdText;
    private final AnswerKey key;
    private final AttemptStore store;
    private final Verifier verifier;
    private final int requiredAnswers;
    private final String modelId;
    private final Clock clock;
    private final int maxAttempts;
    private final FeedbackPolicy feedback;
    private final Instant openedAt;
    private final Instant expiresAt;

    // Guarded by this: short critical sections only; grading and recording run outside them.
    private int used;
    private boolean inFlight;
    private boolean passed;
    private Instant lastShownAt;

    private AttemptSession(Builder b) {
        this.sessionId = b.sessionId;
        this.challenge = b.challenge;
        this.challengeIdText = b.challenge.id().toString();
        this.key = b.key;
        this.store = b.store;
        this.verifier = b.verifier;
        PassRule rule = b.passRule != null ? b.passRule
                : b.verifier instanceof DacrVerifier dacr ? dacr.passRule() : PassRule.defaults();
        this.requiredAnswers = rule.requiredAnswers(b.challenge.questions().size());
        this.modelId = b.modelId;
        SessionSettings settings = b.sessionSettings();
        this.clock = settings.clock();
        this.maxAttempts = settings.maxAttempts();
        this.feedback = settings.feedback();
        this.openedAt = clock.instant();
        this.expiresAt = openedAt.plus(settings.window());
        this.lastShownAt = openedAt;
    }

    /**
     * @param sessionId the session's id, recorded with every attempt (not blank)
     * @param challenge the challenge the solver was shown
     * @param key its answer key
     * @param store where accepted attempts are recorded
     * @return a builder with the defaults: 3 attempts, 15 minutes, {@link FeedbackPolicy#COUNTS}, the
     *     default {@link DacrVerifier}, the UTC system clock, model id {@code unknown}
     * @throws IllegalArgumentException if an argument is null or blank, or the key belongs to another
     *     challenge
     */
    public static Builder builder(String sessionId, Challenge challenge, AnswerKey key, AttemptStore store) {
        return new Builder(sessionId, challenge, key, store);
    }

    /**
     * Grades and records a submission, or refuses it. Checks, in this order: the challenge id
     * ({@link RefusalReason#WRONG_CHALLENGE}), an earlier pass ({@link RefusalReason#ALREADY_PASSED}),
     * attempts used ({@link RefusalReason#NO_ATTEMPTS_LEFT}), the window at the moment of arrival
     * ({@link RefusalReason#EXPIRED}), another attempt being graded ({@link RefusalReason#IN_FLIGHT}).
     * An attempt counts once it is recorded; if recording fails the attempt is not counted. A
     * submission graded MALFORMED is recorded as a copy a JSON line can hold (unpaired surrogates
     * replaced by U+FFFD, strings cut at 65,536 characters, a confidence of more than 999 decimal places
     * dropped) when it needs one; its verdict says what was wrong.
     *
     * @param submission the submission
     * @return the accepted attempt with its feedback, or the refusal
     * @throws IllegalArgumentException if {@code submission} is null
     * @throws java.io.UncheckedIOException if the store cannot record the attempt
     */
    public SubmitResult submit(Submission submission) {
        return submit(submission, null);
    }

    /**
     * Grades and records a submission made by a model, keeping where it came from in the record; otherwise
     * exactly {@link #submit(Submission)}.
     *
     * @param submission the submission
     * @param origin the prompt version, strategy, raw reply and token usage behind it, or null for none
     * @return the accepted attempt with its feedback, or the refusal
     * @throws IllegalArgumentException if {@code submission} is null
     * @throws java.io.UncheckedIOException if the store cannot record the attempt
     */
    public SubmitResult submit(Submission submission, AttemptOrigin origin) {
        Checks.notNull(submission, "submission");
        Instant arrivedAt;
        Duration elapsed;
        int number;
        synchronized (this) {
            SubmitResult.Refused refused = refusal(submission);
            if (refused != null) {
                return refused;
            }
            arrivedAt = clock.instant();
            if (!arrivedAt.isBefore(expiresAt)) {
                return new SubmitResult.Refused(RefusalReason.EXPIRED,
                        "the session closed at " + expiresAt + "; the submission arrived at " + arrivedAt);
            }
            if (inFlight) {
                return new SubmitResult.Refused(RefusalReason.IN_FLIGHT, "another attempt of this session is being graded");
            }
            inFlight = true;
            number = used + 1;
            // A clock that steps back must not make a negative duration.
            elapsed = arrivedAt.isAfter(lastShownAt) ? Duration.between(lastShownAt, arrivedAt) : Duration.ZERO;
        }
        boolean stored = false;
        try {
            Verdict verdict = verifier.verify(challenge, key, submission);
            int attemptsLeft = verdict.passed() ? 0 : maxAttempts - number;
            String shown = feedback.render(verdict, challenge.constraints().size(), requiredAnswers, attemptsLeft);
            // A MALFORMED submission may hold what no record can (see StorableText); any other is kept as is.
            Submission recorded = verdict.outcome() == Outcome.MALFORMED ? StorableText.submission(submission) : submission;
            Attempt attempt = new Attempt(sessionId, challengeIdText, number, modelId, recorded, verdict, shown,
                    arrivedAt, elapsed);
            List<String> trapped = TrapMatcher.trappedQuestions(key, submission, verdict);
            AttemptRecord record = new AttemptRecord(attempt, trapped, StorableText.origin(origin));
            store.append(record);
            synchronized (this) {
                used = number;
                passed = verdict.passed();
                lastShownAt = clock.instant();
                inFlight = false;
            }
            stored = true;
            return new SubmitResult.Accepted(record, attemptsLeft);
        } finally {
            if (!stored) {
                synchronized (this) {
                    inFlight = false;
                }
            }
        }
    }

    private SubmitResult.Refused refusal(Submission submission) {
        if (!challengeIdText.equals(submission.challengeId())) {
            return new SubmitResult.Refused(RefusalReason.WRONG_CHALLENGE,
                    "this session is for challenge " + challengeIdText);
        }
        if (passed) {
            return new SubmitResult.Refused(RefusalReason.ALREADY_PASSED, "an earlier attempt passed");
        }
        if (used >= maxAttempts) {
            return new SubmitResult.Refused(RefusalReason.NO_ATTEMPTS_LEFT,
                    "all " + maxAttempts + " attempts have been used");
        }
        return null;
    }

    /** @return the session's id */
    public String sessionId() {
        return sessionId;
    }

    /** @return the challenge attempted */
    public Challenge challenge() {
        return challenge;
    }

    /** @return when the session opened (when it was built) */
    public Instant openedAt() {
        return openedAt;
    }

    /** @return the first instant at which submissions are refused as {@link RefusalReason#EXPIRED} */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** @return how many attempts the session allows */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return how many attempts have been graded and recorded */
    public synchronized int attemptsUsed() {
        return used;
    }

    /** @return true if a recorded attempt passed */
    public synchronized boolean passed() {
        return passed;
    }

    /**
     * Options of an {@link AttemptSession}; {@link #build()} opens the session at the clock's instant. The
     * session options (attempts, window, feedback, clock) are {@link SessionOptions}'.
     */
    public static final class Builder extends SessionOptions<Builder> {

        private final String sessionId;
        private final Challenge challenge;
        private final AnswerKey key;
        private final AttemptStore store;
        private Verifier verifier = DacrVerifier.builder().build();
        private PassRule passRule;
        private String modelId = "unknown";

        private Builder(String sessionId, Challenge challenge, AnswerKey key, AttemptStore store) {
            super(SessionSettings.defaults());
            this.sessionId = Checks.notBlank(sessionId, "sessionId");
            this.challenge = Checks.notNull(challenge, "challenge");
            this.key = Checks.notNull(key, "key");
            Checks.requireArgument(key.challengeId().equals(challenge.id()),
                    "the key belongs to challenge %s, not %s", key.challengeId(), challenge.id());
            this.store = Checks.notNull(store, "store");
        }

        /**
         * @param verifier the verifier that grades attempts; thread-safe
         * @return this builder
         * @throws IllegalArgumentException if null
         */
        public Builder verifier(Verifier verifier) {
            this.verifier = Checks.notNull(verifier, "verifier");
            return this;
        }

        /**
         * @param passRule the rule whose required answer count feedback reports; by default the
         *     verifier's own if it is a {@link DacrVerifier}, else {@link PassRule#defaults()}
         * @return this builder
         * @throws IllegalArgumentException if null
         */
        public Builder passRule(PassRule passRule) {
            this.passRule = Checks.notNull(passRule, "passRule");
            return this;
        }

        /**
         * @param modelId who makes the attempts, recorded with each
         * @return this builder
         * @throws IllegalArgumentException if null or blank
         */
        public Builder modelId(String modelId) {
            this.modelId = Checks.notBlank(modelId, "modelId");
            return this;
        }

        /** @return the session, opened at the clock's current instant */
        public AttemptSession build() {
            return new AttemptSession(this);
        }
    }
}
