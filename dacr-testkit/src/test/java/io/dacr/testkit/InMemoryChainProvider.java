package io.dacr.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.api.ChainException;
import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Receipt;
import io.dacr.api.spi.ChainConfig;
import io.dacr.api.spi.ChainConnector;
import io.dacr.api.spi.ChainEvent;
import io.dacr.api.spi.ChainProvider;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A test-only chain provider whose "node" lives in memory: an RPC URL whose host is
 * {@value #REACHABLE_HOST} reaches a node on chain {@value #CHAIN_ID} with a contract at
 * {@link #CONTRACT} that keeps credits, pools and finalisations in maps; an {@code http} URL is asked
 * its chain id by JSON-RPC ({@code eth_chainId}), as a real provider would; any other URL is
 * unreachable. A {@link Flaw} makes it break one promise of the SPI, to show that the TCK notices.
 * Never registered as a service.
 */
class InMemoryChainProvider implements ChainProvider {

    /** The host that answers. */
    static final String REACHABLE_HOST = "reachable";
    /** The in-memory node's chain. */
    static final long CHAIN_ID = 31337;
    /** Where the in-memory node holds the contract. */
    static final String CONTRACT = "0x" + "5f".repeat(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The promise to break. */
    enum Flaw {
        NONE, BAD_ID, ILLEGAL_STATE_WHEN_UNREACHABLE, SECOND_CLOSE_THROWS, UNKNOWN_MINER_FAILS, UNREACHABLE_WITHOUT_REASON,
        IGNORES_CHAIN_ID, ANY_ADDRESS_IS_THE_CONTRACT, UNREADABLE_ANSWER_IS_UNREACHABLE
    }

    private final Flaw flaw;

    InMemoryChainProvider(Flaw flaw) {
        this.flaw = flaw;
    }

    @Override
    public String id() {
        return flaw == Flaw.BAD_ID ? "in_memory!" : "in-memory";
    }

    @Override
    public String description() {
        return "A mining contract kept in memory, for tests";
    }

    @Override
    public ChainConnector connect(ChainConfig config) {
        Objects.requireNonNull(config, "config");
        if ("http".equals(config.rpcUrl().getScheme())) {
            requireChain(askChainId(config.rpcUrl()), config);
            throw new ChainException(ChainException.Reason.CONFIGURATION, "the node at " + config.rpcUrl()
                    + " holds no in-memory contract", null);
        }
        if (!REACHABLE_HOST.equals(config.rpcUrl().getHost())) {
            if (flaw == Flaw.ILLEGAL_STATE_WHEN_UNREACHABLE) {
                throw new IllegalStateException("connection refused");
            }
            if (flaw == Flaw.UNREACHABLE_WITHOUT_REASON) {
                throw new ChainException("cannot reach a node at " + config.rpcUrl());
            }
            throw new ChainException(ChainException.Reason.UNREACHABLE, "cannot reach a node at " + config.rpcUrl(), null);
        }
        requireChain(CHAIN_ID, config);
        if (!CONTRACT.equals(config.contractAddress()) && flaw != Flaw.ANY_ADDRESS_IS_THE_CONTRACT) {
            throw new ChainException(ChainException.Reason.CONFIGURATION, "no contract at " + config.contractAddress(), null);
        }
        return new Connector();
    }

    private void requireChain(long nodeChainId, ChainConfig config) {
        if (nodeChainId != config.chainId() && flaw != Flaw.IGNORES_CHAIN_ID) {
            throw new ChainException(ChainException.Reason.WRONG_CHAIN, "the node is on chain " + nodeChainId
                    + ", the configuration names " + config.chainId(), null);
        }
    }

    /** Asks a JSON-RPC node its chain id. */
    private long askChainId(URI url) {
        String body;
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}"))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            body = response.body();
        } catch (IOException e) {
            throw new ChainException(ChainException.Reason.UNREACHABLE, "cannot reach a node at " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChainException(ChainException.Reason.TIMEOUT, "interrupted", e);
        }
        try {
            return Long.decode(JSON.readTree(body).path("result").asText());
        } catch (IOException | NumberFormatException e) {
            ChainException.Reason reason = flaw == Flaw.UNREADABLE_ANSWER_IS_UNREACHABLE
                    ? ChainException.Reason.UNREACHABLE : ChainException.Reason.RPC_ERROR;
            throw new ChainException(reason, "the node at " + url + " answered something unreadable", e);
        }
    }

    private final class Connector implements ChainConnector {
        private final Map<String, BigInteger> credits = new TreeMap<>();
        private final Map<Long, BigInteger> pools = new TreeMap<>();
        private final Map<Long, DistributionMode> finalized = new TreeMap<>();
        private final AtomicBoolean closed = new AtomicBoolean();

        private final Map<Long, String> commitments = new TreeMap<>();
        private final java.util.Set<Long> closedEpochs = new java.util.TreeSet<>();

        @Override
        public String senderAddress() {
            return "0x" + "5a".repeat(20);
        }

        @Override
        public synchronized String commitEpoch(long epoch, String secretHash) {
            requireOpen();
            if (commitments.putIfAbsent(epoch, secretHash) != null) {
                throw new ChainException("epoch " + epoch + " was committed before");
            }
            return transaction("commit", String.valueOf(epoch), secretHash);
        }

        @Override
        public synchronized String closeEpoch(long epoch) {
            requireOpen();
            if (!commitments.containsKey(epoch) || !closedEpochs.add(epoch)) {
                throw new ChainException("epoch " + epoch + " is not open");
            }
            return transaction("close", String.valueOf(epoch));
        }

        @Override
        public synchronized String revealEpoch(long epoch, String secret) {
            requireOpen();
            if (!closedEpochs.contains(epoch)) {
                throw new ChainException("epoch " + epoch + " is not closed");
            }
            return transaction("reveal", String.valueOf(epoch), secret);
        }

        @Override
        public synchronized BigInteger totalCredits(long epoch) {
            requireOpen();
            String prefix = epoch + ":";
            return credits.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                    .reduce(BigInteger.ZERO, BigInteger::add);
        }

        @Override
        public synchronized String claimMerkle(long epoch, String account, BigInteger amount, List<String> proof) {
            requireOpen();
            if (finalized.get(epoch) != DistributionMode.LARGEST_REMAINDER) {
                throw new ChainException("epoch " + epoch + " is not finalized for Merkle claims");
            }
            return transaction("claimMerkle", String.valueOf(epoch), account, amount.toString(), proof.toString());
        }

        @Override
        public List<ChainEvent> events(long fromBlock, long toBlock) {
            requireOpen();
            return List.of();
        }

        @Override
        public synchronized String submitReceipt(Receipt receipt, String signature) {
            requireOpen();
            if (finalized.containsKey(receipt.epoch())) {
                throw new ChainException("epoch " + receipt.epoch() + " is finalized");
            }
            credits.merge(key(receipt.epoch(), receipt.miner()), receipt.credits(), BigInteger::add);
            return transaction("submit", receipt.challengeId(), receipt.miner(), signature);
        }

        @Override
        public synchronized BigInteger credits(long epoch, String miner) {
            requireOpen();
            BigInteger held = credits.get(key(epoch, miner));
            if (held == null && flaw == Flaw.UNKNOWN_MINER_FAILS) {
                throw new ChainException("unknown miner " + miner);
            }
            return held == null ? BigInteger.ZERO : held;
        }

        @Override
        public synchronized String fundEpoch(long epoch, BigInteger amount) {
            requireOpen();
            pools.merge(epoch, amount, BigInteger::add);
            return transaction("fund", String.valueOf(epoch), amount.toString());
        }

        @Override
        public synchronized String finalizeEpoch(long epoch, DistributionMode mode, String merkleRoot, BigInteger merkleTotal) {
            requireOpen();
            if (finalized.putIfAbsent(epoch, mode) != null) {
                throw new ChainException("epoch " + epoch + " is already finalized");
            }
            return transaction("finalize", String.valueOf(epoch), mode.name(), String.valueOf(merkleRoot));
        }

        @Override
        public synchronized String claim(List<Long> epochs) {
            requireOpen();
            for (Long epoch : epochs) {
                if (finalized.get(epoch) != DistributionMode.FLOOR) {
                    throw new ChainException("epoch " + epoch + " is not finalized for direct claims");
                }
            }
            return transaction("claim", epochs.toString());
        }

        @Override
        public void close() {
            if (!closed.compareAndSet(false, true) && flaw == Flaw.SECOND_CLOSE_THROWS) {
                throw new IllegalStateException("already closed");
            }
        }

        private void requireOpen() {
            if (closed.get()) {
                throw new ChainException("the connector is closed");
            }
        }

        private String key(long epoch, String miner) {
            return epoch + ":" + miner;
        }

        private String transaction(String... parts) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                return "0x" + HexFormat.of().formatHex(sha.digest(String.join("|", parts).getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 unavailable", e);
            }
        }
    }
}
