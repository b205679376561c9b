package io.dacr.backends.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.ComputeStep;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Secret;
import io.dacr.api.Submission;
import io.dacr.api.TraceStep;
import io.dacr.api.spi.LlmBackend;
import io.dacr.api.spi.LlmConfig;
import io.dacr.core.json.AttemptRecord;
import io.dacr.core.miner.ChallengeOutcome;
import io.dacr.core.miner.Miner;
import io.dacr.core.miner.MiningReport;
import io.dacr.core.miner.MiningTask;
import io.dacr.core.miner.PromptBuilder;
import io.dacr.core.miner.Strategy;
import io.dacr.core.session.JsonlAttemptStore;
import io.dacr.domains.CorporateFinanceDomain;
import io.dacr.domains.InsuranceLawDomain;
import io.dacr.generator.DacrGenerator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: generated challenges, the miner harness, the real HTTP back end and a chat server whose
 * "model" answers from the oracle: wrongly on the first try, correctly once it sees the feedback.
 */
@Timeout(60)
class MinerOverHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DacrGenerator GENERATOR = DacrGenerator.builder()
            .domains(List.of(new CorporateFinanceDomain(), new InsuranceLawDomain())).build();
    private static final Secret SECRET = Secret.ofUtf8("miner-over-http-test-secret");

    private final FakeChatServer server;
    private final Map<String, Submission> oracles = new ConcurrentHashMap<>();

    MinerOverHttpTest() throws Exception {
        server = new FakeChatServer();
        server.fallback(FakeChatServer.computed(this::modelReply));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Reads the challenge id from the prompt; answers wrongly at first, from the oracle after feedback. */
    private String modelReply(String requestBody) {
        try {
            JsonNode messages = JSON.readTree(requestBody).get("messages");
            String prompt = messages.get(1).get("content").textValue();
            String id = prompt.substring("Challenge ".length(), prompt.indexOf(' ', "Challenge ".length()));
            Submission oracle = oracles.get(id);
            if (messages.size() == 2) {
                List<QuestionAnswer> wrong = oracle.answers().stream()
                        .map(a -> new QuestionAnswer(a.questionId(), "unknown", a.citation(), a.confidence())).toList();
                return reply(new Submission(id, oracle.artifact(), wrong, oracle.trace()));
            }
            return reply(oracle);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String reply(Submission s) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode answers = root.putObject("answers");
        for (QuestionAnswer a : s.answers()) {
            ObjectNode o = answers.putObject(a.questionId()).put("answer", a.answer());
            if (a.citation() != null) {
                o.put("citation", a.citation());
            }
        }
        root.put("artifact", s.artifact());
        ArrayNode trace = root.putArray("trace");
        for (TraceStep step : s.trace()) {
            ObjectNode o = trace.addObject().put("type", step.type());
            if (step instanceof ExtractFactStep e) {
                o.put("targetEntity", e.targetEntity()).put("attribute", e.attribute())
                        .put("valueExtracted", e.valueExtracted()).put("source", e.source());
            } else if (step instanceof ComputeStep c) {
                o.put("op", c.op());
                c.inputs().forEach(o.putArray("inputs")::add);
                o.put("result", c.result());
            }
        }
        return "I have read the document.\n```json\n" + root.toPrettyString() + "\n```\n";
    }

    private MiningTask task(String domain, long index) {
        GeneratedChallenge g = GENERATOR.generate(new GenerationRequest(domain, GenerationSpec.preset("small"), "e2e",
                index, SECRET));
        oracles.put(g.challenge().id().toString(), g.oracle());
        return MiningTask.of(g);
    }

    @Test
    void selfRefineOverHttpPassesOnTheSecondAttemptAndRecordsBoth(@TempDir Path dir) throws Exception {
        List<MiningTask> tasks = List.of(task("corporate-finance", 0), task("insurance-law", 1));
        Path file = dir.resolve("attempts.jsonl");
        MiningReport report;
        try (LlmBackend model = new OpenAiCompatibleProvider().create(LlmConfig.builder(server.baseUrl(), "oracle-model")
                .option("stream", "false").build());
             JsonlAttemptStore store = JsonlAttemptStore.open(file)) {
            report = Miner.builder(model, store).strategy(Strategy.selfRefine()).concurrency(2)
                    .clock(Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC)).build()
                    .mine(tasks.iterator());
        }

        assertEquals(2, report.count(ChallengeOutcome.Status.PASSED), report.toString());
        assertEquals(4, report.attempts());
        assertEquals(4 * 15, report.totalTokens());
        List<AttemptRecord> records = JsonlAttemptStore.read(file).records();
        assertEquals(4, records.size());
        for (AttemptRecord r : records) {
            assertEquals("oracle-model", r.attempt().modelId());
            assertEquals(PromptBuilder.PROMPT_VERSION, r.origin().promptVersion());
            assertEquals(r.attempt().number() == 2, r.attempt().verdict().passed());
            assertTrue(r.origin().response().contains("```json"));
        }
    }
}
