/**
 * The DACR coordinator: an HTTP API for remote miners on one instance (state in a data directory) or
 * several (state in PostgreSQL).
 *
 * <pre>{@code
 * try (CoordinatorStorage storage = CoordinatorStorage.inDirectory(Path.of("coordinator-data"))) {
 *     Coordinator coordinator = Coordinator.builder(generator, secret, ledger, hasher, settlement, storage)
 *             .domains(List.of("corporate-finance"))
 *             .build();
 *     try (CoordinatorServer server = coordinator.start("127.0.0.1", 8080)) {
 *         server.awaitStop();
 *     }
 * }
 * }</pre>
 *
 * Endpoints (all JSON, errors with a stable code): {@code GET /.well-known/skill.md},
 * {@code POST /v1/auth/nonce}, {@code POST /v1/auth/verify}, {@code GET /v1/challenge},
 * {@code POST /v1/submit}, {@code GET /v1/epoch}, {@code GET /v1/credits}, {@code GET /v1/claim-calldata}.
 */
package io.dacr.server;
