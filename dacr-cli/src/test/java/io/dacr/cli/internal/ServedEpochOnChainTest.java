package io.dacr.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.api.reward.Epoch;
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

/**
 * An epoch that {@code dacr serve} runs can be settled on chain from the command line: {@code dacr chain
 * commit|reveal --coordinator-secret-file} take the file {@code dacr serve --secret-file} was given and
 * derive the epoch's secret as the coordinator does, so the contract gets the commitment the coordinator
 * publishes at {@code GET /v1/epoch} and accepts the secret it reveals.
 */
class ServedEpochOnChainTest {

    /** Hardhat's development account #0 (public knowledge, development only): deploys and owns the contract. */
    private static final String OWNER_KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    private static final String COORDINATOR_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    private static final String COORDINATOR = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
    private static final String SECRET = "served-epoch-on-chain-test-secret-0123456789";

    @TempDir
    Path dir;

    /** The epoch a freshly started {@code dacr serve} runs, and the commitment it publishes for it. */
    private record Served(long epoch, String commitment) {
    }

    private Served serve(Path secretFile) throws IOException, InterruptedException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ServeCommand command = new ServeCommand(PluginRegistry::discover, Map.of());
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        commandLine.parseArgs("--port", "0", "--dir", dir.resolve("coordinator").toString(), "--preset", "small",
                "--domain", "corporate-finance", "--secret-file", secretFile.toString(), "--key-file",
                Files.writeString(dir.resolve("coordinator.key"), COORDINATOR_KEY, StandardCharsets.UTF_8).toString());
        try (ServeCommand.Running running = command.start()) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + running.server().port() + "/v1/epoch")).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode epoch = new ObjectMapper().readTree(response.body());
            assertEquals("open", epoch.get("state").asText(), response.body());
            return new Served(epoch.get("epoch").asLong(), epoch.get("secretCommitment").asText());
        }
    }

    private Path secretFile() throws IOException {
        return Files.writeString(dir.resolve("secret.txt"), SECRET + "\n", StandardCharsets.UTF_8);
    }

    private static CliRun chain(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(TestProviders::none, environment, () -> false, new PrintWriter(out), new PrintWriter(err))
                .execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void theEpochSecretDerivedFromTheServeSecretFileHasTheCommitmentTheCoordinatorPublishes() throws Exception {
        Path secretFile = secretFile();
        Served served = serve(secretFile);
        ChainCommand.Commit commit = new ChainCommand.Commit();
        CommandLine commandLine = new CommandLine(commit);
        commandLine.parseArgs("--rpc", "http://127.0.0.1:9", "--contract", "0x" + "5f".repeat(20),
                "--epoch", Long.toString(served.epoch()), "--coordinator-secret-file", secretFile.toString());

        String commitment = Epoch.commitmentOf(commit.secret.read(commandLine, Map.of(), commit.epoch));

        assertEquals(served.commitment(), commitment);
    }

    @Test
    void anEpochSecretAndACoordinatorSecretTogetherAreAUsageError() throws IOException {
        Path secretFile = secretFile();

        CliRun run = chain(Map.of(ChainCommand.KEY_ENV, OWNER_KEY), "chain", "commit", "--rpc", "http://127.0.0.1:9",
                "--contract", "0x" + "5f".repeat(20), "--epoch", "1", "--secret-file", secretFile.toString(),
                "--coordinator-secret-file", secretFile.toString());

        assertEquals(Cli.USAGE, run.exitCode(), run.err());
        assertTrue(run.errLines().get(0).contains("not both"), run.err());
        assertFalse(run.err().contains(SECRET), run.err());
    }

    @Test
    void aServedEpochIsCommittedAndRevealedOnALocalNodeFromTheServeSecretFile() throws Exception {
        String rpc = System.getProperty("dacr.chain.rpc", "");
        assumeTrue(!rpc.isEmpty(), "skipped: no Hardhat node configured (-Ddacr.chain.rpc); scripts/test.sh starts one");
        Path secretFile = secretFile();
        Served served = serve(secretFile);
        Map<String, String> owner = Map.of(ChainCommand.KEY_ENV, OWNER_KEY);
        CliRun deploy = chain(owner, "chain", "deploy", "--rpc", rpc, "--coordinator", COORDINATOR);
        assertEquals(Cli.OK, deploy.exitCode(), deploy.err());
        String contract = deploy.out().strip();
        String epoch = Long.toString(served.epoch());

        CliRun commit = chain(owner, "chain", "commit", "--rpc", rpc, "--contract", contract, "--epoch", epoch,
                "--coordinator-secret-file", secretFile.toString());
        CliRun reveal = chain(owner, "chain", "reveal", "--rpc", rpc, "--contract", contract, "--epoch", epoch,
                "--close", "--coordinator-secret-file", secretFile.toString());

        assertEquals(Cli.OK, commit.exitCode(), commit.err());
        assertTrue(commit.out().contains("epoch " + epoch + " committed to " + served.commitment()), commit.out());
        // The contract's revealEpoch checks sha256(secret) against the commitment: it passes only for the coordinator's.
        assertEquals(Cli.OK, reveal.exitCode(), reveal.err());
        assertFalse((commit.out() + commit.err() + reveal.out() + reveal.err()).contains(SECRET));
    }
}
