/**
 * Attempt sessions: a bounded number of graded attempts at one challenge inside a time window, with
 * feedback under a policy and every accepted attempt recorded.
 *
 * <pre>{@code
 * try (JsonlAttemptStore store = JsonlAttemptStore.open(Path.of("attempts.jsonl"))) {
 *     AttemptSession session = AttemptSession.builder("session-42", challenge, key, store)
 *             .maxAttempts(3)
 *             .window(Duration.ofMinutes(15))
 *             .feedback(FeedbackPolicy.COUNTS)
 *             .build();
 *     if (session.submit(submission) instanceof SubmitResult.Accepted accepted) {
 *         System.out.println(accepted.feedback());
 *     }
 * }
 * }</pre>
 */
package io.dacr.core.session;
