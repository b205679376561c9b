/**
 * Implementation of the coordinator: HTTP routing and errors, wallet authentication, rate limits,
 * challenge derivation, sessions, idempotency, and the state stores (a data directory or PostgreSQL).
 * Not API: use {@link io.dacr.server.Coordinator}.
 */
package io.dacr.server.internal;
