/**
 * The miner harness: prompts a model with a challenge, reads its reply tolerantly, submits attempts
 * through an attempt session (up to 3, with the feedback the policy allows), and records every attempt
 * with its prompt version, strategy, raw reply and tokens. Strategies: {@link io.dacr.core.miner.Strategy#single()},
 * {@link io.dacr.core.miner.Strategy#selfRefine()}, {@link io.dacr.core.miner.Strategy#selfConsistency(int)}.
 *
 * <pre>{@code
 * try (LlmBackend model = PluginRegistry.discover().llm("openai").create(config);
 *      JsonlAttemptStore store = JsonlAttemptStore.open(Path.of("attempts.jsonl"));
 *      JsonlParseFailureLog failures = JsonlParseFailureLog.open(Path.of("attempts.parse-failures.jsonl"))) {
 *     MiningReport report = Miner.builder(model, store)
 *             .strategy(Strategy.selfRefine())
 *             .parseFailures(failures)
 *             .concurrency(4)
 *             .build()
 *             .mine(tasks.iterator());
 *     System.out.println(report.count(ChallengeOutcome.Status.PASSED) + " passed");
 * }
 * }</pre>
 */
package io.dacr.core.miner;
