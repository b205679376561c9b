package io.dacr.server.internal;

import java.time.Instant;
import java.util.Optional;

/**
 * The coordinator's mutable state that must agree across instances: sessions (and through them solve
 * indexes and receipt chain heads), idempotency keys and used sign-in nonces. Every method is atomic;
 * implementations are safe for concurrent use, also by several processes where they share storage.
 */
public interface StateStore extends AutoCloseable {

    /**
     * @param miner the miner's address
     * @return the miner's latest session (highest solve index, then highest draw), if any
     */
    Optional<SessionRecord> latestSession(String miner);

    /**
     * @param sessionId a session id
     * @return that session, if any
     */
    Optional<SessionRecord> session(String sessionId);

    /**
     * Stores a new session unless the miner already has one at the same solve index and draw.
     *
     * @param fresh the session to open
     * @return the stored session: {@code fresh}, or the one another caller stored first
     */
    SessionRecord openSession(SessionRecord fresh);

    /**
     * Reserves the next attempt of a session: refused if the session has passed, has no attempts left,
     * has expired at {@code now}, or has an attempt reserved whose reservation lasts past {@code now}.
     *
     * @param sessionId the session
     * @param maxAttempts attempts a session allows
     * @param now the current instant
     * @param reservedUntil when the reservation lapses if the holder never finishes (a crashed instance)
     * @return the reservation or the refusal
     */
    Claim claimAttempt(String sessionId, int maxAttempts, Instant now, Instant reservedUntil);

    /**
     * Records a graded attempt and ends its reservation, if the reservation is still the caller's. It is
     * not when it lapsed while the attempt was graded (an instance stalled past the reservation timeout)
     * and another request claimed the session since: then nothing changes, whichever of the two finishes
     * first, so a late finish never overwrites another attempt or a pass, nor frees another's reservation.
     *
     * @param attempt the reservation, as {@link #claimAttempt} granted it
     * @param passed whether it passed
     * @param receiptHash the hash of the receipt a pass earned, else null
     * @param receipt the receipt a pass earned, as its JSON document, else null
     * @return whether the attempt was recorded; false if another request took its place
     */
    boolean finishAttempt(Claim.Granted attempt, boolean passed, String receiptHash, String receipt);

    /**
     * Ends a reservation without counting an attempt (grading or recording failed), if it is still the
     * caller's.
     *
     * @param attempt the reservation, as {@link #claimAttempt} granted it
     */
    void releaseAttempt(Claim.Granted attempt);

    /**
     * Presents an idempotency key.
     *
     * @param miner the miner the key belongs to (keys are per miner)
     * @param key the key
     * @param requestHash a digest of the request body
     * @param now the current instant
     * @param reservedUntil when a reservation lapses if never completed
     * @return what to do
     */
    KeyReservation reserveKey(String miner, String key, String requestHash, Instant now, Instant reservedUntil);

    /**
     * Stores the answer to a reserved key.
     *
     * @param miner the miner
     * @param key the key
     * @param response the answer every retry gets
     * @param now the current instant: the key is remembered for the retention period from then
     */
    void completeKey(String miner, String key, StoredResponse response, Instant now);

    /**
     * Drops a reservation that has no answer (the request failed inside the coordinator).
     *
     * @param miner the miner
     * @param key the key
     */
    void releaseKey(String miner, String key);

    /**
     * Marks a sign-in nonce used.
     *
     * @param nonce the nonce
     * @param expiresAt when it expires (it need not be remembered after)
     * @param now the current instant
     * @return true if it was not used before
     */
    boolean useNonce(String nonce, Instant expiresAt, Instant now);

    /**
     * Forgets what no later request needs, by these rules (the same for every store):
     * <ul>
     *   <li>a used sign-in nonce once it has expired ({@code now} is at or past its expiry): an expired
     *       nonce is refused before the store is asked;</li>
     *   <li>an idempotency key a retention period after it was answered; a key answered before answers
     *       were timed is timed from the first call that finds it; a reservation that was never answered
     *       a retention period after it lapsed;</li>
     *   <li>a session, passed or not, once a retention period has passed since it expired, if the miner
     *       has a later session and no attempt of it is reserved. A miner's latest session (from which the
     *       next solve index, previous receipt hash and draw follow) is kept. A passed session that is not
     *       the latest has its receipt in the ledger (the later session was opened only once the ledger
     *       held it, or refused it for good), so forgetting it only ends the replay of its receipt to a
     *       submission at it.</li>
     * </ul>
     *
     * @param now the current instant, by the coordinator's clock
     * @param retention how long answered keys and ended sessions are kept, positive
     * @return what was forgotten
     */
    Forgotten forgetExpired(Instant now, java.time.Duration retention);

    /** Releases the store's resources. */
    @Override
    void close();
}
