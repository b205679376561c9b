package io.dacr.server;

import io.dacr.api.reward.EpochLedger;
import io.dacr.api.ChallengeId;
import io.dacr.api.GenerationSpec;
import io.dacr.api.QuestionAnswer;
import io.dacr.api.Secret;
import io.dacr.api.Submission;
import io.dacr.api.reward.ReceiptHasher;
import io.dacr.chain.Eip712Domain;
import io.dacr.chain.Eip712ReceiptHasher;
import io.dacr.chain.SigningKey;
import java.time.Clock;
import io.dacr.core.json.DacrJson;
import io.dacr.domains.CorporateFinanceDomain;
import io.dacr.core.json.DocumentFormat;
import io.dacr.generator.DacrGenerator;
import io.dacr.server.internal.ChallengeSource;
import java.util.List;

/** One coordinator set-up for the tests: a small-preset generator on the corporate-finance pack. */
final class Harness {

    static final Secret SECRET = Secret.ofUtf8("dacr-coordinator-test-secret-0123456789");
    static final String DOMAIN = "corporate-finance";
    static final GenerationSpec SPEC = GenerationSpec.preset("small");
    static final DacrGenerator GENERATOR = DacrGenerator.builder().domain(new CorporateFinanceDomain()).build();
    private static final ChallengeSource SOURCE = new ChallengeSource(GENERATOR, SECRET, List.of(DOMAIN), SPEC, 1_000);

    /** The production receipt hash: the EIP-712 struct hash of dacr-chain. */
    static final ReceiptHasher HASHER = new Eip712ReceiptHasher();
    static final long CHAIN_ID = 31_337;
    static final String CONTRACT = "0x00000000000000000000000000000000000d4c12";
    static final SigningKey COORDINATOR_KEY =
            SigningKey.ofHex("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
    static final Eip712Domain DOMAIN_OF_CONTRACT = Eip712Domain.dacrMining(CHAIN_ID, CONTRACT);

    private Harness() {
    }

    /** @return the production settlement for {@link #CONTRACT}, signing with {@link #COORDINATOR_KEY} */
    static ChainSettlement settlement() {
        return ChainSettlement.forContract(COORDINATOR_KEY, CHAIN_ID, CONTRACT);
    }

    static Coordinator.Builder coordinator(EpochLedger ledger, Settlement settlement, CoordinatorStorage storage,
                                           Clock clock) {
        return Coordinator.builder(GENERATOR, SECRET, ledger, HASHER, settlement, storage)
                .domains(List.of(DOMAIN))
                .spec(SPEC)
                .clock(clock)
                .epochs(MutableClock.START.minusSeconds(3600), java.time.Duration.ofDays(1));
    }

    /** The oracle submission of a challenge the coordinator issued: it passes. */
    static Submission oracle(String challengeId) {
        return SOURCE.regenerate(ChallengeId.parse(challengeId), Long.MAX_VALUE).oracle();
    }

    /** The oracle's artifact and trace with every answer wrong: it fails. */
    static Submission wrong(String challengeId) {
        Submission oracle = oracle(challengeId);
        List<QuestionAnswer> answers = oracle.answers().stream()
                .map(a -> new QuestionAnswer(a.questionId(), "Nobody In Particular", a.citation(), a.confidence()))
                .toList();
        return new Submission(oracle.challengeId(), oracle.artifact(), answers, oracle.trace());
    }

    static String json(Submission submission) {
        return DacrJson.writeString(DocumentFormat.SUBMISSION, submission);
    }
}
