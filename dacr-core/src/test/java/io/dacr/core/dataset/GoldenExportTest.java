package io.dacr.core.dataset;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every export of the fixed input matches its checked-in golden file byte for byte. */
class GoldenExportTest {

    private static String attempts(ExportFormat format, DatasetExporter exporter) throws IOException {
        StringWriter out = new StringWriter();
        exporter.exportAttempts(format, ExportFixtures.records().iterator(), out);
        return out.toString();
    }

    private static String challenges(ExportFormat format) throws IOException {
        StringWriter out = new StringWriter();
        DatasetExporter.builder(ExportFixtures.RENDERER, ExportFixtures.catalog()).build().exportChallenges(format, out);
        return out.toString();
    }

    private static DatasetExporter plain() {
        return DatasetExporter.builder(ExportFixtures.RENDERER, ExportFixtures.catalog()).build();
    }

    @Test
    void sftRowsMatchTheGoldenFile() throws IOException {
        ExportFixtures.assertGolden("sft.jsonl", attempts(ExportFormat.SFT, plain()));
    }

    @Test
    void dpoRowsWithCrossModelPairsMatchTheGoldenFile() throws IOException {
        DatasetExporter exporter = DatasetExporter.builder(ExportFixtures.RENDERER, ExportFixtures.catalog())
                .crossModelPairs(true).build();

        ExportFixtures.assertGolden("dpo.jsonl", attempts(ExportFormat.DPO, exporter));
    }

    @Test
    void rawRowsMatchTheGoldenFile() throws IOException {
        ExportFixtures.assertGolden("raw.jsonl", attempts(ExportFormat.RAW, plain()));
    }

    @Test
    void trlRowsMatchTheGoldenFile() throws IOException {
        ExportFixtures.assertGolden("trl.jsonl", challenges(ExportFormat.TRL));
    }

    @Test
    void verlRowsMatchTheGoldenFile() throws IOException {
        ExportFixtures.assertGolden("verl.jsonl", challenges(ExportFormat.VERL));
    }

    @Test
    void dacrBenchFileMatchesTheGoldenFile() throws IOException {
        ExportFixtures.assertGolden("dacr-bench.json", challenges(ExportFormat.DACR_BENCH));
    }

    @Test
    void exportsAreTheSameBytesEveryTime() throws IOException {
        assertEquals(attempts(ExportFormat.RAW, plain()), attempts(ExportFormat.RAW, plain()));
    }
}
