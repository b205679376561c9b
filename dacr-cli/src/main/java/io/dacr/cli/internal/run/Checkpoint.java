package io.dacr.cli.internal.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.FormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The commit point of a run. A challenge is committed when this file names it: its lines are in the
 * append-only files up to the lengths recorded here, and its receipts are credited in the ledger.
 * Anything past those lengths is an unfinished challenge that {@code --resume} cuts off and redoes
 * (identically, so receipts already credited come back as duplicates and change nothing).
 *
 * @param committed how many challenges are committed
 * @param lengths the length of each append-only file after the last committed challenge
 * @param complete whether the epoch is closed and every derived output written
 */
record Checkpoint(long committed, SortedMap<String, Long> lengths, boolean complete) {

    Checkpoint {
        lengths = new TreeMap<>(lengths);
    }

    static Checkpoint empty() {
        SortedMap<String, Long> zero = new TreeMap<>();
        RunFiles.APPEND_ONLY.forEach(f -> zero.put(f, 0L));
        return new Checkpoint(0, zero, false);
    }

    static Checkpoint read(Path dir) {
        Path file = dir.resolve(RunFiles.CHECKPOINT);
        if (!Files.exists(file)) {
            return empty();
        }
        JsonNode json = RunFiles.readJson(file);
        try {
            SortedMap<String, Long> lengths = new TreeMap<>();
            for (String name : RunFiles.APPEND_ONLY) {
                lengths.put(name, json.get("lengths").get(name).longValue());
            }
            return new Checkpoint(json.get("committed").longValue(), lengths, json.get("complete").booleanValue());
        } catch (NullPointerException e) {
            throw new FormatException("checkpoint", "$", file + " is damaged: " + e, e);
        }
    }

    void write(Path dir) {
        ObjectNode json = RunFiles.JSON.createObjectNode();
        json.put("committed", committed);
        ObjectNode l = json.putObject("lengths");
        for (Map.Entry<String, Long> e : lengths.entrySet()) {
            l.put(e.getKey(), e.getValue());
        }
        json.put("complete", complete);
        RunFiles.writeAtomically(dir.resolve(RunFiles.CHECKPOINT), RunFiles.pretty(json));
    }
}
