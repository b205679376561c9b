package io.dacr.server.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.Attempt;
import io.dacr.api.Challenge;
import io.dacr.api.ChallengeId;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.LedgerException;
import io.dacr.api.Submission;
import io.dacr.api.Verdict;
import io.dacr.api.Verifier;
import io.dacr.api.reward.Epoch;
import io.dacr.api.reward.CreditOutcome;
import io.dacr.api.reward.EpochLedger;
import io.dacr.api.reward.EpochState;
import io.dacr.api.reward.Receipt;
import io.dacr.api.reward.ReceiptHasher;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.session.AttemptStore;
import io.dacr.core.session.FeedbackPolicy;
import io.dacr.core.session.TrapDetection;
import io.dacr.core.verify.policy.PassRule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the endpoints do, below HTTP: hand out a miner's current or next challenge, grade a submission in
 * its session, issue, credit and sign the receipt of a pass, and answer questions about epochs and
 * credits. Every decision that must agree across instances goes through the {@link StateStore}.
 */
public final class MiningService {

    private static final Logger LOG = LoggerFactory.getLogger(MiningService.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Settings settings;
    private final Clock clock;
    private final ChallengeSource challenges;
    private final StateStore state;
    private final AttemptStore attempts;
    private final Verifier verifier;
    private final PassRule passRule;
    private final EpochLedger ledger;
    private final ReceiptHasher hasher;
    private final SettlementPort settlement;
    private final AtomicLong latestOpenedEpoch = new AtomicLong(-1);
    /** The ledger's refusals of a receipt that no later try overcomes. */
    private static final Set<LedgerException.Reason> FINAL_REFUSALS = EnumSet.of(LedgerException.Reason.UNKNOWN_EPOCH,
            LedgerException.Reason.EPOCH_NOT_OPEN, LedgerException.Reason.WRONG_SOLVE_INDEX,
            LedgerException.Reason.WRONG_PREVIOUS_HASH);

    /**
     * @param settings rules and limits
     * @param clock the clock
     * @param challenges where challenges come from
     * @param state sessions, keys, nonces
     * @param attempts where attempts are recorded
     * @param verifier the verifier
     * @param passRule the verifier's pass rule (for the required answer count in feedback)
     * @param ledger the epoch ledger
     * @param hasher the receipt hasher
     * @param settlement receipt signing and calldata
     */
    public MiningService(Settings settings, Clock clock, ChallengeSource challenges, StateStore state,
                         AttemptStore attempts, Verifier verifier, PassRule passRule, EpochLedger ledger,
                         ReceiptHasher hasher, SettlementPort settlement) {
        this.settings = settings;
        this.clock = clock;
        this.challenges = challenges;
        this.state = state;
        this.attempts = attempts;
        this.verifier = verifier;
        this.passRule = passRule;
        this.ledger = ledger;
        this.hasher = hasher;
        this.settlement = settlement;
    }

    /** @return the epoch now */
    public long currentEpoch() {
        return settings.schedule().epochAt(clock.instant());
    }

    /**
     * Opens the epoch in the ledger (committing to its secret) unless it, or a later one, is open already.
     * Another instance may open it at the same moment: the loser finds it open.
     *
     * @param epoch the epoch
     */
    void ensureOpen(long epoch) {
        if (latestOpenedEpoch.get() >= epoch) {
            return;
        }
        if (ledger.epoch(epoch).isEmpty()) {
            try {
                ledger.open(epoch, challenges.commitment(epoch));
            } catch (LedgerException e) {
                if (ledger.epoch(epoch).isEmpty()) {
                    throw e;
                }
            }
        }
        latestOpenedEpoch.accumulateAndGet(epoch, Math::max);
    }

    /**
     * The miner's open session, or a new one at the next solve index (after a pass) or the next draw
     * (after a session that ended without one).
     *
     * @param miner the authenticated miner
     * @return the JSON answer: {@code {"challenge": …, "session": …}}
     */
    public String challenge(String miner) {
        Instant now = clock.instant();
        long epoch = currentEpoch();
        ensureOpen(epoch);
        Optional<SessionRecord> latest = state.latestSession(miner);
        SessionRecord session;
        GeneratedChallenge generated;
        if (latest.isPresent() && latest.get().open(now, settings.maxAttempts()) && latest.get().epoch() == epoch) {
            session = latest.get();
            generated = challenges.regenerate(ChallengeId.parse(session.challengeId()), Long.MAX_VALUE);
        } else {
            long solveIndex = 0;
            String previous = Receipt.GENESIS_HASH;
            int draw = 0;
            if (latest.isPresent()) {
                SessionRecord last = latest.get();
                if (last.passed() && recorded(last)) {
                    solveIndex = last.solveIndex() + 1;
                    previous = last.receiptHash();
                } else if (last.passed()) {
                    // The ledger will never take this pass's receipt (its epoch closed before it was
                    // recorded): a receipt on top of it would be refused, and so would every later one.
                    // Its signature was never handed out, so the solve index is issued again.
                    requireLedgerHead(last);
                    solveIndex = last.solveIndex();
                    previous = last.previousReceiptHash();
                    draw = last.draw() + 1;
                } else {
                    solveIndex = last.solveIndex();
                    previous = last.previousReceiptHash();
                    draw = last.draw() + 1;
                }
            }
            generated = challenges.derive(miner, epoch, solveIndex, previous, draw);
            String id = generated.challenge().id().toString();
            session = state.openSession(new SessionRecord(SessionRecord.idOf(id), miner, epoch, solveIndex, previous, draw,
                    id, now, expiry(epoch, now), 0, false, null, null));
            if (!session.challengeId().equals(id)) {
                // Another instance opened this draw first, at another epoch: serve its challenge.
                generated = challenges.regenerate(ChallengeId.parse(session.challengeId()), Long.MAX_VALUE);
            }
        }
        if (generated == null) {
            throw new IllegalStateException("the challenge of session " + session.sessionId()
                    + " no longer regenerates: the coordinator's secret, domains or spec changed");
        }
        return "{\"session\":" + sessionJson(session) + ",\"challenge\":"
                + DacrJson.writeString(DocumentFormat.CHALLENGE, generated.challenge()) + "}";
    }

    /**
     * A session ends a window after it opens, and at the latest when its epoch ends: the epoch's secret,
     * from which its challenges' answers follow, is revealed after that.
     */
    private Instant expiry(long epoch, Instant openedAt) {
        Instant windowEnd = openedAt.plus(settings.sessionWindow());
        Instant epochEnd = settings.schedule().endOf(epoch);
        return windowEnd.isBefore(epochEnd) ? windowEnd : epochEnd;
    }

    /**
     * Makes sure the ledger holds a pass's receipt, which may not have reached it (a crash between the two
     * writes, or a ledger that failed): credits it again (crediting is idempotent).
     *
     * @return true if the ledger holds the receipt; false if it refuses it for good (its epoch is closed,
     *     or the miner's chain in the ledger went another way)
     * @throws ApiError ({@link ErrorCode#LEDGER_REFUSED}) if the ledger failed and may take it later
     */
    private boolean recorded(SessionRecord passed) {
        Receipt receipt = DacrJson.read(DocumentFormat.RECEIPT, passed.receipt());
        try {
            CreditOutcome outcome = ledger.credit(receipt);
            // Another receipt credited for the same challenge is not this one: the chain does not hold it.
            return outcome != CreditOutcome.DUPLICATE_CHALLENGE;
        } catch (LedgerException e) {
            if (FINAL_REFUSALS.contains(e.reason())) {
                LOG.warn("the ledger will not take the receipt of session {}: {}", passed.sessionId(), e.getMessage());
                return false;
            }
            LOG.warn("the receipt of session {} could not be credited: {}", passed.sessionId(), e.getMessage());
            throw new ApiError(ErrorCode.LEDGER_REFUSED, "the ledger has not recorded the receipt of your pass in session "
                    + passed.sessionId() + " yet (" + e.getMessage() + "); retry later");
        }
    }

    /**
     * Checks that a pass the ledger refuses for good sits right on the miner's chain head in the ledger, so
     * that its solve index can be issued again. Sessions stored before this rule may have built passes on
     * top of unrecorded ones; those need the operator.
     */
    private void requireLedgerHead(SessionRecord passed) {
        Optional<Receipt> head = ledger.lastReceipt(passed.miner());
        long expectedIndex = head.map(r -> r.solveIndex() + 1).orElse(0L);
        String expectedPrevious = head.map(hasher::hash).orElse(Receipt.GENESIS_HASH);
        if (passed.solveIndex() != expectedIndex || !passed.previousReceiptHash().equalsIgnoreCase(expectedPrevious)) {
            throw new IllegalStateException("miner " + passed.miner() + "'s sessions are ahead of the ledger: session "
                    + passed.sessionId() + " has solve index " + passed.solveIndex() + ", the ledger expects "
                    + expectedIndex);
        }
    }

    private String sessionJson(SessionRecord s) {
        ObjectNode json = JSON.createObjectNode();
        json.put("sessionId", s.sessionId());
        json.put("challengeId", s.challengeId());
        json.put("epoch", s.epoch());
        json.put("solveIndex", s.solveIndex());
        json.put("previousReceiptHash", s.previousReceiptHash());
        json.put("maxAttempts", settings.maxAttempts());
        json.put("attemptsLeft", Math.max(0, settings.maxAttempts() - s.attemptsUsed()));
        json.put("openedAt", s.openedAt().toString());
        json.put("expiresAt", s.expiresAt().toString());
        return json.toString();
    }

    /**
     * Grades a submission as the next attempt of the miner's session of its challenge.
     *
     * @param miner the authenticated miner
     * @param submission the submission
     * @param modelId who made it, as the miner says
     * @return the JSON answer
     * @throws ApiError for a malformed, forged or foreign challenge id and for a session that takes no
     *     attempt now
     */
    public String submit(String miner, Submission submission, String modelId) {
        ChallengeId id;
        try {
            id = ChallengeId.parse(submission.challengeId());
        } catch (IllegalArgumentException e) {
            throw new ApiError(ErrorCode.INVALID_CHALLENGE_ID, e.getMessage());
        }
        long epochNow = currentEpoch();
        GeneratedChallenge generated = challenges.regenerate(id, epochNow);
        if (generated == null) {
            throw new ApiError(ErrorCode.FORGED_CHALLENGE_ID, "challenge " + id + " was not issued by this coordinator");
        }
        String sessionId = SessionRecord.idOf(id.toString());
        Optional<SessionRecord> owned = state.session(sessionId).filter(s -> s.miner().equals(miner));
        if (owned.isEmpty()) {
            // Also a session forgotten after the retention period (a pass's receipt is in the ledger).
            throw new ApiError(ErrorCode.SESSION_NOT_FOUND, "challenge " + id + " is not one of your sessions, or its "
                    + "session ended long ago and is forgotten (a pass's receipt is in the ledger)");
        }
        if (owned.get().passed()) {
            return passedAnswer(owned.get());
        }
        if (owned.get().epoch() != epochNow) {
            // Sessions opened before their expiry was capped at the end of their epoch.
            throw new ApiError(ErrorCode.SESSION_EXPIRED, "the session closed with its epoch " + owned.get().epoch()
                    + " at " + settings.schedule().endOf(owned.get().epoch()));
        }
        Instant arrivedAt = clock.instant();
        Claim claim = state.claimAttempt(sessionId, settings.maxAttempts(), arrivedAt,
                arrivedAt.plus(settings.reservationTimeout()));
        if (claim instanceof Claim.Refused refused) {
            if (refused.code() == ErrorCode.ALREADY_PASSED) {
                // Passed by another request in the meantime.
                return passedAnswer(state.session(sessionId).orElseThrow());
            }
            throw new ApiError(refused.code(), refused.message());
        }
        Claim.Granted granted = (Claim.Granted) claim;
        boolean finished = false;
        try {
            String answer = grade(miner, granted, generated, submission, modelId, arrivedAt, epochNow);
            finished = true;
            return answer;
        } catch (Superseded e) {
            // The reservation lapsed and another request holds the session now: nothing to release.
            finished = true;
            SessionRecord now = state.session(sessionId).orElseThrow();
            if (now.passed()) {
                return passedAnswer(now);
            }
            throw new ApiError(ErrorCode.ATTEMPT_IN_FLIGHT, "this attempt was graded after its reservation of "
                    + settings.reservationTimeout() + " lapsed, and another attempt of the session took its place; it "
                    + "was not counted: send the same request again");
        } finally {
            if (!finished) {
                state.releaseAttempt(granted);
            }
        }
    }

    /**
     * An attempt's reservation lapsed while it was graded (the instance stalled past the reservation
     * timeout) and another attempt of the session was recorded first: this one is not counted.
     */
    private static final class Superseded extends RuntimeException {
        Superseded() {
            super(null, null, false, false);
        }
    }

    private String grade(String miner, Claim.Granted granted, GeneratedChallenge generated, Submission submission,
                         String modelId, Instant arrivedAt, long epochNow) {
        SessionRecord session = granted.session();
        int number = granted.attemptNumber();
        Challenge challenge = generated.challenge();
        Verdict verdict = verifier.verify(challenge, generated.key(), submission);
        int attemptsLeft = verdict.passed() ? 0 : settings.maxAttempts() - number;
        String feedback = FeedbackPolicy.COUNTS.render(verdict, challenge.constraints().size(),
                passRule.requiredAnswers(challenge.questions().size()), attemptsLeft);
        Duration elapsed = arrivedAt.isAfter(session.openedAt()) ? Duration.between(session.openedAt(), arrivedAt) : Duration.ZERO;
        Attempt attempt = new Attempt(session.sessionId(), session.challengeId(), number, modelId, submission, verdict,
                feedback, arrivedAt, elapsed);
        attempts.append(new AttemptRecord(attempt, TrapDetection.trappedQuestions(generated.key(), submission, verdict)));

        ObjectNode json = JSON.createObjectNode();
        json.put("sessionId", session.sessionId());
        json.put("challengeId", session.challengeId());
        json.put("attempt", number);
        json.put("passed", verdict.passed());
        json.put("feedback", feedback);
        json.put("attemptsLeft", attemptsLeft);
        if (!verdict.passed()) {
            if (!state.finishAttempt(granted, false, null, null)) {
                throw new Superseded();
            }
            return json.toString();
        }
        ensureOpen(epochNow);
        Receipt receipt = new Receipt(miner, epochNow, session.solveIndex(), session.previousReceiptHash(),
                session.challengeId(), "0x" + challenge.hashes().document(), "0x" + challenge.hashes().questions(),
                "0x" + challenge.hashes().constraints(),
                "0x" + Hmac.sha256Hex(DacrJson.canonicalBytes(submission.answers())), settings.rulesVersion(),
                settings.creditsPerPass());
        String receiptHash = hasher.hash(receipt);
        String receiptJson = DacrJson.writeString(DocumentFormat.RECEIPT, receipt);
        // The session records the receipt before the ledger sees it; a crash in between is repaired when
        // the miner submits to this session again or asks for the next challenge (crediting is idempotent).
        // No signature leaves the coordinator before the ledger holds the receipt.
        if (!state.finishAttempt(granted, true, receiptHash, receiptJson)) {
            // Never credit a pass the session does not hold: its receipt would break the miner's chain.
            throw new Superseded();
        }
        try {
            ledger.credit(receipt);
        } catch (LedgerException e) {
            LOG.warn("the ledger refused the receipt of session {}: {}", session.sessionId(), e.getMessage());
            throw new ApiError(ErrorCode.LEDGER_REFUSED, "the attempt passed, but the ledger has not recorded its receipt ("
                    + e.getMessage() + "); send the same request again to get the receipt once it is recorded");
        }
        putReceipt(json, receipt, receiptHash, receiptJson);
        return json.toString();
    }

    /** The signed receipt and its calldata; only ever for a receipt the ledger holds. */
    private void putReceipt(ObjectNode json, Receipt receipt, String receiptHash, String receiptJson) {
        String signature = settlement.sign(receipt);
        json.set("receipt", readTree(receiptJson));
        json.put("receiptHash", receiptHash);
        json.put("signature", signature);
        ObjectNode calldata = json.putObject("calldata");
        settlement.contractAddress().ifPresentOrElse(a -> calldata.put("to", a), () -> calldata.putNull("to"));
        calldata.put("data", settlement.submitReceiptCalldata(receipt, signature));
    }

    /**
     * The answer to a submission at a session that was passed: the pass's receipt, signature and calldata
     * again (a client whose answer was lost, or whose pass the ledger had not recorded, gets its receipt),
     * once the ledger holds it.
     *
     * @throws ApiError ({@link ErrorCode#LEDGER_REFUSED}) if the ledger does not hold the receipt: for now
     *     (retry), or for good (fetch a new challenge, which issues the solve index again)
     */
    private String passedAnswer(SessionRecord session) {
        if (!recorded(session)) {
            throw new ApiError(ErrorCode.LEDGER_REFUSED, "the ledger will not record the receipt of this pass (its epoch "
                    + "closed before it was recorded, or your chain moved on): fetch a new challenge with GET /v1/challenge, "
                    + "which issues solve index " + session.solveIndex() + " again");
        }
        ObjectNode json = JSON.createObjectNode();
        json.put("sessionId", session.sessionId());
        json.put("challengeId", session.challengeId());
        json.put("attempt", session.attemptsUsed());
        json.put("passed", true);
        json.put("feedback", "PASS: an earlier attempt at this challenge passed; this is its receipt");
        json.put("attemptsLeft", 0);
        putReceipt(json, DacrJson.read(DocumentFormat.RECEIPT, session.receipt()), session.receiptHash(), session.receipt());
        return json.toString();
    }

    /**
     * @param requested the epoch asked about, or null for the current one
     * @return the JSON answer
     * @throws ApiError if the epoch's start or end is not an instant (an epoch number far too large)
     */
    public String epoch(Long requested) {
        if (requested != null && !settings.schedule().represents(requested)) {
            throw new ApiError(ErrorCode.INVALID_REQUEST, "epoch " + requested + " would end after the last instant the "
                    + "coordinator's clock can represent");
        }
        long current = currentEpoch();
        ensureOpen(current);
        long e = requested == null ? current : requested;
        Optional<Epoch> found = ledger.epoch(e);
        ObjectNode json = JSON.createObjectNode();
        json.put("epoch", e);
        json.put("current", e == current);
        json.put("state", found.map(x -> x.state().name().toLowerCase(java.util.Locale.ROOT)).orElse("not_opened"));
        json.put("startsAt", settings.schedule().startOf(e).toString());
        json.put("endsAt", settings.schedule().endOf(e).toString());
        json.put("secretCommitment", found.map(Epoch::secretCommitment).orElse(null));
        json.put("revealedSecret", found.map(this::revealed).map(Epoch::revealedSecret).orElse(null));
        json.put("totalCredits", found.isPresent() ? ledger.totalCredits(e) : java.math.BigInteger.ZERO);
        json.put("creditsPerPass", settings.creditsPerPass());
        return json.toString();
    }

    /**
     * A closed epoch whose secret is not revealed yet is revealed now, through the ledger (which checks
     * the secret against the commitment it recorded), once a session window has passed since the epoch's
     * end; an open one, or one closed earlier than that, stays as it is.
     */
    private Epoch revealed(Epoch epoch) {
        if (epoch.state() == EpochState.OPEN || epoch.revealedSecret() != null) {
            return epoch;
        }
        // Sessions end with their epoch; the margin of one session window also covers sessions opened
        // before that rule, whose window could run past the epoch's end.
        if (clock.instant().isBefore(settings.schedule().endOf(epoch.id()).plus(settings.sessionWindow()))) {
            return epoch;
        }
        try {
            return ledger.reveal(epoch.id(), challenges.epochSecret(epoch.id()));
        } catch (LedgerException e) {
            // E.g. the epoch was opened with another secret's commitment: nothing to reveal from here.
            LOG.warn("epoch {} cannot be revealed: {}", epoch.id(), e.getMessage());
            return epoch;
        }
    }

    /**
     * @param miner whose credits
     * @param requested the epoch, or null for the current one
     * @return the JSON answer
     */
    public String credits(String miner, Long requested) {
        long e = requested == null ? currentEpoch() : requested;
        ObjectNode json = JSON.createObjectNode();
        json.put("miner", miner);
        json.put("epoch", e);
        json.put("credits", ledger.epoch(e).isPresent() ? ledger.credits(e, miner) : java.math.BigInteger.ZERO);
        json.put("epochTotalCredits", ledger.epoch(e).isPresent() ? ledger.totalCredits(e) : java.math.BigInteger.ZERO);
        return json.toString();
    }

    /**
     * @param miner the authenticated miner
     * @param epochs the epochs to claim, ascending and distinct
     * @return the JSON answer
     * @throws ApiError if an epoch is not closed
     */
    public String claimCalldata(String miner, List<Long> epochs) {
        for (long e : epochs) {
            Optional<Epoch> found = ledger.epoch(e);
            if (found.isEmpty() || found.get().state() == EpochState.OPEN) {
                throw new ApiError(ErrorCode.EPOCH_NOT_CLOSED, "epoch " + e + " is not closed");
            }
        }
        ObjectNode json = JSON.createObjectNode();
        json.put("miner", miner);
        ArrayNode list = json.putArray("epochs");
        epochs.forEach(list::add);
        ArrayNode credits = json.putArray("credits");
        epochs.forEach(e -> credits.add(ledger.credits(e, miner)));
        settlement.contractAddress().ifPresentOrElse(a -> json.put("to", a), () -> json.putNull("to"));
        json.put("data", settlement.claimCalldata(epochs));
        return json.toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a document DACR wrote does not parse", e);
        }
    }
}
