package io.dacr.cli.internal.run;

import io.dacr.api.DacrException;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Per-miner counts over attempt records, kept in the order miners first appear. */
final class Tally {

    /** One miner's counts. */
    static final class Row {
        long sessions;
        long passed;
        long passedFirst;
        long attempts;
        long trappedAttempts;
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    static Tally of(Path attempts) {
        Tally t = new Tally();
        if (!Files.exists(attempts)) {
            return t;
        }
        try (BufferedReader lines = Files.newBufferedReader(attempts, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    t.add(DacrJson.read(DocumentFormat.ATTEMPT_RECORD, line));
                }
            }
        } catch (IOException e) {
            throw new DacrException("cannot read " + attempts + ": " + e.getMessage(), e);
        }
        return t;
    }

    void add(List<AttemptRecord> records) {
        records.forEach(this::add);
    }

    void add(AttemptRecord r) {
        Row row = rows.computeIfAbsent(r.attempt().modelId(), k -> new Row());
        if (r.attempt().number() == 1) {
            row.sessions++;
        }
        row.attempts++;
        if (r.trapped()) {
            row.trappedAttempts++;
        }
        if (r.attempt().verdict().passed()) {
            row.passed++;
            if (r.attempt().number() == 1) {
                row.passedFirst++;
            }
        }
    }

    Map<String, Row> rows() {
        return rows;
    }

    /** @return e.g. {@code 31 passed, 40 attempts} over all miners */
    String label() {
        long passed = 0;
        long attempts = 0;
        for (Row r : rows.values()) {
            passed += r.passed;
            attempts += r.attempts;
        }
        return "challenges: " + passed + " passes, " + attempts + " attempts";
    }
}
