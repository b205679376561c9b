package io.dacr.cli.internal.run;

import io.dacr.api.reward.Allocation;
import io.dacr.api.reward.Distribution;
import io.dacr.core.dataset.ExportFormat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a finished run shows: one row per miner (sessions, passes, pass@1, self-corrections, attempts,
 * attempts that fell for a trap, credits, payout) and where everything is. Derived from the committed
 * files only, so it is the same for a resumed run as for an uninterrupted one.
 */
public final class RunSummary {

    private final RunSettings settings;
    private final long challenges;
    private final Tally tally;
    private final Distribution distribution;
    private final String merkleRoot;
    private final long receipts;
    private final Map<ExportFormat, Long> exports;
    private final Map<String, Path> reports;
    private final Path dir;

    RunSummary(RunSettings settings, long challenges, Tally tally, Distribution distribution, String merkleRoot,
               long receipts, Map<ExportFormat, Long> exports, Map<String, Path> reports, Path dir) {
        this.settings = settings;
        this.challenges = challenges;
        this.tally = tally;
        this.distribution = distribution;
        this.merkleRoot = merkleRoot;
        this.receipts = receipts;
        this.exports = exports;
        this.reports = reports;
        this.dir = dir;
    }

    /** @return the epoch's distribution */
    public Distribution distribution() {
        return distribution;
    }

    /** @return where the outputs are */
    public Path directory() {
        return dir;
    }

    /**
     * @return the summary table and the list of outputs, lines ending in {@code \n}; it names no path, so two
     *     runs of one seed in different directories print the same table
     */
    public String table() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"miner", "sessions", "passed", "pass@1", "fixed later", "attempts", "trapped",
            "credits", "payout"});
        for (Map.Entry<String, Tally.Row> e : tally.rows().entrySet()) {
            Tally.Row r = e.getValue();
            String address = MinerAddress.of(e.getKey());
            Allocation a = distribution.allocations().stream().filter(x -> x.miner().equals(address)).findFirst().orElse(null);
            rows.add(new String[] {e.getKey(), Long.toString(r.sessions), Long.toString(r.passed),
                percent(r.passedFirst, r.sessions), Long.toString(r.passed - r.passedFirst), Long.toString(r.attempts),
                Long.toString(r.trappedAttempts), a == null ? "0" : a.credits().toString(),
                a == null ? "0" : share(a.amount())});
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "epoch %d: %d challenges (%s), %d miners, %d receipts credited%n",
                settings.epoch(), challenges, String.join(", ", settings.domainIds()), tally.rows().size(), receipts)
                .replace(System.lineSeparator(), "\n"));
        out.append(align(rows));
        out.append("pool ").append(distribution.pool()).append(" base units split largest-remainder, ")
                .append(distribution.retained()).append(" retained; Merkle root ")
                .append(merkleRoot == null ? "none (nobody earned credits)" : merkleRoot).append('\n');
        out.append("exports:");
        exports.forEach((f, n) -> out.append(' ').append(f.wireName()).append(' ').append(n));
        out.append(" rows\n");
        out.append("outputs: ").append(RunFiles.CHALLENGES).append(", ")
                .append(RunFiles.ATTEMPTS).append(", ").append(RunFiles.RECEIPTS).append(", ")
                .append(RunFiles.DISTRIBUTION).append(", ").append(RunFiles.EXPORTS).append("/, ")
                .append(RunFiles.REPORTS).append("/<miner>/report.html\n");
        return out.toString();
    }

    /** @return the payout in whole tokens of 18 decimals, to 2 places */
    private static String share(BigInteger amount) {
        return new BigDecimal(amount).movePointLeft(18).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String percent(long part, long whole) {
        if (whole == 0) {
            return "-";
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    private static String align(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String cell = row[i];
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(i == 0 ? cell + pad : pad + cell).append(i < row.length - 1 ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
