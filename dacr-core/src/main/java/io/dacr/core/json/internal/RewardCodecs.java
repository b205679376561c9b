package io.dacr.core.json.internal;

import static io.dacr.core.json.internal.ObjectBuilder.object;

import io.dacr.api.reward.Allocation;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Epoch;
import io.dacr.api.reward.EpochState;
import io.dacr.api.reward.Receipt;
import java.util.Set;

/** The wire form of receipts, epochs and distributions. Credits and token amounts are JSON integers of any size. */
public final class RewardCodecs {

    /**
     * {@code {"miner", "epoch", "solveIndex", "previousReceiptHash", "challengeId", "documentHash",
     * "questionsHash", "constraintsHash", "answersHash", "rulesVersion", "credits"}}.
     */
    public static final Codec<Receipt> RECEIPT = Codec.of(
            r -> object().text("miner", r.miner()).number("epoch", r.epoch()).number("solveIndex", r.solveIndex())
                    .text("previousReceiptHash", r.previousReceiptHash()).text("challengeId", r.challengeId())
                    .text("documentHash", r.documentHash()).text("questionsHash", r.questionsHash())
                    .text("constraintsHash", r.constraintsHash()).text("answersHash", r.answersHash())
                    .number("rulesVersion", r.rulesVersion()).number("credits", r.credits()).build(),
            n -> n.object(Set.of("miner", "epoch", "solveIndex", "previousReceiptHash", "challengeId", "documentHash",
                    "questionsHash", "constraintsHash", "answersHash", "rulesVersion", "credits")).build(() -> new Receipt(
                    n.text("miner"), n.field("epoch").longValue(), n.field("solveIndex").longValue(),
                    n.text("previousReceiptHash"), n.text("challengeId"), n.text("documentHash"), n.text("questionsHash"),
                    n.text("constraintsHash"), n.text("answersHash"), n.field("rulesVersion").intValue(),
                    n.field("credits").integer())));

    /** {@code {"miner", "credits", "amount"}}. */
    public static final Codec<Allocation> ALLOCATION = Codec.of(
            a -> object().text("miner", a.miner()).number("credits", a.credits()).number("amount", a.amount()).build(),
            n -> n.object(Set.of("miner", "credits", "amount")).build(() -> new Allocation(
                    n.text("miner"), n.field("credits").integer(), n.field("amount").integer())));

    /** {@code {"epoch", "mode", "pool", "allocations", "retained"}}. */
    public static final Codec<Distribution> DISTRIBUTION = Codec.of(
            d -> object().number("epoch", d.epoch()).wire("mode", d.mode()).number("pool", d.pool())
                    .values("allocations", d.allocations(), ALLOCATION).number("retained", d.retained()).build(),
            n -> n.object(Set.of("epoch", "mode", "pool", "allocations", "retained")).build(() -> new Distribution(
                    n.field("epoch").longValue(), n.field("mode").wire(DistributionMode.class), n.field("pool").integer(),
                    n.field("allocations").list(ALLOCATION::decode), n.field("retained").integer())));

    /** {@code {"id", "state", "secretCommitment", "revealedSecret"?}}. */
    public static final Codec<Epoch> EPOCH = Codec.of(
            e -> object().number("id", e.id()).wire("state", e.state()).text("secretCommitment", e.secretCommitment())
                    .optionalText("revealedSecret", e.revealedSecret()).build(),
            n -> n.object(Set.of("id", "state", "secretCommitment", "revealedSecret")).build(() -> new Epoch(
                    n.field("id").longValue(), n.field("state").wire(EpochState.class), n.text("secretCommitment"),
                    n.optionalText("revealedSecret"))));

    private RewardCodecs() {
    }
}
