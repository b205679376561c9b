package io.dacr.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.core.audit.internal.ChallengeOutcome;
import io.dacr.core.audit.internal.ChallengeOutcome.QuestionOutcome;
import io.dacr.core.audit.internal.ChallengeOutcome.SolverOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's figures and its JSON shape, from hand-made challenge outcomes. */
class AuditReportTest {

    private static ChallengeOutcome outcome(boolean majorityFellForHearsay, String hash) {
        List<QuestionOutcome> oracle = List.of(new QuestionOutcome("trap_targeted", 1, true, "hearsay", false),
                new QuestionOutcome("comparative", 3, true, null, false));
        List<QuestionOutcome> majority = List.of(
                new QuestionOutcome("trap_targeted", 1, !majorityFellForHearsay, "hearsay", majorityFellForHearsay),
                new QuestionOutcome("comparative", 3, true, null, false));
        return new ChallengeOutcome(List.of(new SolverOutcome("oracle", true, true, true, true, oracle),
                new SolverOutcome("majority", false, !majorityFellForHearsay, true, !majorityFellForHearsay, majority)),
                List.of("N reported annual revenue of #.", "N is led by N."), hash);
    }

    private static AuditReport report() {
        AuditTally tally = new AuditTally(List.of("oracle", "majority"));
        tally.add(outcome(true, "a"));
        tally.add(outcome(true, "b"));
        tally.add(outcome(false, "a"));
        tally.add(outcome(true, "c"));
        return tally.report();
    }

    @Test
    void ratesCountChallengesAndAnswers() {
        AuditReport.SolverMetrics m = report().solvers().get("majority");
        assertEquals("0.0000", m.passRate().toPlainString());
        assertEquals("0.2500", m.answersPassRate().toPlainString());
        assertEquals("1.0000", m.traceValidRate().toPlainString());
        assertEquals("0.2500", m.groundedTraceRate().toPlainString());
        assertEquals("0.6250", m.accuracy().toPlainString());
        assertEquals("0.2500", m.byCategory().get("trap_targeted").toPlainString());
        assertEquals("1.0000", m.byHops().get(3).toPlainString());
    }

    @Test
    void aTrapKindIsJudgedAgainstTheShortcutItTargetsOnly() {
        AuditReport.TrapMetrics hearsay = report().traps().get("hearsay");
        assertEquals(4, hearsay.questions());
        assertEquals(List.of("majority"), List.copyOf(hearsay.wrongShare().keySet()));
        assertEquals("0.7500", hearsay.wrongShare().get("majority").toPlainString());
        assertEquals("0.7500", hearsay.trapValueShare().get("majority").toPlainString());
    }

    @Test
    void repeatedMaskedDocumentsAndDistinctSkeletonsAreCounted() {
        AuditReport.Diversity d = report().diversity();
        assertEquals(8, d.sentences());
        assertEquals(2, d.distinctSkeletons());
        assertEquals(1, d.duplicateDocumentHashes());
    }

    @Test
    void theJsonHasTheShapeTheIssueNames() throws Exception {
        JsonNode json = new ObjectMapper().readTree(report().toJson());
        assertEquals(4, json.get("challenges").asInt());
        JsonNode majority = json.get("solvers").get("majority");
        for (String field : List.of("passRate", "answersPassRate", "traceValidRate", "accuracy")) {
            assertTrue(majority.has(field), field);
        }
        assertEquals("0.75", json.get("traps").get("hearsay").get("shortcuts").get("majority").get("wrongShare").decimalValue()
                .stripTrailingZeros().toPlainString());
        assertEquals(1, json.get("diversity").get("duplicateDocumentHashes").asInt());
    }

    @Test
    void theTableNamesEverySolverAndTrap() {
        String table = report().toTable();
        assertTrue(table.contains("majority") && table.contains("hearsay") && table.contains("1 duplicate"), table);
    }
}
