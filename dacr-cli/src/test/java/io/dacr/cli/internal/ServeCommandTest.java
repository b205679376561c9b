package io.dacr.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.chain.SigningKey;
import io.dacr.core.plugin.PluginRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** dacr serve: the coordinator on 127.0.0.1, its secret and key from files or the environment, or the demo ones. */
class ServeCommandTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String KEY = "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba";
    private static final String SECRET = "serve-command-test-secret-0123456789";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private ServeCommand.Running start(Map<String, String> environment, String... args) {
        ServeCommand command = new ServeCommand(PluginRegistry::discover, environment);
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        commandLine.parseArgs(args);
        return command.start();
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutSecretOrKeyItServesOnTheDemoSecretAndKeyAndSaysSo() throws Exception {
        try (ServeCommand.Running running = start(Map.of(), "--port", "0", "--dir", dir.toString(), "--preset", "small",
                "--domain", "corporate-finance")) {
            int port = running.server().port();

            HttpResponse<String> skill = get(port, "/.well-known/skill.md");
            JsonNode epoch = new ObjectMapper().readTree(get(port, "/v1/epoch").body());

            assertEquals(200, skill.statusCode());
            assertTrue(skill.body().contains("POST /v1/submit"));
            assertEquals("open", epoch.get("state").asText());
            assertEquals("127.0.0.1", running.server().address().getAddress().getHostAddress());
        }
        assertTrue(err.toString().contains(SecretSource.DEMO_WARNING), err.toString());
        assertTrue(err.toString().contains(ServeCommand.DEMO_KEY_WARNING), err.toString());
        assertTrue(out.toString().contains("receipts signed by 0x70997970c51812dc3a010c7d01b50e0d17dc79c8"), out.toString());
    }

    @Test
    void theSecretAndKeyComeFromTheEnvironmentAndAreNeverPrinted() {
        Map<String, String> environment = Map.of(SecretSource.ENVIRONMENT_VARIABLE, SECRET, ChainCommand.COORDINATOR_KEY_ENV, KEY);

        try (ServeCommand.Running running = start(environment, "--port", "0", "--dir", dir.toString(), "--preset", "small",
                "--domain", "corporate-finance", "--contract", "0x5FbDB2315678afecb367f032d93F642f64180aa3")) {
            assertTrue(running.server().port() > 0);
        }

        String printed = out + err.toString();
        assertEquals("", err.toString());
        assertTrue(printed.contains("receipts signed by " + SigningKey.ofHex(KEY).address() + " for chain 31337, contract "
                + "0x5fbdb2315678afecb367f032d93f642f64180aa3"), printed);
        assertFalse(printed.contains(KEY.substring(2)), printed);
        assertFalse(printed.contains(SECRET), printed);
    }

    @Test
    void theSecretAndKeyComeFromFiles() throws IOException {
        Path secretFile = Files.writeString(dir.resolve("secret.txt"), SECRET + "\n", StandardCharsets.UTF_8);
        Path keyFile = Files.writeString(dir.resolve("coordinator.key"), KEY + "\n", StandardCharsets.UTF_8);

        try (ServeCommand.Running running = start(Map.of(), "--port", "0", "--dir", dir.resolve("data").toString(),
                "--preset", "small", "--domain", "corporate-finance", "--secret-file", secretFile.toString(),
                "--key-file", keyFile.toString())) {
            assertTrue(running.server().port() > 0);
        }

        assertEquals("", err.toString());
        assertTrue(out.toString().contains("receipts signed by " + SigningKey.ofHex(KEY).address()), out.toString());
        assertTrue(Files.exists(dir.resolve("data").resolve("coordinator-state.jsonl")));
    }

    @Test
    void aDataDirectoryAndADatabaseTogetherAreAUsageError() {
        CliRun run = CliRun.run("serve", "--dir", dir.toString(), "--db-url", "jdbc:postgresql://127.0.0.1/dacr");

        assertEquals(Cli.USAGE, run.exitCode());
        assertTrue(run.err().contains("mutually exclusive"), run.err());
    }

    @Test
    void aDatabasePasswordFileWithoutADatabaseIsAUsageError() {
        CliRun run = CliRun.run("serve", "--dir", dir.toString(), "--db-password-file", dir.resolve("pw").toString());

        assertEquals(Cli.USAGE, run.exitCode());
        assertTrue(run.err().contains("--db-password-file needs --db-url"), run.err());
    }

    @Test
    void aTimeoutUnderOneSecondIsAUsageErrorNamingTheOption() {
        CliRun run = CliRun.run("serve", "--dir", dir.toString(), "--request-timeout", "0");

        assertEquals(Cli.USAGE, run.exitCode());
        assertTrue(run.err().contains("--request-timeout and --response-timeout are at least 1 second"), run.err());
    }

    @Test
    void theTimeoutsAreAcceptedAndTheCoordinatorServes() throws Exception {
        try (ServeCommand.Running running = start(Map.of(), "--port", "0", "--dir", dir.toString(), "--preset", "small",
                "--domain", "corporate-finance", "--request-timeout", "5", "--response-timeout", "7",
                "--retention-hours", "48")) {
            assertEquals(200, get(running.server().port(), "/v1/epoch").statusCode());
        }
    }

    @Test
    void aRetentionOfNoHoursIsAUsageError() {
        CliRun run = CliRun.run("serve", "--dir", dir.toString(), "--retention-hours", "0");

        assertEquals(Cli.USAGE, run.exitCode());
        assertTrue(run.err().contains("--retention-hours is 1 to"), run.err());
    }
}
