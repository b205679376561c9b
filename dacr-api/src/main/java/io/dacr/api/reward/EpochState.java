package io.dacr.api.reward;

/** The life of an epoch: credits accumulate while OPEN, are split when CLOSED, paid once FINALIZED. */
public enum EpochState {
    /** Receipts are credited. */
    OPEN,
    /** No more credits; the distribution is fixed and the epoch secret may be revealed. */
    CLOSED,
    /** Settled on chain; claims are paid. */
    FINALIZED
}
