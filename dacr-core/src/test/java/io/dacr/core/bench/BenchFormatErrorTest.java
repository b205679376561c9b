package io.dacr.core.bench;

import io.dacr.api.FormatException;
import io.dacr.core.bench.model.BenchDataset;
import io.dacr.core.bench.model.Split;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchFormatErrorTest {

    private static final String QUESTION = "{\"questionId\":\"q1\",\"text\":\"t\",\"category\":\"comparative\",\"hops\":1,"
            + "\"goldAnswer\":\"x\"}";

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String challenge(String extra) {
        return "{\"challengeId\":\"c1\",\"source\":{\"type\":\"document\"},\"document\":{\"text\":\"p\",\"domain\":\"d\"},"
                + "\"questions\":[" + QUESTION + "]" + extra + "}";
    }

    @Test
    void aMissingMemberIsReportedWithItsJsonPath() {
        String json = "{\"name\":\"n\",\"version\":\"1.0\",\"challenges\":[{\"challengeId\":\"c1\",\"source\":{\"type\":\"document\"},"
                + "\"document\":{\"domain\":\"d\"},\"questions\":[]}]}";

        FormatException e = assertThrows(FormatException.class, () -> DacrBenchFormat.readDataset(utf8(json)));

        assertEquals("$.challenges[0].document", e.jsonPath());
        assertTrue(e.getMessage().contains("missing member 'text'"), e.getMessage());
    }

    @Test
    void aV11SplitIsReadFromTheChallenge() {
        String json = "{\"name\":\"n\",\"version\":\"1.1\",\"challenges\":[" + challenge(",\"split\":\"synthetic\"") + "]}";

        BenchDataset dataset = DacrBenchFormat.readDataset(utf8(json));

        assertEquals(Split.SYNTHETIC, dataset.challenges().get(0).split());
    }

    @Test
    void anUnknownSplitIsAFormatError() {
        String json = "{\"name\":\"n\",\"challenges\":[" + challenge(",\"split\":\"imaginary\"") + "]}";

        FormatException e = assertThrows(FormatException.class, () -> DacrBenchFormat.readDataset(utf8(json)));

        assertEquals("$.challenges[0].split", e.jsonPath());
    }

    @Test
    void aRepeatedChallengeIdIsAFormatError() {
        String json = "{\"name\":\"n\",\"challenges\":[" + challenge("") + "," + challenge("") + "]}";

        FormatException e = assertThrows(FormatException.class, () -> DacrBenchFormat.readDataset(utf8(json)));

        assertEquals("$.challenges[1].challengeId", e.jsonPath());
    }

    @Test
    void aConfidenceGivenAsTextIsAFormatError() {
        String json = "[{\"challengeId\":\"c1\",\"model\":\"m\",\"answers\":{\"q1\":{\"answer\":\"x\",\"confidence\":\"high\"}}}]";

        FormatException e = assertThrows(FormatException.class, () -> DacrBenchFormat.readPredictions(utf8(json)));

        assertEquals("$[0].answers.q1.confidence", e.jsonPath());
    }

    @Test
    void predictionsMustBeAnArray() {
        FormatException e = assertThrows(FormatException.class, () -> DacrBenchFormat.readPredictions(utf8("{}")));

        assertEquals("dacr_bench_predictions", e.format());
    }

    @Test
    void invalidUtf8IsAFormatError() {
        byte[] bad = {'[', (byte) 0xC0, (byte) 0xAF, ']'};

        assertThrows(FormatException.class, () -> DacrBenchFormat.readPredictions(bad));
    }

    @Test
    void notJsonIsAFormatError() {
        FormatException e = assertThrows(FormatException.class, () -> DacrBenchFormat.readDataset(utf8("{\"name\":")));

        assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
    }
}
