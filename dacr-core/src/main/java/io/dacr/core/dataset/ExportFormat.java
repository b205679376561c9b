package io.dacr.core.dataset;

import java.util.Locale;

/** The datasets {@link DatasetExporter} writes. See {@code docs/datasets.md} for each row's members. */
public enum ExportFormat {
    /** JSONL {@code {"messages": [system, user, assistant]}} from passing attempts (TRL SFTTrainer). */
    SFT(true),
    /** JSONL {@code {"prompt", "chosen", "rejected"}} from a failed then passed attempt (TRL DPOTrainer). */
    DPO(true),
    /** JSONL {@code {"prompt", "challenge_id", …}} per challenge: TRL GRPOTrainer with a DACR reward. */
    TRL(false),
    /** JSONL {@code {"data_source", "prompt", "ability", "reward_model", "extra_info"}} per challenge (verl). */
    VERL(false),
    /** JSONL of attempt records with their trap classification. */
    RAW(true),
    /** One DACR-Bench v1.1 JSON data set of the challenges, answers included. */
    DACR_BENCH(false);

    private final boolean fromAttempts;

    ExportFormat(boolean fromAttempts) {
        this.fromAttempts = fromAttempts;
    }

    /** @return true if rows come from attempt records, false if from the challenges themselves */
    public boolean fromAttempts() {
        return fromAttempts;
    }

    /** @return the name the command line uses: {@code sft}, {@code dpo}, {@code trl}, {@code verl}, {@code raw}, {@code dacr-bench} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param name a wire name
     * @return the format
     * @throws IllegalArgumentException naming the formats there are
     */
    public static ExportFormat fromWireName(String name) {
        for (ExportFormat f : values()) {
            if (f.wireName().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "'; expected one of sft, dpo, trl, verl, raw, dacr-bench");
    }
}
