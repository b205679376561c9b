/**
 * Epoch ledgers: the crash-safe embedded {@link io.dacr.core.ledger.JournalEpochLedger}, the exact
 * pool split every ledger uses ({@link io.dacr.core.ledger.Distributions}) and the credit tier table
 * ({@link io.dacr.core.ledger.CreditTiers}).
 *
 * <pre>{@code
 * try (JournalEpochLedger ledger = JournalEpochLedger.open(Path.of("/var/lib/dacr/ledger"), hasher)) {
 *     ledger.open(7, Epoch.commitmentOf(epochSecret));
 *     CreditOutcome outcome = ledger.credit(receipt);           // durable when it returns
 *     Distribution d = ledger.closeEpoch(7, pool, DistributionMode.FLOOR);
 * }
 * }</pre>
 */
package io.dacr.core.ledger;
