package io.dacr.backends.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.api.Submission;
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
import io.dacr.testkit.ChatCompletionsServer;
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
 * End to end: generated challenges, the miner harness, the real HTTP back end and the test kit's chat
 * server whose "model" answers from the oracle: wrongly on the first try, correctly once it sees the
 * feedback.
 */
@Timeout(60)
class MinerOverHttpTest {

    private static final DacrGenerator GENERATOR = DacrGenerator.builder()
            .domains(List.of(new CorporateFinanceDomain(), new InsuranceLawDomain())).build();
    private static final Secret SECRET = Secret.ofUtf8("miner-over-http-test-secret");

    private final Map<String, Submission> oracles = new ConcurrentHashMap<>();
    private final ChatCompletionsServer server = ChatCompletionsServer.start(ChatCompletionsServer.wrongThenOracle(oracles));

    @AfterEach
    void stop() {
        server.close();
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
        assertEquals(4 * ChatCompletionsServer.TOKENS_PER_REPLY, report.totalTokens());
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
