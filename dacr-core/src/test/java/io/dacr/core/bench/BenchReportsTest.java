package io.dacr.core.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.core.bench.model.BenchResult;
import io.dacr.core.bench.model.ScoringMode;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchReportsTest {

    private static final BenchResult STRICT = BenchScorer.builder().build()
            .score(BenchFiles.crafted(), BenchFiles.craftedPredictions(), AttemptMetricsTest.records());
    private static final BenchResult LENIENT = BenchScorer.builder().headline(ScoringMode.COMPATIBLE).build()
            .score(BenchFiles.crafted(), BenchFiles.craftedPredictions(), List.of());

    private static Document parseXml(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    @Test
    void theHtmlPageIsWellFormedXhtmlWithItsFourCharts() throws Exception {
        Document page = parseXml(BenchReports.html(STRICT));

        NodeList svgs = page.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < svgs.getLength(); i++) {
            ids.add(((Element) svgs.item(i)).getAttribute("id"));
        }
        assertEquals(List.of("chart-category", "chart-hops", "chart-reliability", "chart-attempts"), ids);
        assertEquals("html", page.getDocumentElement().getLocalName());
    }

    @Test
    void everyChartDrawsBars() throws Exception {
        Document page = parseXml(BenchReports.html(STRICT));

        NodeList svgs = page.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            assertTrue(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength() > 0,
                    svg.getAttribute("id"));
        }
    }

    @Test
    void theHtmlPageEscapesTextFromTheInputs() throws Exception {
        String html = BenchReports.html(LENIENT);

        parseXml(html);
        assertTrue(!html.contains("<script"), "the page runs no script");
    }

    @Test
    void theJsonSummaryHoldsDacrBenchsMembersOfTheHeadlineMode() throws Exception {
        JsonNode json = new ObjectMapper().readTree(BenchReports.json(LENIENT));

        List<String> members = new ArrayList<>();
        json.get("summary").fieldNames().forEachRemaining(members::add);
        assertEquals(List.of("answerAccuracy", "confidenceWeightedAccuracy", "confidenceCalibration", "meanConfidence",
                "trapEvasionRate", "citationGroundingScore", "passRate", "transferGap", "challengesEvaluated",
                "questionsEvaluated", "formatFailureRate"), members);
        assertEquals("compatible", json.get("headline").asText());
        assertEquals("0.714286", json.get("summary").get("answerAccuracy").asText());
        assertEquals("0.428571", json.get("strict").get("summary").get("answerAccuracy").asText());
    }

    @Test
    void theJsonReportCarriesIntervalsAndAttempts() throws Exception {
        JsonNode json = new ObjectMapper().readTree(BenchReports.json(STRICT));

        assertEquals(2, json.get("intervals").get("answerAccuracy").size());
        assertEquals(1000, json.get("bootstrap").get("resamples").asInt());
        assertEquals("0.25", json.get("attempts").get("passAt1").asText());
    }

    @Test
    void everySummaryRowOfTheMarkdownReportHasFourCells() {
        String md = BenchReports.markdown(STRICT);

        List<String> rows = md.lines().dropWhile(l -> !l.startsWith("| Metric | Strict")).takeWhile(l -> l.startsWith("|"))
                .toList();
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("| Transfer gap")), md);
        for (String row : rows) {
            assertEquals(5, row.replace("\\|", "").chars().filter(c -> c == '|').count(), row);
        }
    }

    @Test
    void theMarkdownReportShowsBothModesSideBySide() {
        String md = BenchReports.markdown(STRICT);

        assertTrue(md.contains("| Answer accuracy | 42.9% | 71.4% |"), md);
        assertTrue(md.contains("| pass@1 | 25.0% |"), md);
    }

    @Test
    void reportsAreTheSameBytesEveryTime() {
        BenchResult again = BenchScorer.builder().build()
                .score(BenchFiles.crafted(), BenchFiles.craftedPredictions(), AttemptMetricsTest.records());

        assertEquals(BenchReports.json(STRICT), BenchReports.json(again));
        assertEquals(BenchReports.html(STRICT), BenchReports.html(again));
        assertEquals(BenchReports.markdown(STRICT), BenchReports.markdown(again));
    }
}
