/**
 * Rewards for RL post-training: a {@link io.dacr.core.reward.RewardFunction} from DACR's verifier and
 * an HTTP endpoint that serves it to trainers such as TRL's GRPOTrainer.
 *
 * <pre>{@code
 * RewardFunction reward = RewardFunction.builder().build();
 * try (RewardServer server = RewardServer.builder(reward).port(8765).challenge(challenge, key).start()) {
 *     // POST http://127.0.0.1:8765/reward {"items": [{"challenge_id": "...", "completion": "..."}]}
 * }
 * }</pre>
 */
package io.dacr.core.reward;
