package io.dacr.core.dataset;

import io.dacr.api.internal.Checks;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Which records an export keeps. Empty sets mean "any". The outcome filter applies to RAW exports; SFT
 * keeps passing attempts and DPO pairs failed with passed ones by definition.
 *
 * @param domains domain ids to keep
 * @param models model ids to keep
 * @param outcome passed, failed or any attempts
 * @param minTraceQuality the least trace quality kept, 0 to 1: an attempt's trace quality is 1 when its
 *     trace check passed, 0.5 when it failed on content, 0 when it was malformed or absent
 */
public record ExportFilter(Set<String> domains, Set<String> models, Outcome outcome, BigDecimal minTraceQuality) {

    /** Which attempts an export keeps by verdict. */
    public enum Outcome {
        /** Every attempt. */
        ANY,
        /** Passing attempts only. */
        PASSED,
        /** Attempts that did not pass. */
        FAILED
    }

    /** @throws IllegalArgumentException if a part is null or the trace quality is outside [0, 1] */
    public ExportFilter {
        domains = Set.copyOf(Checks.notNull(domains, "domains"));
        models = Set.copyOf(Checks.notNull(models, "models"));
        Checks.notNull(outcome, "outcome");
        Checks.notNull(minTraceQuality, "minTraceQuality");
        Checks.requireArgument(minTraceQuality.signum() >= 0 && minTraceQuality.compareTo(BigDecimal.ONE) <= 0,
                "minTraceQuality must be 0 to 1, was %s", minTraceQuality.toPlainString());
    }

    /** @return a filter that keeps everything */
    public static ExportFilter all() {
        return new ExportFilter(Set.of(), Set.of(), Outcome.ANY, BigDecimal.ZERO);
    }
}
