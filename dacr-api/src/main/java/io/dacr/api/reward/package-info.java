/**
 * Rewards: receipts for passing work, epochs, the ledger that credits receipts, and the distribution
 * of an epoch's pool.
 *
 * <pre>{@code
 * CreditOutcome outcome = ledger.credit(receipt);          // idempotent
 * Distribution d = ledger.closeEpoch(7, pool, DistributionMode.LARGEST_REMAINDER);
 * }</pre>
 */
package io.dacr.api.reward;
