package io.dacr.server.internal;

import io.dacr.api.GenerationSpec;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;

/**
 * A coordinator's rules and limits, in one place: the handlers enforce them and the discovery document
 * states them, from the same values.
 *
 * @param name the coordinator's name, shown in the sign-in message
 * @param domains the domains challenges are drawn from
 * @param spec the generation spec
 * @param maxAttempts attempts per session
 * @param sessionWindow how long a session takes attempts
 * @param nonceTtl how long a sign-in nonce is valid
 * @param tokenTtl how long a bearer token is valid
 * @param challengeInterval per miner, the time one {@code GET /v1/challenge} costs
 * @param ipRequestsPerMinute per client address, requests per minute (also the burst)
 * @param maxBodyBytes the largest request body accepted
 * @param schedule the epochs
 * @param creditsPerPass credits a pass earns
 * @param rulesVersion the version of the pass rules, written into receipts
 * @param reservationTimeout how long an attempt or idempotency key being processed blocks a retry if its
 *     instance dies
 * @param retention how long an answered idempotency key, and a session that ended without a pass, are
 *     remembered (at least the session window)
 */
public record Settings(String name, List<String> domains, GenerationSpec spec, int maxAttempts, Duration sessionWindow,
                       Duration nonceTtl, Duration tokenTtl, Duration challengeInterval, int ipRequestsPerMinute,
                       int maxBodyBytes, EpochSchedule schedule, BigInteger creditsPerPass, int rulesVersion,
                       Duration reservationTimeout, Duration retention) {

    /** Copies the domain list. */
    public Settings {
        domains = List.copyOf(domains);
    }
}
