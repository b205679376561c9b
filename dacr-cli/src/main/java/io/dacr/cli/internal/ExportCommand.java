package io.dacr.cli.internal;

import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.core.dataset.ChallengeCatalog;
import io.dacr.core.dataset.DatasetExporter;
import io.dacr.core.dataset.ExportFilter;
import io.dacr.core.dataset.ExportFormat;
import io.dacr.core.dataset.ExportSummary;
import io.dacr.core.dataset.PromptRenderer;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.DocumentFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/** {@code dacr export}: training and evaluation datasets from attempt records or challenges. */
@Command(
        name = "export",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Writes a dataset: sft, dpo or raw rows from attempt records; trl or verl RL rows, or a DACR-Bench "
                    + "file, from challenges. JSONL rows (one JSON object per line), streamed, in input order.",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  dacr export --format sft --challenges c.jsonl --attempts attempts.jsonl --out sft.jsonl",
            "  dacr export --format verl --challenges c.jsonl --keys k.jsonl --out verl.jsonl",
            "  python -c \"import pandas as pd; pd.read_json('verl.jsonl', lines=True).to_parquet('verl.parquet')\""
        })
final class ExportCommand extends DacrSubcommand {

    private final PromptRenderer renderer;

    @Option(names = "--format", required = true, paramLabel = "F",
            description = "sft, dpo, trl, verl, raw or dacr-bench.")
    private String format;

    @Option(names = "--challenges", required = true, paramLabel = "C.jsonl",
            description = "The challenges (as 'dacr generate --out' writes them).")
    private Path challenges;

    @Option(names = "--keys", paramLabel = "K.jsonl",
            description = "The answer keys: needed for verl and dacr-bench; gives raw rows their trap classification.")
    private Path keys;

    @Option(names = "--attempts", paramLabel = "A.jsonl",
            description = "The attempt records (an attempt store's file): needed for sft, dpo and raw.")
    private Path attempts;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write.")
    private Path out;

    @Option(names = "--domain", paramLabel = "ID", description = "Keep only this domain (repeatable).")
    private List<String> domains = new ArrayList<>();

    @Option(names = "--model", paramLabel = "ID", description = "Keep only this model's attempts (repeatable).")
    private List<String> models = new ArrayList<>();

    @Option(names = "--outcome", defaultValue = "any", paramLabel = "O",
            description = "raw rows: any, passed or failed attempts (default any).")
    private String outcome;

    @Option(names = "--min-trace-quality", defaultValue = "0", paramLabel = "Q",
            description = "Keep attempts whose trace quality is at least Q: 1 valid trace, 0.5 invalid, 0 malformed.")
    private BigDecimal minTraceQuality;

    @Option(names = "--cross-model-pairs",
            description = "dpo: also pair one model's failed attempt with another model's passed one on a challenge.")
    private boolean crossModelPairs;

    ExportCommand(PromptRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        ExportFormat chosen;
        ExportFilter filter;
        try {
            chosen = ExportFormat.fromWireName(format);
            filter = new ExportFilter(Set.copyOf(domains), Set.copyOf(models),
                    ExportFilter.Outcome.valueOf(outcome.toUpperCase(java.util.Locale.ROOT)), minTraceQuality);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "invalid option: " + e.getMessage()
                    + (e.getMessage().contains("No enum") ? " (--outcome is any, passed or failed)" : ""));
        }
        if (chosen.fromAttempts() && attempts == null) {
            throw new CommandLine.ParameterException(commandLine, chosen.wireName() + " rows need --attempts");
        }
        OutputFile.checkNotAnInput(commandLine, out, "--out", challenges, keys, attempts);
        List<Challenge> challengeList = JsonLinesFile.readAll(challenges, DocumentFormat.CHALLENGE);
        List<AnswerKey> keyList = new ArrayList<>();
        if (keys != null) {
            JsonLinesFile.readAll(keys, DocumentFormat.GENERATED_KEY).forEach(k -> keyList.add(k.key()));
        }
        DatasetExporter exporter = DatasetExporter.builder(renderer, ChallengeCatalog.of(challengeList, keyList))
                .filter(filter).crossModelPairs(crossModelPairs).build();
        // Written to a temporary file beside --out and moved into place only when complete: a failure leaves
        // an existing --out as it was.
        ExportSummary summary = OutputFile.write(out, writer -> {
            if (chosen.fromAttempts()) {
                try (JsonLinesFile<AttemptRecord> lines = JsonLinesFile.open(attempts, DocumentFormat.ATTEMPT_RECORD)) {
                    return exporter.exportAttempts(chosen, iterator(lines), writer);
                }
            }
            return exporter.exportChallenges(chosen, writer);
        });
        spec.commandLine().getOut().printf("wrote %d %s rows to %s (%d read, %d filtered out, prompt %s)%n",
                summary.written(), chosen.wireName(), out, summary.read(), summary.filteredOut(), renderer.version());
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }

    private static <T> Iterator<T> iterator(JsonLinesFile<T> lines) {
        return new Iterator<>() {
            private T next = lines.next();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public T next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                T current = next;
                next = lines.next();
                return current;
            }
        };
    }
}
