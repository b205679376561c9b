package io.dacr.core.json;

import io.dacr.api.AnswerFormat;
import io.dacr.api.AnswerKey;
import io.dacr.api.Attempt;
import io.dacr.api.Challenge;
import io.dacr.api.ChallengeId;
import io.dacr.api.CheckResult;
import io.dacr.api.ComputeStep;
import io.dacr.api.Constraint;
import io.dacr.api.ConstraintKind;
import io.dacr.api.ConstraintValue;
import io.dacr.api.ContentHashes;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.Fact;
import io.dacr.api.GenerationSpec;
import io.dacr.api.GoldAnswer;
import io.dacr.api.GroundedMention;
import io.dacr.api.GroundingIndex;
import io.dacr.api.Outcome;
import io.dacr.api.Paragraph;
import io.dacr.api.Provenance;
import io.dacr.api.Question;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.QuestionCategory;
import io.dacr.api.ReasoningHop;
import io.dacr.api.Submission;
import io.dacr.api.Tolerance;
import io.dacr.api.TraceRules;
import io.dacr.api.Trap;
import io.dacr.api.TrapKind;
import io.dacr.api.Verdict;
import io.dacr.api.reward.Allocation;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Epoch;
import io.dacr.api.reward.EpochState;
import io.dacr.api.reward.Receipt;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fixed sample values, one per format. Their texts hold what canonical JSON must get right: quotes,
 * line breaks, tabs, accented and supplementary characters; their decimals carry trailing zeros.
 * The golden files under {@code src/test/resources/io/dacr/core/json} are their canonical bytes.
 */
final class Samples {

    static final ChallengeId ID = new ChallengeId(1, 1, "corporate-finance", "5f2a9c1e0b7d3a11", "epoch-7", 42,
            "0c9d4e5f6a7b8c9d0e1f2a3b4c5d6e7f");

    private Samples() {
    }

    static List<Paragraph> paragraphs() {
        return List.of(
                new Paragraph("paragraph_1", "Kelmara Air (\"KA\") reported revenue of $1.66 billion.\nAnalysts had expected less."),
                new Paragraph("paragraph_2", "The Kelmara-based carrier's café\tlounge \u2014 rated \ud83d\ude00 by Zo\u00eb \u2014 opened in 2019."),
                new Paragraph("paragraph_3", "Restated: the audited figure is 1,664 million dollars, per the C:\\reports archive."));
    }

    static List<Question> questions() {
        return List.of(
                new Question("q1", "What revenue did Kelmara Air report, in USD?", QuestionCategory.TRAP_TARGETED, 2,
                        AnswerFormat.number("USD", Tolerance.relative("0.010"))),
                new Question("q2", "Which carrier opened the lounge?", QuestionCategory.MULTI_HOP_BRIDGE, 3, AnswerFormat.entity()),
                new Question("q3", "Who rated the lounge?", QuestionCategory.DIRECT_EXTRACTION, 1, AnswerFormat.text()));
    }

    static List<Constraint> constraints() {
        return List.of(
                new Constraint("c1", ConstraintKind.WORD_COUNT, "The number of words equals the answer to q2's opening year minus 2010.",
                        List.of("q2")),
                new Constraint("c2", ConstraintKind.ACROSTIC, "The initials spell the initials of the answers to q2 and q3.",
                        List.of("q2", "q3")));
    }

    static Challenge challenge() {
        return new Challenge(ID, ID.domainId(), ID.generatorVersion(), paragraphs(), questions(), constraints(),
                TraceRules.defaults(), ContentHashes.of(paragraphs(), questions(), constraints()));
    }

    static AnswerKey answerKey() {
        GenerationSpec spec = GenerationSpec.preset("standard").with("paragraphs", "60");
        return new AnswerKey(ID,
                List.of(new Fact("f1", "Kelmara Air", "revenue", "1664000000", "USD")),
                List.of(new GoldAnswer("q1", "1664000000", List.of("$1.66 billion", "1,664 million dollars"),
                        List.of(new ReasoningHop("extract", List.of("f1"), List.of("paragraph_3"), "1664000000")), "t1")),
                List.of(new ConstraintValue("c1", new TreeMap<>(Map.of("count", "9")), null)),
                List.of(new Trap("t1", TrapKind.SUPERSEDED, "f1", "1664000000", "1660000000", List.of("paragraph_1", "paragraph_3"),
                        "the audited figure")),
                new GroundingIndex(List.of(new GroundedMention("paragraph_3", "f1", "Kelmara Air", "1,664 million dollars"))),
                new Provenance(1, "corporate-finance", "ab".repeat(32), spec, "epoch-7", 42, "hmac-sha256/v1"));
    }

    static Submission submission() {
        return new Submission(ID.toString(), "Kelmara carries Zo\u00eb",
                List.of(new QuestionAnswer("q1", "$1.664 billion", "paragraph_3", new BigDecimal("0.90")),
                        new QuestionAnswer("q2", "Kelmara Air", null, null)),
                List.of(new ExtractFactStep("KA", "revenue", "1,664 million dollars", "paragraph_3"),
                        new ComputeStep("multiply", List.of("1664", "1000000"), "1664000000")));
    }

    static Verdict verdict() {
        return new Verdict(ID.toString(), Outcome.FAIL,
                List.of(CheckResult.pass("c1"), new CheckResult("c2", Outcome.FAIL, "expected initials KZ, found KCZ")),
                List.of(CheckResult.pass("q1"), CheckResult.pass("q2"), new CheckResult("q3", Outcome.NO_ANSWER, "")),
                CheckResult.pass("trace"), "1 of 2 constraints passed");
    }

    static Attempt attempt() {
        return new Attempt("session-1", ID.toString(), 1, "demo-model", submission(), verdict(),
                "constraints passed: 1/2; answers correct: 2/2 required", Instant.parse("2026-03-01T12:00:00.500Z"),
                Duration.parse("PT1.5S"));
    }

    static Receipt receipt() {
        return new Receipt("0x" + "1a".repeat(20), 7, 0, Receipt.GENESIS_HASH, ID.toString(), "0x" + "11".repeat(32),
                "0x" + "22".repeat(32), "0x" + "33".repeat(32), "0x" + "44".repeat(32), 1,
                new BigInteger("115792089237316195423570985008687907853269984665640564039457584007913129639935"));
    }

    static Distribution distribution() {
        return new Distribution(7, DistributionMode.FLOOR, BigInteger.valueOf(1000),
                List.of(new Allocation("0x" + "1a".repeat(20), BigInteger.TWO, BigInteger.valueOf(666)),
                        new Allocation("0x" + "2b".repeat(20), BigInteger.ONE, BigInteger.valueOf(333))),
                BigInteger.ONE);
    }

    static Epoch epoch() {
        return new Epoch(7, EpochState.CLOSED, "0x" + "ab".repeat(32), "0x00ff");
    }

    static GenerationSpec generationSpec() {
        return GenerationSpec.preset("standard").with("paragraphs", "60").with("traps", "6");
    }

    static GeneratedKey generatedKey() {
        return new GeneratedKey(answerKey(), submission());
    }

    static AttemptRecord attemptRecord() {
        return new AttemptRecord(attempt(), List.of("q2"), new AttemptOrigin("dacr-prompt-1", "self-refine",
                "```json\n{\"answers\": {}}\n```", new io.dacr.api.spi.TokenUsage(1200, 340)));
    }

    static ParseFailure parseFailure() {
        return new ParseFailure("session-1", submission().challengeId(), "demo-model", "dacr-prompt-1", "single", 1,
                "I think the answer is 42.", "no JSON object in the reply", new io.dacr.api.spi.TokenUsage(1200, 7),
                java.time.Instant.parse("2026-03-01T12:00:00.500Z"));
    }

    /** One sample per format, in {@link DocumentFormat#all()} order. */
    static List<Object> all() {
        return List.of(challenge(), answerKey(), submission(), verdict(), attempt(), receipt(), distribution(), epoch(),
                generationSpec(), generatedKey(), attemptRecord(), parseFailure());
    }
}
