package io.dacr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built {@code dacr.jar} as its own process, the way a user does: this checks what only the
 * packaged jar can get wrong (the merged {@code META-INF/services} files, the manifest, the logging
 * binding), not the classes. Failsafe passes the jar's path as the system property {@code dacr.jar}.
 */
class DacrJarIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 60;

    private static Path jar;

    @TempDir
    Path work;

    @BeforeAll
    static void findJar() {
        String path = System.getProperty("dacr.jar");
        assertTrue(path != null && !path.isBlank(), "system property dacr.jar is not set (run through Maven failsafe)");
        jar = Path.of(path);
        assertTrue(Files.isRegularFile(jar), "no jar at " + jar + ": the package phase must run first");
    }

    /** What one run of the jar did. */
    private record Run(int exitCode, String out, String err) {
    }

    private Run dacr(String... args) throws IOException, InterruptedException {
        return java(List.of("-jar", jar.toString()), args);
    }

    private Run java(List<String> launch, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // An unusual locale and time zone: output must not depend on them.
        command.add("-Duser.language=tr");
        command.add("-Duser.country=TR");
        command.add("-Duser.timezone=Pacific/Chatham");
        command.addAll(launch);
        command.addAll(List.of(args));
        Path out = work.resolve("stdout");
        Path err = work.resolve("stderr");
        // Output goes to files, so a full pipe can never block the process.
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("dacr " + String.join(" ", args) + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void pluginsJsonListsTheCorporateFinanceDomain() throws Exception {
        Run run = dacr("plugins", "--json");

        assertEquals(0, run.exitCode(), run.err());
        List<String> typeAndId = new ArrayList<>();
        for (JsonNode plugin : JSON.readTree(run.out())) {
            typeAndId.add(plugin.get("type").asText() + ":" + plugin.get("id").asText());
        }
        assertTrue(typeAndId.contains("domain:corporate-finance"), run.out());
        assertEquals("", run.err(), "nothing is logged at the default level");
    }

    @Test
    void versionPrintsTheDacrVersion() throws Exception {
        Run run = dacr("--version");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("dacr "), run.out());
    }

    @Test
    void providerThatFailsToLoadExitsOneWithOneLineNamingIt() throws Exception {
        Path plugin = work.resolve("broken-plugin");
        Path services = plugin.resolve("META-INF/services/io.dacr.api.spi.DomainProvider");
        Files.createDirectories(services.getParent());
        Files.writeString(services, "com.example.MissingDomain\n", StandardCharsets.UTF_8);

        Run run = java(List.of("-cp", jar + File.pathSeparator + plugin, "io.dacr.cli.Main"), "plugins");

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("dacr: plug-in discovery failed"), run.err());
        assertTrue(lines.get(0).contains("com.example.MissingDomain"), run.err());
    }

    @Test
    void generateWritesThreeChallengesThatShowReads() throws Exception {
        Path out = work.resolve("demo.jsonl");

        Run generated = dacr("generate", "--domain", "corporate-finance", "--count", "3", "--preset", "small",
                "--seed", "demo-secret-123456", "--out", out.toString());
        Run shown = dacr("show", out.toString(), "--index", "2");

        assertEquals(0, generated.exitCode(), generated.err());
        assertEquals("wrote 3 challenges to " + out + "\n", generated.out());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String id = JSON.readTree(lines.get(i)).get("id").asText();
            assertTrue(id.startsWith("dacr1.g") && id.contains(".corporate-finance.") && id.contains(".local." + i + "."), id);
        }
        assertEquals(0, shown.exitCode(), shown.err());
        assertTrue(shown.out().startsWith("challenge " + JSON.readTree(lines.get(2)).get("id").asText() + "\n"),
                shown.out());
        assertTrue(shown.out().contains("[paragraph_1]"), shown.out());
    }

    @Test
    void unknownCommandExitsTwoWithOneErrorLineAndAHint() throws Exception {
        Run run = dacr("no-such-command");

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.get(0).startsWith("dacr: Unmatched argument"), run.err());
        assertEquals("Try 'dacr --help' for more information.", lines.get(lines.size() - 1));
    }
}
