package io.dacr.chain.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dacr.api.ChainException;
import io.dacr.api.ChainException.Reason;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.TransactionDecoder;

/**
 * Sending a transaction when the node's answer is lost: a stub JSON-RPC node that takes the
 * transaction into its pool but never answers, then answers the identical re-send with an error
 * ("already known", "nonce too low"), as geth and others do. The connector must find out that the node
 * has it and wait for it, not report a failure that makes its caller send it again with a new nonce
 * (which would, say, fund an epoch twice); where it cannot find out, it must say so.
 */
class RpcResendTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Credentials KEY =
            Credentials.create("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
    private static final String CONTRACT = "0x5fbdb2315678afecb367f032d93f642f64180aa3";
    private static final BigInteger ONE_TOKEN = BigInteger.TEN.pow(18);

    /** How the stub answers eth_sendRawTransaction of a transaction it has not seen. */
    enum FirstSend { LOSE_ANSWER, REFUSE }

    /** How it answers the same signed bytes again. */
    enum Resend { ALREADY_KNOWN, NONCE_TOO_LOW, LOSE_ANSWER }

    private static final class StubNode {
        final HttpServer server;
        final List<String> pool = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger nonceReads = new AtomicInteger();
        volatile FirstSend firstSend = FirstSend.LOSE_ANSWER;
        volatile Resend resend = Resend.ALREADY_KNOWN;
        /** Whether it answers transaction and receipt look-ups (false: it drops them too). */
        volatile boolean answersLookups = true;

        StubNode() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", this::handle);
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        private String poolHash(String raw) {
            return Words.hex(Words.keccak(Words.bytes(raw)));
        }

        private String rawByHash(String hash) {
            synchronized (pool) {
                return pool.stream().filter(r -> poolHash(r).equals(hash)).findFirst().orElse(null);
            }
        }

        private void handle(HttpExchange ex) throws IOException {
            JsonNode request = JSON.readTree(ex.getRequestBody());
            String method = request.path("method").asText();
            JsonNode params = request.path("params");
            ObjectNode answer = JsonNodeFactory.instance.objectNode();
            answer.put("jsonrpc", "2.0");
            answer.set("id", request.path("id"));
            switch (method) {
                case "eth_estimateGas" -> answer.put("result", "0x5208");
                case "eth_gasPrice" -> answer.put("result", "0x1");
                case "eth_getTransactionCount" -> {
                    nonceReads.incrementAndGet();
                    answer.put("result", "0x" + Integer.toHexString(pool.size()));
                }
                case "eth_sendRawTransaction" -> {
                    String raw = params.get(0).asText();
                    if (!pool.contains(raw)) {
                        if (firstSend == FirstSend.REFUSE) {
                            error(answer, "insufficient funds for gas * price + value");
                            break;
                        }
                        pool.add(raw);
                        ex.close();   // the node has it; the client never hears back
                        return;
                    }
                    switch (resend) {
                        case ALREADY_KNOWN -> error(answer, "already known");
                        case NONCE_TOO_LOW -> error(answer, "nonce too low");
                        case LOSE_ANSWER -> {
                            ex.close();
                            return;
                        }
                    }
                }
                case "eth_getTransactionByHash", "eth_getTransactionReceipt" -> {
                    if (!answersLookups) {
                        ex.close();
                        return;
                    }
                    String hash = params.get(0).asText();
                    if (rawByHash(hash) == null) {
                        answer.putNull("result");
                    } else if (method.equals("eth_getTransactionByHash")) {
                        ObjectNode tx = answer.putObject("result");
                        tx.put("hash", hash);
                        tx.put("nonce", "0x0");
                        tx.put("from", KEY.getAddress());
                        tx.put("to", CONTRACT);
                        tx.put("value", "0x0");
                        tx.put("gas", "0x5208");
                        tx.put("gasPrice", "0x1");
                        tx.put("input", "0x");
                    } else {
                        ObjectNode receipt = answer.putObject("result");
                        receipt.put("transactionHash", hash);
                        receipt.put("transactionIndex", "0x0");
                        receipt.put("blockHash", "0x" + "ab".repeat(32));
                        receipt.put("blockNumber", "0x1");
                        receipt.put("from", KEY.getAddress());
                        receipt.put("to", CONTRACT);
                        receipt.put("gasUsed", "0x5208");
                        receipt.put("cumulativeGasUsed", "0x5208");
                        receipt.put("effectiveGasPrice", "0x1");
                        receipt.putArray("logs");
                        receipt.put("status", "0x1");
                    }
                }
                default -> error(answer, "no " + method);
            }
            byte[] out = JSON.writeValueAsBytes(answer);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        }

        private static void error(ObjectNode answer, String message) {
            ObjectNode error = answer.putObject("error");
            error.put("code", -32000);
            error.put("message", message);
        }

        List<BigInteger> nonces() {
            synchronized (pool) {
                return pool.stream().map(r -> TransactionDecoder.decode(r).getNonce()).toList();
            }
        }
    }

    private StubNode node;

    private Rpc rpc() throws IOException {
        node = new StubNode();
        return new Rpc(node.url(), 31337, Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        if (node != null) {
            node.server.stop(0);
        }
    }

    private void sendsOnceWhenTheResendIsAnswered(Resend resend) throws Exception {
        try (Rpc rpc = rpc()) {
            node.resend = resend;

            var receipt = rpc.send(KEY, CONTRACT, ONE_TOKEN, "0xdeadbeef");

            assertEquals(1, node.pool.size(), "the node got the transaction once");
            assertEquals(node.poolHash(node.pool.get(0)), receipt.getTransactionHash());
            rpc.send(KEY, CONTRACT, ONE_TOKEN, "0xdeadbeef");
            assertEquals(List.of(BigInteger.ZERO, BigInteger.ONE), node.nonces(), "the next transaction takes the next nonce");
        }
    }

    @Test
    void aLostAnswerThenAlreadyKnownIsTheSentTransactionNotAFailure() throws Exception {
        sendsOnceWhenTheResendIsAnswered(Resend.ALREADY_KNOWN);
    }

    @Test
    void aLostAnswerThenNonceTooLowIsTheSentTransactionNotAFailure() throws Exception {
        sendsOnceWhenTheResendIsAnswered(Resend.NONCE_TOO_LOW);
    }

    @Test
    void everyAnswerLostButTheNodeKnowsTheTransaction() throws Exception {
        sendsOnceWhenTheResendIsAnswered(Resend.LOSE_ANSWER);
    }

    @Test
    void aTransactionTheNodeRefusedAndDoesNotKnowIsAnErrorAndTheNonceIsReadAgain() throws Exception {
        try (Rpc rpc = rpc()) {
            node.firstSend = FirstSend.REFUSE;

            ChainException e = assertThrows(ChainException.class, () -> rpc.send(KEY, CONTRACT, ONE_TOKEN, "0xdeadbeef"));

            assertEquals(Reason.RPC_ERROR, e.reason(), e::getMessage);
            assertTrue(e.getMessage().contains("insufficient funds"), e::getMessage);
            node.firstSend = FirstSend.LOSE_ANSWER;
            rpc.send(KEY, CONTRACT, ONE_TOKEN, "0xdeadbeef");
            assertEquals(2, node.nonceReads.get(), "after a refusal the nonce is read from the node again");
            assertEquals(List.of(BigInteger.ZERO), node.nonces());
        }
    }

    @Test
    void whenTheNodeCannotSayWhetherItHasTheTransactionTheOutcomeIsUnknown() throws Exception {
        try (Rpc rpc = rpc()) {
            node.resend = Resend.LOSE_ANSWER;
            node.answersLookups = false;

            ChainException e = assertThrows(ChainException.class, () -> rpc.send(KEY, CONTRACT, ONE_TOKEN, "0xdeadbeef"));

            assertEquals(Reason.OUTCOME_UNKNOWN, e.reason(), e::getMessage);
            assertTrue(e.getMessage().contains(node.poolHash(node.pool.get(0))), "the message names the transaction: " + e.getMessage());
        }
    }
}
