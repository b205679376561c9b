package io.dacr.cli.internal.run;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.api.DacrException;
import io.dacr.core.storage.internal.DurableFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.util.List;

/** The names of the files in a run directory, and the helpers that write them safely. */
public final class RunFiles {

    /** The settings of the run, written first. */
    public static final String MANIFEST = "run.json";
    /** How far the run got: the committed challenges and the length of every append-only file then. */
    public static final String CHECKPOINT = "checkpoint.json";
    /** The challenges, one JSON document a line, in index order. */
    public static final String CHALLENGES = "challenges.jsonl";
    /** Their answer keys with the oracle submissions, in the same order. */
    public static final String KEYS = "keys.jsonl";
    /** The attempt records: by challenge index, then miner, then attempt number. */
    public static final String ATTEMPTS = "attempts.jsonl";
    /** The signed receipts of the passed attempts, in the order of the attempts. */
    public static final String RECEIPTS = "receipts.jsonl";
    /** Model replies the miner harness could not read (empty with simulated miners). */
    public static final String PARSE_FAILURES = "parse-failures.jsonl";
    /** The folder of the embedded journal ledger. */
    public static final String LEDGER = "ledger";
    /** The epoch's distribution with its Merkle root and proofs. */
    public static final String DISTRIBUTION = "distribution.json";
    /** The folder of the training-data exports. */
    public static final String EXPORTS = "exports";
    /** The folder of the benchmark reports, one sub-folder per miner. */
    public static final String REPORTS = "report";
    /** The summary table, as printed. */
    public static final String SUMMARY = "summary.txt";
    /** Wall-clock timings: the one file that differs between two runs of the same seed. */
    public static final String TIMINGS = "timings.json";

    /** The append-only files, in the order each challenge's lines are appended. */
    public static final List<String> APPEND_ONLY = List.of(CHALLENGES, KEYS, ATTEMPTS, RECEIPTS, PARSE_FAILURES);

    static final ObjectMapper JSON = new ObjectMapper();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private RunFiles() {
    }

    static String hex(byte[] bytes, int length) {
        StringBuilder s = new StringBuilder(length * 2);
        for (int i = 0; i < length; i++) {
            s.append(HEX[(bytes[i] >> 4) & 0xF]).append(HEX[bytes[i] & 0xF]);
        }
        return s.toString();
    }

    /** @return {@code json} indented by two spaces, lines ending in {@code \n} on every platform, with a final newline */
    static String pretty(JsonNode json) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(json) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DacrException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces a file whole: writes a temporary sibling, forces it to the disk and renames it over the
     * target, then forces the directory, so a crash leaves the old file or the new one, never a part, and
     * a completed call is not undone by a crash.
     */
    static void writeAtomically(Path file, String text) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            // The rename itself is durable only once the directory is forced.
            DurableFiles.syncDirectory(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new DacrException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
