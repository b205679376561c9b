package io.dacr.server.internal;

/** What a state store answers when an idempotency key is presented. */
public sealed interface KeyReservation {

    /** The key is new and now reserved for the caller, who must complete or release it. */
    record Reserved() implements KeyReservation {
    }

    /**
     * The key was completed before with the same body: answer exactly this again.
     *
     * @param response the stored answer
     */
    record Replay(StoredResponse response) implements KeyReservation {
    }

    /** The key is reserved by a request still being processed. */
    record InFlight() implements KeyReservation {
    }

    /** The key was used before with a different body. */
    record Mismatch() implements KeyReservation {
    }
}
