package io.dacr.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.LedgerException;
import io.dacr.api.LedgerException.Reason;
import io.dacr.api.Secret;
import io.dacr.api.reward.Allocation;
import io.dacr.api.reward.CreditOutcome;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Epoch;
import io.dacr.api.reward.EpochLedger;
import io.dacr.api.reward.EpochState;
import io.dacr.api.reward.Receipt;
import io.dacr.api.reward.ReceiptHasher;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The compatibility kit for {@link EpochLedger} implementations: every promise of the interface, one
 * test each. Extend it in the implementation's tests:
 *
 * <pre>{@code
 * class JournalEpochLedgerTest extends AbstractEpochLedgerTck {
 *     @TempDir Path dir;
 *     protected EpochLedger openLedger(String storage, ReceiptHasher hasher) {
 *         return JournalEpochLedger.open(dir.resolve(storage), hasher);
 *     }
 * }
 * }</pre>
 *
 * Receipts are built with {@link ReceiptChain} and hashed with {@link #hasher()} (the
 * {@link TestReceiptHasher} unless overridden).
 */
public abstract class AbstractEpochLedgerTck {

    /** The storage most tests use. */
    protected static final String MAIN = "main";

    private static final Secret SECRET = Secret.ofUtf8("dacr-testkit epoch secret 0001");
    private static final String COMMITMENT = Epoch.commitmentOf(SECRET);

    /** For subclasses. */
    protected AbstractEpochLedgerTck() {
    }

    /**
     * Opens the ledger under test on a named storage (a directory, a database schema). Every test
     * starts with every storage empty; within a test, a storage that was closed and is opened again
     * holds everything written to it.
     *
     * @param storage the storage's name, a lower-case identifier
     * @param hasher the receipt hasher to use
     * @return the ledger; the test closes it
     */
    protected abstract EpochLedger openLedger(String storage, ReceiptHasher hasher);

    /** @return the receipt hasher the tests use */
    protected ReceiptHasher hasher() {
        return new TestReceiptHasher();
    }

    private EpochLedger ledger() {
        return openLedger(MAIN, hasher());
    }

    private ReceiptChain chain(String name) {
        return new ReceiptChain(ReceiptChain.address(name), hasher());
    }

    private static BigInteger n(long value) {
        return BigInteger.valueOf(value);
    }

    private static void assertRefused(Reason reason, Executable call) {
        LedgerException e = assertThrows(LedgerException.class, call);
        assertEquals(reason, e.reason(), e.getMessage());
    }

    // --- epochs ------------------------------------------------------------------------------------

    /** An opened epoch is OPEN with its commitment and no revealed secret. */
    @Test
    public void anOpenedEpochIsOpenWithItsCommitment() {
        try (EpochLedger ledger = ledger()) {
            Epoch opened = ledger.open(7, COMMITMENT);

            assertEquals(new Epoch(7, EpochState.OPEN, COMMITMENT, null), opened);
            assertEquals(Optional.of(opened), ledger.epoch(7));
        }
    }

    /** An epoch never opened is absent, not an error. */
    @Test
    public void anEpochNeverOpenedIsAbsent() {
        try (EpochLedger ledger = ledger()) {
            assertEquals(Optional.empty(), ledger.epoch(7));
        }
    }

    /** Opening an epoch twice is refused. */
    @Test
    public void openingAnEpochTwiceIsRefused() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);

            assertRefused(Reason.EPOCH_EXISTS, () -> ledger.open(7, COMMITMENT));
        }
    }

    /** Epochs are opened in increasing order. */
    @Test
    public void openingAnEpochBeforeTheLatestIsRefused() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);

            assertRefused(Reason.EPOCH_NOT_AFTER_LATEST, () -> ledger.open(6, COMMITMENT));
        }
    }

    // --- crediting ---------------------------------------------------------------------------------

    /** A credited receipt adds its credits to its miner and its epoch. */
    @Test
    public void aCreditedReceiptAddsToItsMinerAndItsEpoch() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            ReceiptChain alice = chain("alice");

            assertEquals(CreditOutcome.CREDITED, ledger.credit(alice.next(7, "c-1", 5)));
            assertEquals(CreditOutcome.CREDITED, ledger.credit(alice.next(7, "c-2", 3)));

            assertEquals(n(8), ledger.credits(7, alice.miner()));
            assertEquals(n(8), ledger.totalCredits(7));
        }
    }

    /** Crediting the same receipt again is a duplicate and changes nothing. */
    @Test
    public void theSameReceiptTwiceIsADuplicateReceipt() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            Receipt r = chain("alice").next(7, "c-1", 5);
            ledger.credit(r);

            assertEquals(CreditOutcome.DUPLICATE_RECEIPT, ledger.credit(r));
            assertEquals(n(5), ledger.totalCredits(7));
        }
    }

    /** A second receipt for a challenge already credited to the miner in the epoch is a duplicate challenge. */
    @Test
    public void anotherReceiptForACreditedChallengeIsADuplicateChallenge() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            ReceiptChain alice = chain("alice");
            ledger.credit(alice.next(7, "c-1", 5));

            assertEquals(CreditOutcome.DUPLICATE_CHALLENGE, ledger.credit(alice.candidate(7, "c-1", 9)));
            assertEquals(n(5), ledger.credits(7, alice.miner()));
        }
    }

    /** A duplicate challenge does not advance the chain: the next receipt continues from the credited one. */
    @Test
    public void aDuplicateChallengeDoesNotAdvanceTheChain() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            ReceiptChain alice = chain("alice");
            ledger.credit(alice.next(7, "c-1", 5));
            ledger.credit(alice.candidate(7, "c-1", 9));

            assertEquals(CreditOutcome.CREDITED, ledger.credit(alice.next(7, "c-2", 1)));
        }
    }

    /** The same challenge is credited to another miner, and to the same miner in another epoch. */
    @Test
    public void theSameChallengeCountsOncePerEpochAndMiner() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            ledger.open(8, COMMITMENT);
            ReceiptChain alice = chain("alice");
            ReceiptChain bob = chain("bob");

            assertEquals(CreditOutcome.CREDITED, ledger.credit(alice.next(7, "c-1", 5)));
            assertEquals(CreditOutcome.CREDITED, ledger.credit(bob.next(7, "c-1", 5)));
            assertEquals(CreditOutcome.CREDITED, ledger.credit(alice.next(8, "c-1", 5)));
        }
    }

    /** A miner's first receipt must have solve index 0. */
    @Test
    public void aFirstReceiptWithSolveIndexOtherThanZeroIsRefused() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            Receipt first = chain("alice").candidate(7, "c-1", 5);
            Receipt skipped = new Receipt(first.miner(), 7, 1, first.previousReceiptHash(), first.challengeId(),
                    first.documentHash(), first.questionsHash(), first.constraintsHash(), first.answersHash(),
                    first.rulesVersion(), first.credits());

            assertRefused(Reason.WRONG_SOLVE_INDEX, () -> ledger.credit(skipped));
        }
    }

    /** A miner's first receipt must name the genesis hash as its previous hash. */
    @Test
    public void aFirstReceiptWithAPreviousHashIsRefused() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            Receipt first = chain("alice").candidate(7, "c-1", 5);

            assertRefused(Reason.WRONG_PREVIOUS_HASH, () -> ledger.credit(withPrevious(first, "0x" + "11".repeat(32))));
        }
    }

    /** A receipt that repeats the head's solve index breaks the chain. */
    @Test
    public void aReceiptRepeatingASolveIndexIsRefused() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            ReceiptChain alice = chain("alice");
            ReceiptChain fork = chain("alice");
            ledger.credit(alice.next(7, "c-1", 5));

            assertRefused(Reason.WRONG_SOLVE_INDEX, () -> ledger.credit(fork.next(7, "c-2", 5)));
        }
    }

    /** A receipt whose previous hash is not the head's breaks the chain, and changes nothing. */
    @Test
    public void aReceiptNamingTheWrongPreviousHashIsRefusedAndChangesNothing() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            ReceiptChain alice = chain("alice");
            ledger.credit(alice.next(7, "c-1", 5));
            Receipt next = alice.candidate(7, "c-2", 5);

            assertRefused(Reason.WRONG_PREVIOUS_HASH, () -> ledger.credit(withPrevious(next, "0x" + "22".repeat(32))));
            assertEquals(n(5), ledger.totalCredits(7));
            assertEquals(CreditOutcome.CREDITED, ledger.credit(next));
        }
    }

    /** Crediting to an epoch never opened is refused. */
    @Test
    public void aReceiptOfAnUnknownEpochIsRefused() {
        try (EpochLedger ledger = ledger()) {
            assertRefused(Reason.UNKNOWN_EPOCH, () -> ledger.credit(chain("alice").next(7, "c-1", 5)));
        }
    }

    /** A closed epoch takes no more credits. */
    @Test
    public void aReceiptOfAClosedEpochIsRefused() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            ledger.closeEpoch(7, n(100), DistributionMode.FLOOR);

            assertRefused(Reason.EPOCH_NOT_OPEN, () -> ledger.credit(chain("alice").next(7, "c-1", 5)));
        }
    }

    /** Crediting is idempotent even after the epoch closed: a known receipt is still a duplicate. */
    @Test
    public void aKnownReceiptIsADuplicateAfterItsEpochCloses() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            Receipt r = chain("alice").next(7, "c-1", 5);
            ledger.credit(r);
            ledger.closeEpoch(7, n(100), DistributionMode.FLOOR);

            assertEquals(CreditOutcome.DUPLICATE_RECEIPT, ledger.credit(r));
        }
    }

    /** A miner's chain runs across epochs. */
    @Test
    public void aChainContinuesIntoTheNextEpoch() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            ReceiptChain alice = chain("alice");
            ledger.credit(alice.next(7, "c-1", 5));
            ledger.closeEpoch(7, n(100), DistributionMode.FLOOR);
            ledger.open(8, COMMITMENT);

            assertEquals(CreditOutcome.CREDITED, ledger.credit(alice.next(8, "c-2", 4)));
            assertEquals(n(4), ledger.credits(8, alice.miner()));
            assertEquals(n(5), ledger.credits(7, alice.miner()));
        }
    }

    /** A miner without credits has zero, as does an unknown epoch. */
    @Test
    public void creditsOfAMinerWithoutReceiptsAreZero() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);

            assertEquals(BigInteger.ZERO, ledger.credits(7, ReceiptChain.address("nobody")));
            assertEquals(BigInteger.ZERO, ledger.totalCredits(9));
        }
    }

    /** Every miner with credits is listed, sorted by address. */
    @Test
    public void creditsByMinerListsEveryMinerSortedByAddress() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            TreeMap<String, BigInteger> expected = new TreeMap<>();
            for (String name : List.of("carol", "alice", "bob")) {
                ReceiptChain c = chain(name);
                ledger.credit(c.next(7, "c-1", name.length()));
                expected.put(c.miner(), n(name.length()));
            }

            assertEquals(expected, ledger.creditsByMiner(7));
            assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(ledger.creditsByMiner(7).keySet()));
        }
    }

    /** The receipts of an epoch are listed in the order they were credited, duplicates left out. */
    @Test
    public void receiptsListsTheCreditedReceiptsOfTheEpochInOrder() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            ledger.open(8, COMMITMENT);
            ReceiptChain alice = chain("alice");
            ReceiptChain bob = chain("bob");
            Receipt a1 = alice.next(7, "c-1", 1);
            Receipt b1 = bob.next(7, "c-1", 2);
            Receipt a2 = alice.next(8, "c-2", 3);
            Receipt a3 = alice.next(7, "c-3", 4);
            for (Receipt r : List.of(a1, b1, a2, a3, a1)) {
                ledger.credit(r);
            }

            assertEquals(List.of(a1, b1, a3), ledger.receipts(7));
            assertEquals(List.of(a2), ledger.receipts(8));
        }
    }

    /** The last receipt of a miner is the head of its chain; a miner without receipts has none. */
    @Test
    public void lastReceiptIsTheHeadOfTheMinersChain() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            ReceiptChain alice = chain("alice");
            ledger.credit(alice.next(7, "c-1", 1));
            Receipt second = alice.next(7, "c-2", 1);
            ledger.credit(second);

            assertEquals(Optional.of(second), ledger.lastReceipt(alice.miner()));
            assertEquals(Optional.empty(), ledger.lastReceipt(ReceiptChain.address("nobody")));
        }
    }

    // --- closing -----------------------------------------------------------------------------------

    /** FLOOR pays floor(pool × credits / total) and retains the rest. */
    @Test
    public void floorPaysTheFloorOfEachShareAndRetainsTheRest() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            List<ReceiptChain> miners = List.of(chain("alice"), chain("bob"), chain("carol"));
            for (ReceiptChain m : miners) {
                ledger.credit(m.next(7, "c-1", 1));
            }

            Distribution d = ledger.closeEpoch(7, n(100), DistributionMode.FLOOR);

            assertEquals(n(1), d.retained());
            d.allocations().forEach(a -> assertEquals(n(33), a.amount(), a.miner()));
            assertEquals(EpochState.CLOSED, ledger.epoch(7).orElseThrow().state());
        }
    }

    /** LARGEST_REMAINDER pays the whole pool; equal remainders go to the lower address first. */
    @Test
    public void largestRemainderPaysThePoolBreakingTiesByAddress() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            List<ReceiptChain> miners = List.of(chain("alice"), chain("bob"), chain("carol"));
            for (ReceiptChain m : miners) {
                ledger.credit(m.next(7, "c-1", 1));
            }

            Distribution d = ledger.closeEpoch(7, n(101), DistributionMode.LARGEST_REMAINDER);

            assertEquals(BigInteger.ZERO, d.retained());
            List<Allocation> sorted = d.allocations();
            assertEquals(List.of(n(34), n(34), n(33)), sorted.stream().map(Allocation::amount).toList());
        }
    }

    /** An epoch without credits pays nobody and retains its pool. */
    @Test
    public void anEpochWithoutCreditsRetainsItsPool() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);

            Distribution d = ledger.closeEpoch(7, n(100), DistributionMode.LARGEST_REMAINDER);

            assertEquals(List.of(), d.allocations());
            assertEquals(n(100), d.retained());
        }
    }

    /** Closing again the same way returns the same distribution. */
    @Test
    public void closingAgainTheSameWayReturnsTheSameDistribution() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            ledger.credit(chain("alice").next(7, "c-1", 2));
            ledger.credit(chain("bob").next(7, "c-1", 1));
            Distribution first = ledger.closeEpoch(7, n(1000), DistributionMode.FLOOR);

            assertEquals(first, ledger.closeEpoch(7, n(1000), DistributionMode.FLOOR));
        }
    }

    /** An epoch is settled one way: closing it again with another mode or pool is refused. */
    @Test
    public void closingAgainAnotherWayIsRefused() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            ledger.closeEpoch(7, n(1000), DistributionMode.FLOOR);

            assertRefused(Reason.CLOSED_DIFFERENTLY, () -> ledger.closeEpoch(7, n(1000), DistributionMode.LARGEST_REMAINDER));
            assertRefused(Reason.CLOSED_DIFFERENTLY, () -> ledger.closeEpoch(7, n(999), DistributionMode.FLOOR));
        }
    }

    /** Closing an epoch never opened is refused. */
    @Test
    public void closingAnUnknownEpochIsRefused() {
        try (EpochLedger ledger = ledger()) {
            assertRefused(Reason.UNKNOWN_EPOCH, () -> ledger.closeEpoch(7, n(100), DistributionMode.FLOOR));
        }
    }

    /** The distribution does not depend on the order in which miners' receipts were credited. */
    @Test
    public void theDistributionDoesNotDependOnCreditingOrder() {
        List<ReceiptChain> forward = List.of(chain("alice"), chain("bob"), chain("carol"), chain("dave"));
        List<Receipt> receipts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (ReceiptChain m : forward) {
                receipts.add(m.next(7, "c-" + i, 1 + (i * 7 + m.miner().charAt(5)) % 5));
            }
        }
        List<Receipt> interleaved = new ArrayList<>();
        for (int m = forward.size() - 1; m >= 0; m--) {
            for (int i = 0; i < 3; i++) {
                interleaved.add(receipts.get(i * forward.size() + m));
            }
        }
        Map<DistributionMode, Distribution> first = new EnumMap<>(DistributionMode.class);
        Map<DistributionMode, Distribution> second = new EnumMap<>(DistributionMode.class);
        for (DistributionMode mode : DistributionMode.values()) {
            first.put(mode, creditAndClose("order-a-" + mode.ordinal(), receipts, mode));
            second.put(mode, creditAndClose("order-b-" + mode.ordinal(), interleaved, mode));
        }

        assertEquals(first, second);
    }

    private Distribution creditAndClose(String storage, List<Receipt> receipts, DistributionMode mode) {
        try (EpochLedger ledger = openLedger(storage, hasher())) {
            ledger.open(7, COMMITMENT);
            for (Receipt r : receipts) {
                assertEquals(CreditOutcome.CREDITED, ledger.credit(r));
            }
            return ledger.closeEpoch(7, n(1_000_003), mode);
        }
    }

    // --- secrets and finalization ------------------------------------------------------------------

    /** An open epoch's secret cannot be revealed. */
    @Test
    public void revealingTheSecretOfAnOpenEpochIsRefused() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);

            assertRefused(Reason.EPOCH_NOT_CLOSED, () -> ledger.reveal(7, SECRET));
        }
    }

    /** A secret that does not hash to the commitment is refused. */
    @Test
    public void revealingAnotherSecretIsRefused() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            ledger.closeEpoch(7, n(1), DistributionMode.FLOOR);

            assertRefused(Reason.REVEAL_MISMATCH, () -> ledger.reveal(7, Secret.ofUtf8("not the epoch secret at all")));
            assertEquals(null, ledger.epoch(7).orElseThrow().revealedSecret());
        }
    }

    /** The revealed secret is kept, and anyone can check it against the commitment; revealing again is harmless. */
    @Test
    public void aRevealedSecretMatchesTheCommitment() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            ledger.closeEpoch(7, n(1), DistributionMode.FLOOR);

            Epoch revealed = ledger.reveal(7, SECRET);

            assertTrue(revealed.revealMatchesCommitment());
            assertEquals(revealed, ledger.reveal(7, SECRET));
            assertEquals(Optional.of(revealed), ledger.epoch(7));
        }
    }

    /** An open epoch cannot be finalized. */
    @Test
    public void finalizingAnOpenEpochIsRefused() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);

            assertRefused(Reason.EPOCH_NOT_CLOSED, () -> ledger.finalizeEpoch(7));
        }
    }

    /** A closed epoch becomes FINALIZED, once; its distribution stays as it was. */
    @Test
    public void aClosedEpochIsFinalizedOnce() {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            ledger.credit(chain("alice").next(7, "c-1", 2));
            Distribution d = ledger.closeEpoch(7, n(10), DistributionMode.FLOOR);

            assertEquals(EpochState.FINALIZED, ledger.finalizeEpoch(7).state());
            assertEquals(EpochState.FINALIZED, ledger.finalizeEpoch(7).state());
            assertEquals(d, ledger.closeEpoch(7, n(10), DistributionMode.FLOOR));
        }
    }

    // --- durability and concurrency ----------------------------------------------------------------

    /** Everything survives closing and reopening the ledger, and the chains go on from where they were. */
    @Test
    public void everythingSurvivesReopening() {
        ReceiptChain alice = chain("alice");
        Receipt last;
        Distribution closed;
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            ledger.credit(alice.next(7, "c-1", 2));
            ledger.credit(chain("bob").next(7, "c-1", 3));
            closed = ledger.closeEpoch(7, n(10), DistributionMode.LARGEST_REMAINDER);
            ledger.reveal(7, SECRET);
            ledger.open(8, COMMITMENT);
            last = alice.next(8, "c-2", 4);
            ledger.credit(last);
        }
        try (EpochLedger ledger = ledger()) {
            assertEquals(closed, ledger.closeEpoch(7, n(10), DistributionMode.LARGEST_REMAINDER));
            assertTrue(ledger.epoch(7).orElseThrow().revealMatchesCommitment());
            assertEquals(n(4), ledger.credits(8, alice.miner()));
            assertEquals(Optional.of(last), ledger.lastReceipt(alice.miner()));
            assertEquals(CreditOutcome.DUPLICATE_RECEIPT, ledger.credit(last));
            assertEquals(CreditOutcome.CREDITED, ledger.credit(alice.next(8, "c-3", 1)));
            assertRefused(Reason.EPOCH_EXISTS, () -> ledger.open(8, COMMITMENT));
        }
    }

    /** Many threads crediting the same receipts at once credit each exactly once. */
    @Test
    public void concurrentIdenticalReceiptsAreCreditedOnce() throws Exception {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            List<Receipt> receipts = new ArrayList<>();
            for (int m = 0; m < 4; m++) {
                ReceiptChain chain = chain("miner-" + m);
                for (int i = 0; i < 5; i++) {
                    receipts.add(chain.next(7, "c-" + i, 1 + m));
                }
            }
            int threads = 6;
            List<List<CreditOutcome>> outcomes = concurrently(threads, () -> {
                List<CreditOutcome> mine = new ArrayList<>();
                for (Receipt r : receipts) {
                    mine.add(ledger.credit(r));
                }
                return mine;
            });

            for (int i = 0; i < receipts.size(); i++) {
                int index = i;
                long credited = outcomes.stream().filter(o -> o.get(index) == CreditOutcome.CREDITED).count();
                assertEquals(1, credited, "receipt " + i + " credited once");
                assertFalse(outcomes.stream().anyMatch(o -> o.get(index) == CreditOutcome.DUPLICATE_CHALLENGE));
            }
            assertEquals(n(5 * (1 + 2 + 3 + 4)), ledger.totalCredits(7));
        }
    }

    /** Miners crediting concurrently each get exactly their own credits. */
    @Test
    public void concurrentMinersEachGetTheirCredits() throws Exception {
        try (EpochLedger ledger = ledger()) {
            ledger.open(7, COMMITMENT);
            int miners = 8;
            int each = 10;
            List<ReceiptChain> chains = new ArrayList<>();
            for (int m = 0; m < miners; m++) {
                chains.add(chain("parallel-" + m));
            }
            AtomicInteger next = new AtomicInteger();
            concurrently(miners, () -> {
                ReceiptChain mine = chains.get(next.getAndIncrement());
                for (int i = 0; i < each; i++) {
                    assertEquals(CreditOutcome.CREDITED, ledger.credit(mine.next(7, "c-" + i, 2)));
                }
                return null;
            });

            for (ReceiptChain c : chains) {
                assertEquals(n(2L * each), ledger.credits(7, c.miner()), c.miner());
            }
            assertEquals(n(2L * each * miners), ledger.totalCredits(7));
        }
    }

    /** Runs the task on that many threads released together; rethrows the first failure. */
    private static <T> List<T> concurrently(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                try {
                    results.add(f.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Exception cause) {
                        throw cause;
                    }
                    throw e;
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Receipt withPrevious(Receipt r, String previous) {
        return new Receipt(r.miner(), r.epoch(), r.solveIndex(), previous, r.challengeId(), r.documentHash(),
                r.questionsHash(), r.constraintsHash(), r.answersHash(), r.rulesVersion(), r.credits());
    }
}
