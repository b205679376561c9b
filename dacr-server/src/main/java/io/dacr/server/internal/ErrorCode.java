package io.dacr.server.internal;

import java.util.Locale;

/**
 * Every error the HTTP API answers with: its status and its stable code. The code is the contract with
 * clients (the message is for people and may change); the discovery document lists this table.
 */
public enum ErrorCode {
    /** The body is not JSON, or not the JSON document the endpoint reads. */
    INVALID_JSON(400, "The body is not valid JSON or not the document this endpoint reads."),
    /** A parameter or member is missing or out of range. */
    INVALID_REQUEST(400, "A header, parameter or member is missing, malformed or out of range."),
    /** The signature is not 65 bytes of hex, or is not a canonical (low-s) secp256k1 signature. */
    INVALID_SIGNATURE(400, "The signature is not 0x and 130 hex digits of a canonical (low-s) secp256k1 signature."),
    /** The submission names a string that is not a challenge id. */
    INVALID_CHALLENGE_ID(400, "The submission's challengeId is not a challenge id."),
    /** No bearer token was given, or it is not one this coordinator issued. */
    UNAUTHORIZED(401, "No bearer token, or one this coordinator did not issue."),
    /** The bearer token has expired. */
    TOKEN_EXPIRED(401, "The bearer token has expired: sign in again."),
    /** The nonce was not issued by this coordinator for this address, or has expired. */
    NONCE_INVALID(401, "The nonce was not issued for this address, or it has expired: ask for a new one."),
    /** The nonce was already used to sign in. */
    NONCE_USED(401, "The nonce has been used already: nonces are single-use."),
    /** The signature was made by another key than the address's. */
    SIGNATURE_MISMATCH(401, "The signature does not recover to the address."),
    /** The challenge id's MAC is not this coordinator's: it was forged or altered. */
    FORGED_CHALLENGE_ID(403, "The challenge id was not issued by this coordinator (its MAC does not verify)."),
    /** No such route. */
    NOT_FOUND(404, "No such endpoint."),
    /** The challenge is not one of the authenticated miner's sessions. */
    SESSION_NOT_FOUND(404, "The challenge is not one of your sessions: fetch one with GET /v1/challenge."),
    /** The route exists, but not for this method. */
    METHOD_NOT_ALLOWED(405, "The endpoint exists, but not for this HTTP method."),
    /** Every attempt of the session has been used. */
    NO_ATTEMPTS_LEFT(409, "Every attempt of the session has been used: fetch the next challenge."),
    /** The session was passed already. */
    ALREADY_PASSED(409, "The session was passed already: fetch the next challenge."),
    /** The session's window has closed. */
    SESSION_EXPIRED(409, "The session's window has closed: fetch the next challenge."),
    /** Another attempt of the session is being graded. */
    ATTEMPT_IN_FLIGHT(409, "Another attempt of this session is being graded; retry with the same Idempotency-Key."),
    /** The Idempotency-Key was used before with a different body. */
    IDEMPOTENCY_KEY_REUSED(409, "The Idempotency-Key was used before with a different body."),
    /** The epoch asked about is not closed, so nothing can be claimed from it yet. */
    EPOCH_NOT_CLOSED(409, "An epoch asked for is not closed yet."),
    /** The ledger has not recorded the receipt of a pass; nothing was credited. */
    LEDGER_REFUSED(409, "The ledger has not recorded the receipt of your pass; nothing was credited. Send the same "
            + "submission again to get the receipt once it is recorded; if the message says the ledger will not record "
            + "it, fetch a new challenge (the same solve index is issued again)."),
    /** The body is larger than the cap. */
    PAYLOAD_TOO_LARGE(413, "The body is larger than the coordinator accepts."),
    /** The body is not declared as application/json (UTF-8). */
    UNSUPPORTED_MEDIA_TYPE(415, "The body must be sent as Content-Type: application/json (charset UTF-8 if given)."),
    /** Too many requests: see Retry-After. */
    RATE_LIMITED(429, "Too many requests from this miner or address: wait the seconds Retry-After says."),
    /** The wallet already has a request in flight. */
    REQUEST_IN_FLIGHT(429, "This wallet already has a request in flight: one at a time."),
    /** The coordinator failed; the request changed nothing. */
    INTERNAL_ERROR(500, "The coordinator failed; the request changed nothing and may be retried.");

    private final int status;
    private final String meaning;

    ErrorCode(int status, String meaning) {
        this.status = status;
        this.meaning = meaning;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the stable code clients match on, lower snake case */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return what the code means and what the client should do, for the discovery document */
    public String meaning() {
        return meaning;
    }
}
