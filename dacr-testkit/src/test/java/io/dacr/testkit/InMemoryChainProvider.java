package io.dacr.testkit;

import io.dacr.api.ChainException;
import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Receipt;
import io.dacr.api.spi.ChainConfig;
import io.dacr.api.spi.ChainConnector;
import io.dacr.api.spi.ChainEvent;
import io.dacr.api.spi.ChainProvider;
import java.math.BigInteger;
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
 * {@value #REACHABLE_HOST} reaches a contract that keeps credits, pools and finalisations in maps;
 * any other host is unreachable. A {@link Flaw} makes it break one promise of the SPI, to show that
 * the TCK notices. Never registered as a service.
 */
class InMemoryChainProvider implements ChainProvider {

    /** The host that answers. */
    static final String REACHABLE_HOST = "reachable";

    /** The promise to break. */
    enum Flaw {
        NONE, BAD_ID, ILLEGAL_STATE_WHEN_UNREACHABLE, SECOND_CLOSE_THROWS, UNKNOWN_MINER_FAILS
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
        if (!REACHABLE_HOST.equals(config.rpcUrl().getHost())) {
            if (flaw == Flaw.ILLEGAL_STATE_WHEN_UNREACHABLE) {
                throw new IllegalStateException("connection refused");
            }
            throw new ChainException("cannot reach a node at " + config.rpcUrl());
        }
        return new Connector();
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
        public synchronized String finalizeEpoch(long epoch, DistributionMode mode, String merkleRoot) {
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
