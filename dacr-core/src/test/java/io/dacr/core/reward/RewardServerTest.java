package io.dacr.core.reward;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.core.verify.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real server on the loopback interface, real HTTP requests. */
class RewardServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RewardServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        server = RewardServer.builder(RewardFunction.builder().build()).maxBodyBytes(200_000).maxItems(4)
                .challenge(Fixtures.CHALLENGE, Fixtures.KEY).start();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String path, String contentType, String body) throws IOException,
            InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String items(String... idAndCompletion) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode items = root.putArray("items");
        for (int i = 0; i < idAndCompletion.length; i += 2) {
            items.addObject().put("challenge_id", idAndCompletion[i]).put("completion", idAndCompletion[i + 1]);
        }
        return root.toString();
    }

    @Test
    void aBatchIsAnsweredWithOneRewardPerItemInOrder() throws Exception {
        String id = Fixtures.ID.toString();
        HttpResponse<String> r = post("/reward", "application/json", items(
                id, RewardFunctionTest.completion(Fixtures.oracle()),
                id, RewardFunctionTest.completion(Fixtures.failing()),
                id, "not json"));

        assertEquals(200, r.statusCode());
        JsonNode body = JSON.readTree(r.body());
        assertEquals("[1,0.7,0]", body.get("rewards").toString());
        assertEquals("fail", body.get("details").get(1).get("outcome").asText());
    }

    @Test
    void anUnknownChallengeIs422NamingTheItem() throws Exception {
        HttpResponse<String> r = post("/reward", "application/json", items("nope", "{}"));

        assertEquals(422, r.statusCode());
        assertTrue(JSON.readTree(r.body()).get("error").get("message").asText().contains("items[0]"), r.body());
    }

    @Test
    void invalidJsonIs400() throws Exception {
        assertEquals(400, post("/reward", "application/json", "{\"items\": [").statusCode());
    }

    @Test
    void tooManyItemsIs400() throws Exception {
        String id = Fixtures.ID.toString();
        assertEquals(400, post("/reward", "application/json", items(id, "a", id, "b", id, "c", id, "d", id, "e"))
                .statusCode());
    }

    @Test
    void aBodyOverTheCapIs413() throws Exception {
        String big = items(Fixtures.ID.toString(), "x".repeat(250_000));

        assertEquals(413, post("/reward", "application/json", big).statusCode());
    }

    @Test
    void aBodyThatIsNotJsonByTypeIs415() throws Exception {
        assertEquals(415, post("/reward", "text/plain", "{}").statusCode());
    }

    @Test
    void anotherPathIs404AndAnotherMethodIs405() throws Exception {
        assertEquals(404, post("/rewards", "application/json", "{}").statusCode());
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/reward")).GET().build();
        HttpResponse<String> r = client.send(get, HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
        assertEquals("POST", r.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void healthCountsTheChallengesServed() throws Exception {
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health")).GET().build();

        JsonNode body = JSON.readTree(client.send(get, HttpResponse.BodyHandlers.ofString()).body());

        assertEquals(1, body.get("challenges").asInt());
    }

    @Test
    void theServerBindsTheLoopbackAddressByDefault() throws Exception {
        try (RewardServer s = RewardServer.builder(RewardFunction.builder().build()).start()) {
            assertTrue(s.address().getAddress().isLoopbackAddress(), s.address().toString());
        }
    }
}
