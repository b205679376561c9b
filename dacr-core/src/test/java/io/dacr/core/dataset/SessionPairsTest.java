package io.dacr.core.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.verify.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** DPO session pairs never join two models' attempts, even under one session id (records of older miners). */
class SessionPairsTest {

    @Test
    void aSessionPairIsOneModelsFailureAndLaterPass() throws IOException {
        List<AttemptRecord> records = List.of(
                ExportFixtures.record("mine-shared", 1, "model-a", Fixtures.failing()),
                ExportFixtures.record("mine-shared", 1, "model-b", Fixtures.failing()),
                ExportFixtures.record("mine-shared", 2, "model-b", Fixtures.oracle()),
                ExportFixtures.record("mine-shared", 2, "model-a", Fixtures.failing()));
        StringWriter out = new StringWriter();

        DatasetExporter.builder(ExportFixtures.RENDERER, ExportFixtures.catalog()).build()
                .exportAttempts(ExportFormat.DPO, records.iterator(), out);

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            rows.add(json.readTree(line));
        }
        assertEquals(1, rows.size(), out.toString());
        assertEquals("session", rows.get(0).get("pair").asText());
        assertEquals("model-b", rows.get(0).get("chosen_model").asText());
        assertEquals("model-b", rows.get(0).get("rejected_model").asText());
    }
}
