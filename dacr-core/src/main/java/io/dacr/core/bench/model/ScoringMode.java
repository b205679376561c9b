package io.dacr.core.bench.model;

import java.util.Locale;

/**
 * Which rules score a prediction. Both are always computed and reported side by side; one is the
 * headline.
 */
public enum ScoringMode {
    /**
     * DACR's rules: an answer is correct when, normalised, it equals the gold answer or an alias, or
     * when both are one number (with the same unit words, or none in the answer) within 1 % of each
     * other; no containment or token-overlap credit. Trap evasion needs a correct answer; falling needs
     * the trap's wrong value itself. A citation counts when it quotes at least three words of the
     * document verbatim, or names a paragraph the gold chain reads. ECE bins are exact decimal
     * intervals and a confidence of 1.0 falls in the last one.
     */
    STRICT,
    /**
     * DACR-Bench's published evaluator, reproduced: exact, alias, numeric within 1 %, containment either
     * way, token-set F1 of at least 0.8; trap evasion by substring on {@code [a-z0-9.]}; its citation
     * heuristic; ECE bins with edges b × 0.1 computed in binary floating point (so 0.3, 0.6 and 0.7
     * fall one bin lower) and a confidence of 1.0 in no bin. Selected as headline by {@code --lenient}.
     */
    COMPATIBLE;

    /** @return {@code strict} or {@code compatible} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
