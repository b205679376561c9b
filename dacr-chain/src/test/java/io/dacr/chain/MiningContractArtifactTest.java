package io.dacr.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed ABI and bytecode are what the Solidity source compiles to. */
class MiningContractArtifactTest {

    private static final Path SOURCE = Path.of("src", "main", "solidity", "DacrMining.sol");
    private static final Path ARTIFACT = Path.of("src", "main", "resources", "io", "dacr", "chain", "DacrMining.json");

    @Test
    void theCommittedArtifactIsWhatSolcJsCompilesFromTheSource(@TempDir Path dir) throws Exception {
        NodeTools tools = NodeTools.require();
        Path compiled = dir.resolve("DacrMining.json");

        tools.run("compile.mjs", "", SOURCE.toString(), compiled.toString());

        assertEquals(Files.readString(compiled, StandardCharsets.UTF_8), Files.readString(ARTIFACT, StandardCharsets.UTF_8),
                "DacrMining.json is stale: run node dacr-chain/node/scripts/compile.mjs " + SOURCE + " " + ARTIFACT
                        + " (see docs/chain.md) and commit the result");
    }

    @Test
    void everyRefusalHasACustomErrorAndEveryStateChangeAnEvent() {
        assertTrue(MiningContract.errorNames().containsAll(java.util.List.of("WrongSigner", "ReceiptReplayed", "BrokenChain",
                "WrongEpoch", "AlreadyClaimed", "InvalidProof", "WrongSettlement")), MiningContract.errorNames()::toString);
        assertEquals(java.util.List.of("Claimed", "EpochClosed", "EpochCommitted", "EpochFinalized", "EpochFunded",
                "EpochRevealed", "ReceiptAccepted", "ReceiptNotCredited", "Retained"), MiningContract.eventNames());
    }
}
