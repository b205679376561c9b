package io.dacr.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dacr.api.Secret;
import io.dacr.api.reward.Epoch;
import org.junit.jupiter.api.Test;

/** The contract's epoch commitment is the ledger's: SHA-256 of the secret's bytes. */
class EpochSecretsTest {

    /** FIPS 180-2's two-block SHA-256 example message (56 bytes). */
    private static final Secret NIST = Secret.ofUtf8("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");

    @Test
    void theCommitmentIsSha256OfTheSecretsBytes() {
        assertEquals("0x248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", EpochSecrets.commitment(NIST));
    }

    @Test
    void theCommitmentIsTheLedgersEpochCommitment() {
        Secret secret = Secret.ofBytes(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, -1});

        assertEquals(Epoch.commitmentOf(secret), EpochSecrets.commitment(secret));
    }

    @Test
    void theRevealedFormIsTheSecretsBytesInLowerCaseHex() {
        Secret secret = Secret.ofBytes(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, -1});

        assertEquals("0x000102030405060708090a0b0c0d0e0fff", EpochSecrets.hex(secret));
    }
}
