package io.dacr.core.dataset;

import io.dacr.api.Challenge;
import io.dacr.api.internal.Checks;
import io.dacr.core.bench.DacrBenchFormat;
import io.dacr.core.dataset.internal.AttemptExports;
import io.dacr.core.dataset.internal.ChallengeExports;
import io.dacr.core.dataset.internal.Sources;
import io.dacr.core.json.AttemptRecord;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Writes training and evaluation datasets: SFT, DPO and raw rows from attempt records, RL rows (TRL,
 * verl) and DACR-Bench files from challenges. Streams (a record in, its rows out), and deterministic:
 * rows follow the input order, members a fixed order, and nothing reads a clock. Every row carries the
 * challenge id, domain, generator version and prompt version.
 *
 * <pre>{@code
 * DatasetExporter exporter = DatasetExporter.builder(renderer, ChallengeCatalog.of(challenges, keys))
 *         .filter(new ExportFilter(Set.of("corporate-finance"), Set.of(), ExportFilter.Outcome.ANY, BigDecimal.ZERO))
 *         .build();
 * // JsonlAttemptStore.read skips the unterminated last line of a store being written (DacrJson.readLines would fail on it)
 * List<AttemptRecord> records = JsonlAttemptStore.read(Path.of("attempts.jsonl")).records();
 * try (Writer out = Files.newBufferedWriter(Path.of("sft.jsonl"))) {
 *     exporter.exportAttempts(ExportFormat.SFT, records.iterator(), out);
 * }
 * }</pre>
 */
public final class DatasetExporter {

    private final PromptRenderer renderer;
    private final ChallengeCatalog catalog;
    private final ExportFilter filter;
    private final boolean crossModelPairs;

    private DatasetExporter(Builder b) {
        this.renderer = b.renderer;
        this.catalog = b.catalog;
        this.filter = b.filter;
        this.crossModelPairs = b.crossModelPairs;
    }

    /**
     * @param renderer the harness's prompt
     * @param catalog the challenges (and keys) the records refer to
     * @return a builder: no filter, no cross-model pairs
     */
    public static Builder builder(PromptRenderer renderer, ChallengeCatalog catalog) {
        return new Builder(Checks.notNull(renderer, "renderer"), Checks.notNull(catalog, "catalog"));
    }

    /**
     * Exports attempt records: {@link ExportFormat#SFT}, {@link ExportFormat#DPO} or {@link ExportFormat#RAW}.
     *
     * @param format the format
     * @param records the records, read as they are written out
     * @param out where to write; flushed, not closed
     * @return what was done
     * @throws IllegalArgumentException if the format is not one made from attempts
     * @throws io.dacr.api.DacrException if a record's challenge is not in the catalog
     * @throws IOException if writing fails
     */
    public ExportSummary exportAttempts(ExportFormat format, Iterator<AttemptRecord> records, Writer out)
            throws IOException {
        Checks.notNull(format, "format");
        Checks.notNull(records, "records");
        Checks.notNull(out, "out");
        Checks.requireArgument(format.fromAttempts(), "%s rows are made from challenges: use exportChallenges",
                format.wireName());
        Sources sources = sources();
        AttemptExports.Counts counts = switch (format) {
            case SFT -> AttemptExports.sft(records, sources, out);
            case DPO -> AttemptExports.dpo(records, sources, crossModelPairs, out);
            default -> AttemptExports.raw(records, sources, out);
        };
        out.flush();
        return new ExportSummary(format, counts.read, counts.written, counts.filteredOut);
    }

    /**
     * Exports the catalog's challenges that pass the domain filter: {@link ExportFormat#TRL},
     * {@link ExportFormat#VERL} (keys needed) or {@link ExportFormat#DACR_BENCH} (keys needed).
     *
     * @param format the format
     * @param out where to write; flushed, not closed
     * @return what was done
     * @throws IllegalArgumentException if the format is one made from attempts, or a key does not fit
     * @throws io.dacr.api.DacrException if a needed answer key is missing
     * @throws IOException if writing fails
     */
    public ExportSummary exportChallenges(ExportFormat format, Writer out) throws IOException {
        Checks.notNull(format, "format");
        Checks.notNull(out, "out");
        Checks.requireArgument(!format.fromAttempts(), "%s rows are made from attempt records: use exportAttempts",
                format.wireName());
        List<Challenge> kept = new ArrayList<>();
        for (Challenge c : catalog.challenges()) {
            if (filter.domains().isEmpty() || filter.domains().contains(c.domainId())) {
                kept.add(c);
            }
        }
        long filteredOut = catalog.challenges().size() - kept.size();
        Sources sources = sources();
        long written = switch (format) {
            case TRL -> ChallengeExports.trl(kept.iterator(), sources, out);
            case VERL -> ChallengeExports.verl(kept.iterator(), sources, out);
            default -> {
                List<DacrBenchFormat.Keyed> keyed = new ArrayList<>();
                for (Challenge c : kept) {
                    var key = catalog.key(c.id().toString());
                    if (key == null) {
                        throw new io.dacr.api.DacrException("a DACR-Bench file needs the answer key of " + c.id()
                                + "; give the keys file");
                    }
                    keyed.add(new DacrBenchFormat.Keyed(c, key));
                }
                yield DacrBenchFormat.writeDataset("dacr", keyed, out);
            }
        };
        out.flush();
        return new ExportSummary(format, catalog.challenges().size(), written, filteredOut);
    }

    private Sources sources() {
        Predicate<AttemptRecord> keep = r -> {
            String domain = catalog.challenge(r.attempt().challengeId()).domainId();
            return (filter.domains().isEmpty() || filter.domains().contains(domain))
                    && (filter.models().isEmpty() || filter.models().contains(r.attempt().modelId()))
                    && AttemptExports.traceQuality(r.attempt()).compareTo(filter.minTraceQuality()) >= 0;
        };
        Predicate<AttemptRecord> keepOutcome = r -> switch (filter.outcome()) {
            case ANY -> true;
            case PASSED -> r.attempt().verdict().passed();
            case FAILED -> !r.attempt().verdict().passed();
        };
        return new Sources(renderer::messages, renderer.version(), renderer::completion, catalog::challenge,
                catalog::key, keep, keepOutcome);
    }

    /** Collects a {@link DatasetExporter}'s options. */
    public static final class Builder {

        private final PromptRenderer renderer;
        private final ChallengeCatalog catalog;
        private ExportFilter filter = ExportFilter.all();
        private boolean crossModelPairs;

        private Builder(PromptRenderer renderer, ChallengeCatalog catalog) {
            this.renderer = renderer;
            this.catalog = catalog;
        }

        /**
         * @param filter which records to keep
         * @return this builder
         */
        public Builder filter(ExportFilter filter) {
            this.filter = Checks.notNull(filter, "filter");
            return this;
        }

        /**
         * @param enabled also pair, per challenge, one model's failed attempt with another model's passed one
         * @return this builder
         */
        public Builder crossModelPairs(boolean enabled) {
            this.crossModelPairs = enabled;
            return this;
        }

        /** @return the exporter */
        public DatasetExporter build() {
            return new DatasetExporter(this);
        }
    }
}
