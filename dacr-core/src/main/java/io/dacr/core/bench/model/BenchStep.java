package io.dacr.core.bench.model;

import java.util.Objects;

/**
 * One step of a question's gold reasoning chain in DACR-Bench's format.
 *
 * @param step the step's number, from 1
 * @param action what the step does, e.g. {@code lookup}, {@code compute}, {@code reject_trap}
 * @param factId the fact it reads, or null
 * @param result what it yields, or null
 * @param note a remark, or null (DACR-Bench's citation scoring compares citations with it)
 */
public record BenchStep(int step, String action, String factId, String result, String note) {

    /** @throws NullPointerException if {@code action} is null */
    public BenchStep {
        Objects.requireNonNull(action, "action");
    }
}
