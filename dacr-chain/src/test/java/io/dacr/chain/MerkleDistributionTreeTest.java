package io.dacr.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.reward.Allocation;
import io.dacr.api.reward.Distribution;
import io.dacr.api.reward.DistributionMode;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merkle trees of distributions: OpenZeppelin's encoding, proofs that verify, one mode only. */
class MerkleDistributionTreeTest {

    private static final String A = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
    private static final String B = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";

    private static Distribution twoMiners() {
        return new Distribution(1, DistributionMode.LARGEST_REMAINDER, BigInteger.valueOf(12),
                List.of(new Allocation(A, BigInteger.ONE, BigInteger.valueOf(5)), new Allocation(B, BigInteger.TWO, BigInteger.valueOf(7))),
                BigInteger.ZERO);
    }

    @Test
    void theRootOfAFixedDistributionIsOpenZeppelins() {
        // Computed with @openzeppelin/merkle-tree 1.0.8: StandardMerkleTree.of([[1, A, 5], [1, B, 7]], [uint64, address, uint256]).
        assertEquals("0x6e192a7c8f6035f8e93c482c5905ec059664f878548e72fa3c47b7d1c4d41c89", MerkleDistributionTree.of(twoMiners()).root());
    }

    @Test
    void everyProofLeadsFromItsLeafToTheRoot() {
        for (int size = 1; size <= 17; size++) {
            MerkleDistributionTree tree = MerkleDistributionTree.of(Samples.distribution(size, size));
            for (String account : tree.accounts()) {
                String leaf = MerkleDistributionTree.leaf(tree.epoch(), account, tree.amount(account));
                assertTrue(MerkleDistributionTree.verify(tree.root(), leaf, tree.proof(account)), account + " in tree of " + size);
            }
        }
    }

    @Test
    void theTotalIsWhatTheLeavesAllocate() {
        assertEquals(BigInteger.valueOf(12), MerkleDistributionTree.of(twoMiners()).total());
        io.dacr.api.reward.Distribution d = Samples.distribution(9, 9);
        assertEquals(d.pool().subtract(d.retained()), MerkleDistributionTree.of(d).total());
    }

    @Test
    void aProofDoesNotProveAnotherAmount() {
        MerkleDistributionTree tree = MerkleDistributionTree.of(twoMiners());
        assertFalse(MerkleDistributionTree.verify(tree.root(), MerkleDistributionTree.leaf(1, A, BigInteger.valueOf(6)), tree.proof(A)));
    }

    @Test
    void aOneLeafTreeHasTheLeafAsRootAndAnEmptyProof() {
        MerkleDistributionTree tree = MerkleDistributionTree.of(Samples.distribution(5, 1));
        String account = tree.accounts().get(0);
        assertEquals(MerkleDistributionTree.leaf(tree.epoch(), account, tree.amount(account)), tree.root());
        assertEquals(List.of(), tree.proof(account));
    }

    @Test
    void aFloorDistributionHasNoTree() {
        Distribution floor = new Distribution(1, DistributionMode.FLOOR, BigInteger.TEN,
                List.of(new Allocation(A, BigInteger.ONE, BigInteger.valueOf(3)), new Allocation(B, BigInteger.TWO, BigInteger.valueOf(6))),
                BigInteger.ONE);
        assertThrows(IllegalArgumentException.class, () -> MerkleDistributionTree.of(floor));
    }

    @Test
    void anAccountWithoutALeafHasNoProof() {
        MerkleDistributionTree tree = MerkleDistributionTree.of(twoMiners());
        assertThrows(IllegalArgumentException.class, () -> tree.proof("0x" + "00".repeat(20)));
    }
}
