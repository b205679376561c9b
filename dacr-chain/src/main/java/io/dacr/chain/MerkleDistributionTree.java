package io.dacr.chain;

import io.dacr.api.internal.Checks;
import io.dacr.api.reward.Allocation;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.DistributionMode;
import io.dacr.chain.internal.Words;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Merkle tree of a LARGEST_REMAINDER {@link Distribution}, in OpenZeppelin's StandardMerkleTree
 * encoding with leaf values {@code [uint64 epoch, address account, uint256 amount]}: leaf =
 * keccak256(keccak256(abi.encode(epoch, account, amount))), node = keccak256 of the sorted pair,
 * leaves sorted by hash and laid out as a complete binary tree in an array. Roots and proofs equal
 * those of the npm package {@code @openzeppelin/merkle-tree}; the mining contract checks proofs the
 * way {@code MerkleProof.verify} does.
 *
 * <pre>{@code
 * MerkleDistributionTree tree = MerkleDistributionTree.of(distribution);
 * connector.finalizeEpoch(epoch, DistributionMode.LARGEST_REMAINDER, tree.root(), tree.total());
 * connector.claimMerkle(epoch, miner, tree.amount(miner), tree.proof(miner));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MerkleDistributionTree {

    private final long epoch;
    private final byte[][] nodes;
    private final Map<String, Integer> indexByAccount;
    private final Map<String, BigInteger> amountByAccount;

    private MerkleDistributionTree(long epoch, byte[][] nodes, Map<String, Integer> indexByAccount,
                                   Map<String, BigInteger> amountByAccount) {
        this.epoch = epoch;
        this.nodes = nodes;
        this.indexByAccount = indexByAccount;
        this.amountByAccount = amountByAccount;
    }

    /**
     * @param distribution a LARGEST_REMAINDER distribution with at least one allocation
     * @return its tree
     * @throws IllegalArgumentException if it is a FLOOR distribution (paid by direct claims, not
     *     proofs) or allocates nothing
     */
    public static MerkleDistributionTree of(Distribution distribution) {
        Checks.notNull(distribution, "distribution");
        Checks.requireArgument(distribution.mode() == DistributionMode.LARGEST_REMAINDER,
                "epoch %d: a Merkle tree pays a LARGEST_REMAINDER distribution; a FLOOR one is paid by direct claims",
                distribution.epoch());
        List<Allocation> allocations = distribution.allocations();
        Checks.requireArgument(!allocations.isEmpty(), "epoch %d allocates nothing: there is no tree to build",
                distribution.epoch());
        int n = allocations.size();
        byte[][] leaves = new byte[n][];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            Allocation a = allocations.get(i);
            leaves[i] = leafBytes(distribution.epoch(), a.miner(), a.amount());
            order[i] = i;
        }
        // StandardMerkleTree sorts leaves by hash (unsigned byte order) before laying them out.
        Arrays.sort(order, (x, y) -> Arrays.compareUnsigned(leaves[x], leaves[y]));
        byte[][] nodes = new byte[2 * n - 1][];
        Map<String, Integer> indexByAccount = new TreeMap<>();
        Map<String, BigInteger> amountByAccount = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            int at = nodes.length - 1 - i;
            nodes[at] = leaves[order[i]];
            Allocation a = allocations.get(order[i]);
            indexByAccount.put(a.miner(), at);
            amountByAccount.put(a.miner(), a.amount());
        }
        for (int i = nodes.length - 1 - n; i >= 0; i--) {
            nodes[i] = hashPair(nodes[2 * i + 1], nodes[2 * i + 2]);
        }
        return new MerkleDistributionTree(distribution.epoch(), nodes, Collections.unmodifiableMap(indexByAccount),
                Collections.unmodifiableMap(amountByAccount));
    }

    /** @return the epoch the tree pays */
    public long epoch() {
        return epoch;
    }

    /** @return the root, {@code 0x} and 64 lower-case hex digits */
    public String root() {
        return Words.hex(nodes[0]);
    }

    /**
     * @return the sum of the leaf amounts: what the tree pays in all, which the contract's
     *     {@code finalizeEpoch} takes so that it can retain the rest of the epoch's pool
     */
    public BigInteger total() {
        return amountByAccount.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
    }

    /** @return the accounts with a leaf, sorted */
    public List<String> accounts() {
        return List.copyOf(indexByAccount.keySet());
    }

    /**
     * @param account an account of the distribution
     * @return the amount its leaf allocates
     * @throws IllegalArgumentException if the account has no leaf
     */
    public BigInteger amount(String account) {
        BigInteger amount = amountByAccount.get(account);
        Checks.requireArgument(amount != null, "epoch %d allocates nothing to %s", epoch, account);
        return amount;
    }

    /**
     * @param account an account of the distribution
     * @return the proof of its leaf, sibling hashes from the leaf up (empty for a one-leaf tree)
     * @throws IllegalArgumentException if the account has no leaf
     */
    public List<String> proof(String account) {
        Integer index = indexByAccount.get(account);
        Checks.requireArgument(index != null, "epoch %d allocates nothing to %s", epoch, account);
        List<String> proof = new ArrayList<>();
        int i = index;
        while (i > 0) {
            int sibling = (i % 2 == 1) ? i + 1 : i - 1;
            proof.add(Words.hex(nodes[sibling]));
            i = (i - 1) / 2;
        }
        return List.copyOf(proof);
    }

    /**
     * @param epoch the epoch
     * @param account the account's address
     * @param amount the amount
     * @return the leaf hash keccak256(keccak256(abi.encode(epoch, account, amount))), {@code 0x} and 64 hex digits
     */
    public static String leaf(long epoch, String account, BigInteger amount) {
        Checks.nonNegative(epoch, "epoch");
        Checks.address(account, "account");
        return Words.hex(leafBytes(epoch, account, amount));
    }

    /**
     * Checks a proof the way the contract (and OpenZeppelin's {@code MerkleProof.verify}) does.
     *
     * @param root the root
     * @param leaf the leaf hash
     * @param proof sibling hashes from the leaf up
     * @return true if the proof leads from the leaf to the root
     */
    public static boolean verify(String root, String leaf, List<String> proof) {
        byte[] computed = Words.bytes32(leaf);
        for (String sibling : proof) {
            computed = hashPair(computed, Words.bytes32(sibling));
        }
        return Arrays.equals(computed, Words.bytes32(root));
    }

    private static byte[] leafBytes(long epoch, String account, BigInteger amount) {
        return Words.keccak(Words.keccak(Words.concat(Words.uint(epoch), Words.address(account), Words.uint(amount))));
    }

    private static byte[] hashPair(byte[] a, byte[] b) {
        return Arrays.compareUnsigned(a, b) <= 0 ? Words.keccak(Words.concat(a, b)) : Words.keccak(Words.concat(b, a));
    }
}
