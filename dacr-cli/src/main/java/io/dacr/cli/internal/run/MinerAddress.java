package io.dacr.cli.internal.run;

import java.nio.charset.StandardCharsets;

/**
 * The ledger address of a miner of {@code dacr run}, derived from its model id: {@code 0x} and the first 20
 * bytes of SHA-256("dacr-run miner " + model id), in lower-case hex. Simulated and local miners hold
 * no wallet; the address only keys their credits and receipts, the same on every run.
 */
public final class MinerAddress {

    private MinerAddress() {
    }

    /**
     * @param modelId the miner's model id
     * @return its address, {@code 0x} and 40 lower-case hex digits
     */
    public static String of(String modelId) {
        byte[] digest = SplitMix64.sha256(("dacr-run miner " + modelId).getBytes(StandardCharsets.UTF_8));
        return "0x" + RunFiles.hex(digest, 20);
    }
}
