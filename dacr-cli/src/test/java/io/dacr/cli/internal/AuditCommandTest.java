package io.dacr.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.core.plugin.PluginRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsATableAndWritesTheJsonReport() throws IOException {
        Path json = dir.resolve("audit.json");
        CliRun run = CliRun.run(PluginRegistry::discover, "audit", "--domain", "all", "--count", "3", "--preset", "small",
                "--seed", "test-secret-0123456789", "--json", json.toString());
        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("3 challenges"), run.out());
        assertTrue(run.out().contains("regex-kv"), run.out());
        String report = Files.readString(json, StandardCharsets.UTF_8);
        assertTrue(report.contains("\"challenges\" : 3") && report.contains("\"diversity\""), report);
    }

    @Test
    void aCountBelowOneIsAUsageError() {
        CliRun run = CliRun.run(PluginRegistry::discover, "audit", "--domain", "all", "--count", "0", "--seed",
                "test-secret-0123456789");
        assertEquals(Cli.USAGE, run.exitCode());
    }
}
