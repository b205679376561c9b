package io.dacr.cli.internal.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.AnswerKey;
import io.dacr.api.Challenge;
import io.dacr.api.DacrException;
import io.dacr.api.reward.Allocation;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.DistributionMode;
import io.dacr.chain.MerkleDistributionTree;
import io.dacr.core.bench.BenchReports;
import io.dacr.core.bench.BenchScorer;
import io.dacr.core.bench.DacrBenchFormat;
import io.dacr.core.bench.model.BenchChallenge;
import io.dacr.core.bench.model.BenchDataset;
import io.dacr.core.bench.model.BenchResult;
import io.dacr.core.bench.model.Prediction;
import io.dacr.core.dataset.ChallengeCatalog;
import io.dacr.core.dataset.DatasetExporter;
import io.dacr.core.dataset.ExportFormat;
import io.dacr.core.dataset.ExportSummary;
import io.dacr.core.dataset.PromptRenderer;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.json.GeneratedKey;
import io.dacr.core.ledger.JournalEpochLedger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run derives once every challenge is committed: the closed epoch's distribution (with its
 * Merkle tree), the exports, a benchmark report per miner and the summary. Everything is read back
 * from the committed files, so a resumed run derives exactly what an uninterrupted one does; every
 * file is replaced whole.
 */
final class RunOutputs {

    /** The exports written, in this order. */
    static final List<ExportFormat> EXPORTS = List.of(ExportFormat.SFT, ExportFormat.DPO, ExportFormat.RAW,
            ExportFormat.TRL, ExportFormat.VERL);

    private final Path dir;
    private final RunSettings settings;
    private final PromptRenderer renderer;
    private final EpochRun.Listener listener;

    RunOutputs(Path dir, RunSettings settings, PromptRenderer renderer, EpochRun.Listener listener) {
        this.dir = dir;
        this.settings = settings;
        this.renderer = renderer;
        this.listener = listener;
    }

    RunSummary finish(JournalEpochLedger ledger) {
        listener.phase("closing the epoch");
        List<JsonNode> receiptLines = readJsonLines(dir.resolve(RunFiles.RECEIPTS));
        BigInteger receiptCredits = BigInteger.ZERO;
        for (JsonNode line : receiptLines) {
            receiptCredits = receiptCredits.add(new BigInteger(line.get("receipt").get("credits").asText()));
        }
        int ledgerReceipts = ledger.receipts(settings.epoch()).size();
        BigInteger ledgerCredits = ledger.totalCredits(settings.epoch());
        if (ledgerReceipts != receiptLines.size() || !ledgerCredits.equals(receiptCredits)) {
            throw new DacrException("the ledger holds " + ledgerReceipts + " receipts worth " + ledgerCredits
                    + " credits, but " + RunFiles.RECEIPTS + " lists " + receiptLines.size() + " worth " + receiptCredits);
        }
        Distribution distribution = ledger.closeEpoch(settings.epoch(), settings.pool(), DistributionMode.LARGEST_REMAINDER);
        MerkleDistributionTree tree = distribution.allocations().isEmpty() ? null : MerkleDistributionTree.of(distribution);
        writeDistribution(distribution, tree);

        listener.phase("exports");
        List<Challenge> challenges = new ArrayList<>();
        List<GeneratedKey> keys = new ArrayList<>();
        readLines(dir.resolve(RunFiles.CHALLENGES), DocumentFormat.CHALLENGE, challenges);
        readLines(dir.resolve(RunFiles.KEYS), DocumentFormat.GENERATED_KEY, keys);
        List<AttemptRecord> records = new ArrayList<>();
        readLines(dir.resolve(RunFiles.ATTEMPTS), DocumentFormat.ATTEMPT_RECORD, records);
        List<AnswerKey> answerKeys = keys.stream().map(GeneratedKey::key).toList();
        Map<ExportFormat, Long> exported = exports(challenges, answerKeys, records);

        listener.phase("reports");
        Map<String, Path> reports = reports(challenges, answerKeys, records);

        Tally tally = new Tally();
        tally.add(records);
        RunSummary summary = new RunSummary(settings, challenges.size(), tally, distribution,
                tree == null ? null : tree.root(), receiptLines.size(), exported, reports, dir);
        RunFiles.writeAtomically(dir.resolve(RunFiles.SUMMARY), summary.table());
        return summary;
    }

    private void writeDistribution(Distribution d, MerkleDistributionTree tree) {
        ObjectNode json = RunFiles.JSON.createObjectNode();
        json.set("distribution", parse(DacrJson.writeString(DocumentFormat.DISTRIBUTION, d)));
        if (tree == null) {
            json.putNull("merkleRoot");
        } else {
            json.put("merkleRoot", tree.root());
        }
        Map<String, String> models = new LinkedHashMap<>();
        settings.miners().forEach(m -> models.put(MinerAddress.of(m), m));
        ArrayNode claims = json.putArray("claims");
        for (Allocation a : d.allocations()) {
            ObjectNode c = claims.addObject();
            c.put("account", a.miner());
            c.put("model", models.getOrDefault(a.miner(), ""));
            c.put("credits", a.credits().toString());
            c.put("amount", a.amount().toString());
            c.put("leaf", MerkleDistributionTree.leaf(d.epoch(), a.miner(), a.amount()));
            ArrayNode proof = c.putArray("proof");
            tree.proof(a.miner()).forEach(proof::add);
        }
        RunFiles.writeAtomically(dir.resolve(RunFiles.DISTRIBUTION), RunFiles.pretty(json));
    }

    private Map<ExportFormat, Long> exports(List<Challenge> challenges, List<AnswerKey> keys, List<AttemptRecord> records) {
        Path folder = dir.resolve(RunFiles.EXPORTS);
        createDirectories(folder);
        DatasetExporter exporter = DatasetExporter.builder(renderer, ChallengeCatalog.of(challenges, keys)).build();
        Map<ExportFormat, Long> written = new LinkedHashMap<>();
        for (ExportFormat format : EXPORTS) {
            StringWriter out = new StringWriter();
            ExportSummary s;
            try {
                s = format.fromAttempts() ? exporter.exportAttempts(format, records.iterator(), out)
                        : exporter.exportChallenges(format, out);
            } catch (IOException e) {
                throw new IllegalStateException("a StringWriter does not fail", e);
            }
            RunFiles.writeAtomically(folder.resolve(format.wireName() + ".jsonl"), out.toString());
            written.put(format, s.written());
        }
        return written;
    }

    private Map<String, Path> reports(List<Challenge> challenges, List<AnswerKey> keys, List<AttemptRecord> records) {
        List<BenchChallenge> converted = new ArrayList<>();
        for (int i = 0; i < challenges.size(); i++) {
            converted.add(DacrBenchFormat.fromDacr(challenges.get(i), keys.get(i)));
        }
        BenchDataset dataset = new BenchDataset("dacr-run-epoch-" + settings.epoch(), "1.1", converted);
        Map<String, List<AttemptRecord>> byModel = new LinkedHashMap<>();
        for (AttemptRecord r : records) {
            byModel.computeIfAbsent(r.attempt().modelId(), k -> new ArrayList<>()).add(r);
        }
        Map<String, Path> written = new LinkedHashMap<>();
        for (Map.Entry<String, List<AttemptRecord>> e : byModel.entrySet()) {
            List<Prediction> firstAttempts = e.getValue().stream().filter(r -> r.attempt().number() == 1)
                    .map(r -> DacrBenchFormat.predictionOf(r.attempt())).toList();
            BenchResult result = BenchScorer.builder().build().score(dataset, firstAttempts, e.getValue());
            Path folder = dir.resolve(RunFiles.REPORTS).resolve(folderName(e.getKey()));
            createDirectories(folder);
            RunFiles.writeAtomically(folder.resolve("report.json"), BenchReports.json(result));
            RunFiles.writeAtomically(folder.resolve("report.md"), BenchReports.markdown(result));
            RunFiles.writeAtomically(folder.resolve("report.html"), BenchReports.html(result));
            written.put(e.getKey(), folder);
        }
        return written;
    }

    /** @return a model id as a folder name: {@code simulated/oracle-trap0.3-fix0.5} becomes {@code simulated-oracle-trap0.3-fix0.5} */
    static String folderName(String modelId) {
        String name = modelId.replaceAll("[^A-Za-z0-9._-]", "-");
        return name.startsWith(".") ? "-" + name.substring(1) : name;
    }

    private static <T> void readLines(Path file, DocumentFormat<T> format, List<T> into) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            DacrJson.readLines(format, lines).forEach(into::add);
        } catch (IOException e) {
            throw new DacrException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<JsonNode> readJsonLines(Path file) {
        List<JsonNode> all = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    all.add(RunFiles.JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new DacrException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return all;
    }

    private static JsonNode parse(String json) {
        try {
            return RunFiles.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("DACR's JSON always reads back", e);
        }
    }

    private static void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DacrException("cannot create " + folder + ": " + e.getMessage(), e);
        }
    }
}
