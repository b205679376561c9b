package io.dacr.chain.internal;

import io.dacr.api.reward.Allocation;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.DistributionMode;
import io.dacr.api.reward.Receipt;
import io.dacr.api.spi.ChainConfig;
import io.dacr.api.spi.ChainConnector;
import io.dacr.chain.Eip712Domain;
import io.dacr.chain.Eip712ReceiptHasher;
import io.dacr.chain.MiningContract;
import io.dacr.chain.NodeTools;
import io.dacr.chain.ReceiptSignatures;
import io.dacr.chain.SigningKey;
import java.math.BigInteger;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.OkHttpClient;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;

/**
 * The Hardhat node scripts/test.sh starts, with its well-known funded development accounts, and
 * what the chain tests do on it: deploy a fresh contract, sign receipts, compute distributions.
 */
final class LocalChain {

    static final long CHAIN_ID = 31337;
    /** Hardhat's first development keys (public knowledge: development only). */
    static final List<SigningKey> ACCOUNTS = List.of(
            SigningKey.ofHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"),
            SigningKey.ofHex("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"),
            SigningKey.ofHex("5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"),
            SigningKey.ofHex("7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6"),
            SigningKey.ofHex("47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a"),
            SigningKey.ofHex("8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba"));

    final URI url;
    final SigningKey owner = ACCOUNTS.get(0);
    final SigningKey coordinator = ACCOUNTS.get(1);
    final String contract;
    final Eip712Domain domain;
    private final Web3j web3j;

    private LocalChain(URI url, String contract) {
        this.url = url;
        this.contract = contract;
        this.domain = Eip712Domain.dacrMining(CHAIN_ID, contract);
        this.web3j = Web3j.build(new HttpService(url.toString(), new OkHttpClient(), false));
    }

    /** Deploys a fresh mining contract (so tests never share state), or skips without a node. */
    static LocalChain withFreshContract() {
        URI url = URI.create(NodeTools.requireRpcUrl());
        SigningKey owner = ACCOUNTS.get(0);
        return new LocalChain(url, MiningContract.deploy(url, CHAIN_ID, owner, ACCOUNTS.get(1).address()));
    }

    ChainConfig config() {
        return new ChainConfig(url, CHAIN_ID, contract, new TreeMap<>());
    }

    /** A connector sending from {@code key}, which reaches the provider through an environment variable. */
    ChainConnector connect(SigningKey key) {
        String hex = key.credentials().getEcKeyPair().getPrivateKey().toString(16);
        Web3jChainProvider provider = new Web3jChainProvider(Map.of("DACR_TEST_KEY", hex));
        return provider.connect(new ChainConfig(url, CHAIN_ID, contract, new TreeMap<>(Map.of(Web3jChainProvider.KEY_ENV,
                "DACR_TEST_KEY"))));
    }

    BigInteger balance(String address) throws Exception {
        return web3j.ethGetBalance(address, DefaultBlockParameterName.LATEST).send().getBalance();
    }

    /** @return what a mined transaction cost its sender in gas */
    BigInteger gasCost(String transactionHash) throws Exception {
        TransactionReceipt r = web3j.ethGetTransactionReceipt(transactionHash).send().getTransactionReceipt().orElseThrow();
        return r.getGasUsed().multiply(new BigInteger(r.getEffectiveGasPrice().substring(2), 16));
    }

    long blockNumber() throws Exception {
        return web3j.ethBlockNumber().send().getBlockNumber().longValueExact();
    }

    /** A receipt of {@code miner} continuing a chain whose head is {@code previous}. */
    static Receipt receipt(String miner, long epoch, long solveIndex, String previous, String challenge, long credits) {
        String h = new Eip712ReceiptHasher().hash(new Receipt(miner, epoch, solveIndex, previous, challenge,
                Receipt.GENESIS_HASH, Receipt.GENESIS_HASH, Receipt.GENESIS_HASH, Receipt.GENESIS_HASH, 1,
                BigInteger.valueOf(credits)));
        return new Receipt(miner, epoch, solveIndex, previous, challenge, h, h, h, h, 1, BigInteger.valueOf(credits));
    }

    String sign(Receipt receipt) {
        return ReceiptSignatures.sign(receipt, domain, coordinator);
    }

    /** FLOOR: floor(pool × credits / total) each; the rest retained. */
    static Distribution floor(long epoch, BigInteger pool, Map<String, BigInteger> credits) {
        BigInteger total = credits.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        List<Allocation> allocations = new ArrayList<>();
        BigInteger paid = BigInteger.ZERO;
        for (var e : new TreeMap<>(credits).entrySet()) {
            BigInteger amount = pool.multiply(e.getValue()).divide(total);
            allocations.add(new Allocation(e.getKey(), e.getValue(), amount));
            paid = paid.add(amount);
        }
        return new Distribution(epoch, DistributionMode.FLOOR, pool, allocations, pool.subtract(paid));
    }

    /** LARGEST_REMAINDER: floor shares, then one unit each to the largest remainders (ties by address). */
    static Distribution largestRemainder(long epoch, BigInteger pool, Map<String, BigInteger> credits) {
        BigInteger total = credits.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        Map<String, BigInteger> amounts = new TreeMap<>();
        Map<String, BigInteger> remainders = new TreeMap<>();
        BigInteger left = pool;
        for (var e : new TreeMap<>(credits).entrySet()) {
            BigInteger[] qr = pool.multiply(e.getValue()).divideAndRemainder(total);
            amounts.put(e.getKey(), qr[0]);
            remainders.put(e.getKey(), qr[1]);
            left = left.subtract(qr[0]);
        }
        List<String> order = new ArrayList<>(remainders.keySet());
        order.sort(Comparator.comparing((String m) -> remainders.get(m)).reversed().thenComparing(Comparator.naturalOrder()));
        for (int i = 0; left.signum() > 0; i++, left = left.subtract(BigInteger.ONE)) {
            amounts.merge(order.get(i), BigInteger.ONE, BigInteger::add);
        }
        List<Allocation> allocations = new ArrayList<>();
        amounts.forEach((m, a) -> allocations.add(new Allocation(m, credits.get(m), a)));
        return new Distribution(epoch, DistributionMode.LARGEST_REMAINDER, pool, allocations, BigInteger.ZERO);
    }
}
