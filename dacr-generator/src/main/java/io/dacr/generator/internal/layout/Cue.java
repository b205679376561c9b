package io.dacr.generator.internal.layout;

/** The authority-cue classes of a pack (see the pack format, "Authority cues"). */
public enum Cue {
    /** Audited, definitive. */
    FINAL,
    /** An erratum or restatement. */
    CORRECTION,
    /** An early estimate. */
    PRELIMINARY,
    /** A rumour from an unreliable source. */
    HEARSAY,
    /** What would have been. */
    HYPOTHETICAL
}
