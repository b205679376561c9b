package io.dacr.core.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.api.DacrException;
import io.dacr.core.bench.BenchScorer;
import io.dacr.core.bench.DacrBenchFormat;
import io.dacr.core.bench.model.BenchDataset;
import io.dacr.core.bench.model.BenchResult;
import io.dacr.core.bench.model.Prediction;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.verify.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExportRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> rows(String jsonl) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : jsonl.split("\n")) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static String export(ExportFormat format, ExportFilter filter) throws IOException {
        StringWriter out = new StringWriter();
        DatasetExporter.builder(ExportFixtures.RENDERER, ExportFixtures.catalog()).filter(filter).build()
                .exportAttempts(format, ExportFixtures.records().iterator(), out);
        return out.toString();
    }

    @Test
    void theDacrBenchExportReadsBackAndItsOracleScoresOne() throws IOException {
        StringWriter out = new StringWriter();
        DatasetExporter.builder(ExportFixtures.RENDERER, ExportFixtures.catalog()).build()
                .exportChallenges(ExportFormat.DACR_BENCH, out);

        BenchDataset dataset = DacrBenchFormat.readDataset(out.toString().getBytes(StandardCharsets.UTF_8));
        Prediction oracle = DacrBenchFormat.predictionOf(ExportFixtures.records().get(0).attempt());
        BenchResult result = BenchScorer.builder().resamples(0).build().score(dataset, List.of(oracle), List.of());

        assertEquals(0, BigDecimal.ONE.compareTo(result.strict().summary().answerAccuracy()));
        assertEquals(0, BigDecimal.ONE.compareTo(result.strict().summary().trapEvasionRate()));
        assertEquals(Fixtures.CHALLENGE.paragraphs().size(), dataset.challenges().get(0).paragraphs().size());
    }

    @Test
    void theRawExportCarriesTheAttemptRecordItWasMadeFrom() throws IOException {
        List<JsonNode> rows = rows(export(ExportFormat.RAW, ExportFilter.all()));

        AttemptRecord back = DacrJson.read(DocumentFormat.ATTEMPT_RECORD, rows.get(2).get("record").toString());
        assertEquals(ExportFixtures.records().get(2), back);
        assertEquals("fell", rows.get(2).get("trap_classification").get(0).get("result").asText());
    }

    @Test
    void sftRowsHoldSystemUserAndTheAssistantsPassingSubmission() throws IOException {
        JsonNode row = rows(export(ExportFormat.SFT, ExportFilter.all())).get(0);

        assertEquals(List.of("system", "user", "assistant"),
                List.of(row.get("messages").get(0).get("role").asText(), row.get("messages").get(1).get("role").asText(),
                        row.get("messages").get(2).get("role").asText()));
        String completion = row.get("messages").get(2).get("content").asText();
        assertEquals(Fixtures.oracle(), DacrJson.read(DocumentFormat.SUBMISSION, completion));
    }

    @Test
    void theModelFilterKeepsOnlyThatModelsRows() throws IOException {
        ExportFilter onlyB = new ExportFilter(Set.of(), Set.of("model-b"), ExportFilter.Outcome.ANY, BigDecimal.ZERO);

        List<JsonNode> rows = rows(export(ExportFormat.RAW, onlyB));

        assertEquals(2, rows.size());
        rows.forEach(r -> assertEquals("model-b", r.get("model").asText()));
    }

    @Test
    void theOutcomeFilterKeepsFailedAttempts() throws IOException {
        ExportFilter failed = new ExportFilter(Set.of(), Set.of(), ExportFilter.Outcome.FAILED, BigDecimal.ZERO);

        List<JsonNode> rows = rows(export(ExportFormat.RAW, failed));

        assertEquals(List.of("fail", "fail", "malformed"), rows.stream().map(r -> r.get("outcome").asText()).toList());
    }

    @Test
    void theTraceQualityFilterDropsMalformedAttempts() throws IOException {
        ExportFilter good = new ExportFilter(Set.of(), Set.of(), ExportFilter.Outcome.ANY, BigDecimal.ONE);

        assertEquals(6, rows(export(ExportFormat.RAW, good)).size());
    }

    @Test
    void aDomainFilterWithoutMatchesWritesNothing() throws IOException {
        ExportFilter other = new ExportFilter(Set.of("insurance-law"), Set.of(), ExportFilter.Outcome.ANY, BigDecimal.ZERO);
        StringWriter out = new StringWriter();

        ExportSummary summary = DatasetExporter.builder(ExportFixtures.RENDERER, ExportFixtures.catalog()).filter(other)
                .build().exportAttempts(ExportFormat.SFT, ExportFixtures.records().iterator(), out);

        assertEquals("", out.toString());
        assertEquals(7, summary.filteredOut());
    }

    @Test
    void aRecordOfAnUnknownChallengeIsAClearError() {
        ChallengeCatalog empty = ChallengeCatalog.of(List.of(), List.of());
        DatasetExporter exporter = DatasetExporter.builder(ExportFixtures.RENDERER, empty).build();

        DacrException e = assertThrows(DacrException.class,
                () -> exporter.exportAttempts(ExportFormat.SFT, ExportFixtures.records().iterator(), new StringWriter()));

        assertEquals(true, e.getMessage().contains(Fixtures.ID.toString()), e.getMessage());
    }

    @Test
    void exportsReadTheirRecordsLazilyFromJsonLines() throws IOException {
        StringWriter lines = new StringWriter();
        for (AttemptRecord r : ExportFixtures.records()) {
            DacrJson.writeLine(DocumentFormat.ATTEMPT_RECORD, r, lines);
        }
        StringWriter out = new StringWriter();
        try (BufferedReader in = new BufferedReader(new StringReader(lines.toString()))) {
            DatasetExporter.builder(ExportFixtures.RENDERER, ExportFixtures.catalog()).build()
                    .exportAttempts(ExportFormat.RAW, DacrJson.readLines(DocumentFormat.ATTEMPT_RECORD, in).iterator(), out);
        }

        assertEquals(export(ExportFormat.RAW, ExportFilter.all()), out.toString());
    }
}
