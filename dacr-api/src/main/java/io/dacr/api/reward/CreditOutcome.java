package io.dacr.api.reward;

/** What {@link EpochLedger#credit(Receipt)} did with a receipt. Crediting is idempotent: duplicates change nothing. */
public enum CreditOutcome {
    /** The receipt was new and its credits were added. */
    CREDITED,
    /** The same receipt was credited before; nothing changed. */
    DUPLICATE_RECEIPT,
    /** Another receipt already credited this (epoch, miner, challenge); nothing changed. */
    DUPLICATE_CHALLENGE
}
