package io.dacr.core.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.LedgerException;
import io.dacr.api.reward.CreditOutcome;
import io.dacr.api.reward.Epoch;
import io.dacr.api.reward.Receipt;
import io.dacr.api.Secret;
import io.dacr.testkit.ReceiptChain;
import io.dacr.testkit.TestReceiptHasher;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalRecoveryTest {

    private static final int HEADER = 16;
    private static final String COMMITMENT = Epoch.commitmentOf(Secret.ofUtf8("recovery test epoch secret"));

    @TempDir
    Path dir;

    private final TestReceiptHasher hasher = new TestReceiptHasher();
    private final ReceiptChain alice = new ReceiptChain(ReceiptChain.address("alice"), hasher);

    /** Opens epoch 7 and credits {@code count} receipts of 1..count credits; returns the journal file. */
    private Path journalWith(int count) {
        try (JournalEpochLedger ledger = JournalEpochLedger.open(dir, hasher)) {
            ledger.open(7, COMMITMENT);
            for (int i = 1; i <= count; i++) {
                ledger.credit(alice.next(7, "c-" + i, i));
            }
            return ledger.file();
        }
    }

    /** The offsets of the frames in a journal, walking their lengths. */
    private static List<Long> frameOffsets(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<Long> offsets = new ArrayList<>();
        int at = HEADER;
        while (at < bytes.length) {
            offsets.add((long) at);
            at += 8 + ByteBuffer.wrap(bytes, at, 4).getInt();
        }
        return offsets;
    }

    private static void append(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes, StandardOpenOption.APPEND);
    }

    @Test
    void aTornTailIsCutOffAndEveryAcknowledgedCreditSurvives() throws IOException {
        Path file = journalWith(3);
        byte[] complete = Files.readAllBytes(file);
        List<Long> offsets = frameOffsets(file);
        // The first 20 bytes of the last record, as if a crash cut its write short.
        append(file, Arrays.copyOfRange(complete, offsets.get(offsets.size() - 1).intValue(),
                offsets.get(offsets.size() - 1).intValue() + 20));

        try (JournalEpochLedger ledger = JournalEpochLedger.open(dir, hasher)) {
            assertEquals(new RecoveryReport(4, 20), ledger.recovery());
            assertEquals(BigInteger.valueOf(6), ledger.totalCredits(7));
            assertEquals(CreditOutcome.CREDITED, ledger.credit(alice.next(7, "c-4", 4)));
        }
        try (JournalEpochLedger ledger = JournalEpochLedger.open(dir, hasher)) {
            assertEquals(new RecoveryReport(5, 0), ledger.recovery());
            assertEquals(BigInteger.valueOf(10), ledger.totalCredits(7));
        }
    }

    @Test
    void aTailOfZerosIsCutOff() throws IOException {
        Path file = journalWith(2);
        long size = Files.size(file);
        append(file, new byte[4096]);

        try (JournalEpochLedger ledger = JournalEpochLedger.open(dir, hasher)) {
            assertEquals(4096, ledger.recovery().truncatedBytes());
            assertEquals(BigInteger.valueOf(3), ledger.totalCredits(7));
        }
        assertEquals(size, Files.size(file));
    }

    @Test
    void damageFollowedByIntactRecordsIsRefusedNamingTheFileAndOffsetAndChangesNothing() throws IOException {
        Path file = journalWith(5);
        long damaged = frameOffsets(file).get(2);
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) damaged + 30] ^= 0x40;
        Files.write(file, bytes);

        LedgerException e = assertThrows(LedgerException.class, () -> JournalEpochLedger.open(dir, hasher));

        assertEquals(LedgerException.Reason.CORRUPTED, e.reason());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("offset " + damaged), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void aDamagedLengthFollowedByIntactRecordsIsRefused() throws IOException {
        Path file = journalWith(4);
        long damaged = frameOffsets(file).get(1);
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) damaged] = (byte) 0x7f;
        Files.write(file, bytes);

        LedgerException e = assertThrows(LedgerException.class, () -> JournalEpochLedger.open(dir, hasher));

        assertEquals(LedgerException.Reason.CORRUPTED, e.reason());
        assertTrue(e.getMessage().contains("offset " + damaged), e.getMessage());
    }

    @Test
    void aFileThatIsNotAJournalIsRefused() throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(JournalEpochLedger.FILE_NAME), "{\"this\": \"is not a journal\"}\n");

        LedgerException e = assertThrows(LedgerException.class, () -> JournalEpochLedger.open(dir, hasher));

        assertEquals(LedgerException.Reason.CORRUPTED, e.reason());
        assertTrue(e.getMessage().contains("header"), e.getMessage());
    }

    @Test
    void aHeaderCutShortByACrashIsWrittenAgain() throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(JournalEpochLedger.FILE_NAME), new byte[] {'D', 'A', 'C', 'R', 'L'});

        try (JournalEpochLedger ledger = JournalEpochLedger.open(dir, hasher)) {
            assertEquals(new RecoveryReport(0, 5), ledger.recovery());
            ledger.open(7, COMMITMENT);
        }
    }

    @Test
    void aJournalOpenInAnotherLedgerIsRefused() {
        try (JournalEpochLedger first = JournalEpochLedger.open(dir, hasher)) {
            LedgerException e = assertThrows(LedgerException.class, () -> JournalEpochLedger.open(dir, hasher));

            assertEquals(LedgerException.Reason.STORAGE, e.reason());
            assertTrue(e.getMessage().contains("open elsewhere"), e.getMessage());
        }
    }

    @Test
    void aClosedLedgerRefusesCalls() {
        JournalEpochLedger ledger = JournalEpochLedger.open(dir, hasher);
        ledger.close();

        LedgerException e = assertThrows(LedgerException.class, () -> ledger.totalCredits(7));
        assertEquals(LedgerException.Reason.STORAGE, e.reason());
        ledger.close();
    }

    @Test
    void receiptsReadAfterRecoveryAreTheCreditedOnesWhole() {
        journalWith(3);
        List<Receipt> expected = new ArrayList<>();
        ReceiptChain again = new ReceiptChain(alice.miner(), hasher);
        for (int i = 1; i <= 3; i++) {
            expected.add(again.next(7, "c-" + i, i));
        }

        try (JournalEpochLedger ledger = JournalEpochLedger.open(dir, hasher)) {
            assertEquals(expected, ledger.receipts(7));
            assertEquals(expected.get(2), ledger.lastReceipt(alice.miner()).orElseThrow());
        }
    }

    @Test
    void aChallengeIdWithAnUnpairedSurrogateIsRefusedBeforeAnythingIsWritten() {
        try (JournalEpochLedger ledger = JournalEpochLedger.open(dir, hasher)) {
            ledger.open(7, COMMITMENT);
            Receipt bad = alice.candidate(7, "c-\ud800", 1);

            assertThrows(IllegalArgumentException.class, () -> ledger.credit(bad));
            assertEquals(BigInteger.ZERO, ledger.totalCredits(7));
        }
    }
}
