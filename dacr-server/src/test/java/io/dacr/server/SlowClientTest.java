package io.dacr.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dacr.core.ledger.JournalEpochLedger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that send a request slowly (a byte, then nothing) over real sockets. The JDK server reads the
 * JVM-wide time limits once, when the JVM's first HTTP server is created, so the coordinator runs in a JVM
 * of its own ({@link Serve}), started with a 1-second request timeout.
 */
class SlowClientTest {

    /** More stalled connections than the coordinator has handler threads (32). */
    private static final int STALLED = 40;

    @TempDir
    Path dir;

    private Process coordinator;
    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (Socket s : sockets) {
            s.close();
        }
        if (coordinator != null) {
            coordinator.getOutputStream().close(); // Serve exits when its stdin closes
            if (!coordinator.waitFor(10, TimeUnit.SECONDS)) {
                coordinator.destroyForcibly();
            }
        }
    }

    @Test
    void stalledConnectionsAreDroppedAndTheCoordinatorKeepsAnswering() throws Exception {
        int port = startCoordinator();
        for (int i = 0; i < STALLED; i++) {
            Socket s = new Socket();
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            OutputStream out = s.getOutputStream();
            out.write('G');
            out.flush();
            sockets.add(s);
        }

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest epoch = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/epoch"))
                .timeout(Duration.ofSeconds(20)).GET().build();
        HttpResponse<String> answer;
        try {
            answer = client.send(epoch, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            fail(STALLED + " connections that sent one byte each still hold every handler thread after 20 s");
            return;
        }
        assertEquals(200, answer.statusCode(), answer.body());

        for (Socket s : sockets) {
            s.setSoTimeout(10_000);
            try {
                assertEquals(-1, s.getInputStream().read(), "a stalled connection gets no answer, it is closed");
            } catch (SocketTimeoutException e) {
                fail("a stalled connection is still open after its request timeout");
            } catch (SocketException e) {
                // Reset by the server: dropped as well.
            }
        }
    }

    private int startCoordinator() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        coordinator = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Serve.class.getName(),
                dir.toString())
                .redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(coordinator.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = lines.readLine()) != null; ) {
            if (line.startsWith("port ")) {
                Thread drain = new Thread(() -> lines.lines().forEach(l -> { }), "coordinator-output");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(line.substring(5).strip());
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the coordinator did not start:\n" + seen);
    }

    /** A coordinator with a 1-second request timeout, in a JVM of its own; it stops when its stdin closes. */
    static final class Serve {

        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            try (JournalEpochLedger ledger = JournalEpochLedger.open(dir.resolve("ledger"), Harness.HASHER);
                 CoordinatorStorage storage = CoordinatorStorage.inDirectory(dir.resolve("coordinator"));
                 CoordinatorServer server = Harness.coordinator(ledger, Harness.settlement(), storage, new MutableClock())
                         .requestTimeout(Duration.ofSeconds(1))
                         .build().start("127.0.0.1", 0)) {
                assertTrue(server.port() > 0);
                System.out.println("port " + server.port());
                System.out.flush();
                while (System.in.read() >= 0) {
                    // Runs until the test closes stdin.
                }
            }
        }
    }
}
