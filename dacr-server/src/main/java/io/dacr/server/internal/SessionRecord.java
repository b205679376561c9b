package io.dacr.server.internal;

import io.dacr.api.internal.Checks;
import java.time.Instant;

/**
 * One miner's session at one challenge, as the state store keeps it. A session is identified by its
 * challenge id; the (miner, solve index, draw) triple is unique too, which is what makes two
 * coordinator instances that race to open a miner's next session agree on one.
 *
 * @param sessionId the session's id, derived from the challenge id
 * @param miner the miner's address
 * @param epoch the epoch whose secret the challenge was derived under
 * @param solveIndex the solve index a pass earns a receipt for
 * @param previousReceiptHash the hash of the miner's previous receipt (or the genesis hash)
 * @param draw how many sessions at this solve index came before this one (failed or expired)
 * @param challengeId the challenge's id, text form
 * @param openedAt when the session opened
 * @param expiresAt the first instant at which attempts are refused
 * @param attemptsUsed attempts graded and recorded
 * @param passed whether an attempt passed
 * @param receiptHash the hash of the receipt a pass earned; null unless passed
 * @param receipt the receipt a pass earned, as its JSON document; null unless passed
 */
public record SessionRecord(String sessionId, String miner, long epoch, long solveIndex, String previousReceiptHash,
                            int draw, String challengeId, Instant openedAt, Instant expiresAt, int attemptsUsed,
                            boolean passed, String receiptHash, String receipt) {

    /** Validates. */
    public SessionRecord {
        Checks.notBlank(sessionId, "sessionId");
        Checks.address(miner, "miner");
        Checks.nonNegative(epoch, "epoch");
        Checks.nonNegative(solveIndex, "solveIndex");
        Checks.bytes32(previousReceiptHash, "previousReceiptHash");
        Checks.nonNegative(draw, "draw");
        Checks.notBlank(challengeId, "challengeId");
        Checks.notNull(openedAt, "openedAt");
        Checks.notNull(expiresAt, "expiresAt");
        Checks.nonNegative(attemptsUsed, "attemptsUsed");
        Checks.requireArgument(passed == (receiptHash != null) && passed == (receipt != null),
                "a receipt and its hash go with a pass, and only with one");
    }

    /**
     * @param challengeId a challenge id's text
     * @return the id of the session of that challenge
     */
    public static String idOf(String challengeId) {
        return "ses-" + challengeId.substring(challengeId.lastIndexOf('.') + 1);
    }

    /**
     * @param now the current instant
     * @param maxAttempts attempts a session allows
     * @return true if the session still takes attempts
     */
    public boolean open(Instant now, int maxAttempts) {
        return !passed && attemptsUsed < maxAttempts && now.isBefore(expiresAt);
    }

    /**
     * @param number the attempt just recorded
     * @param pass whether it passed
     * @param hash the receipt hash of a pass, else null
     * @param receiptJson the receipt of a pass, else null
     * @return this session after the attempt
     */
    public SessionRecord afterAttempt(int number, boolean pass, String hash, String receiptJson) {
        return new SessionRecord(sessionId, miner, epoch, solveIndex, previousReceiptHash, draw, challengeId, openedAt,
                expiresAt, number, pass, hash, receiptJson);
    }
}
