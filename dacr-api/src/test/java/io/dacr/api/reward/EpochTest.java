package io.dacr.api.reward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EpochTest {

    private static final String COMMITMENT = "0x" + "5e".repeat(32);

    @Test
    void anOpenEpochHasNoRevealedSecret() {
        assertNull(new Epoch(7, EpochState.OPEN, COMMITMENT, null).revealedSecret());
    }

    @Test
    void anOpenEpochCannotRevealItsSecret() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Epoch(7, EpochState.OPEN, COMMITMENT, "0x00ff"));
        assertTrue(e.getMessage().contains("revealed only after"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = EpochState.class, names = {"CLOSED", "FINALIZED"})
    void aClosedOrFinalizedEpochMayRevealItsSecret(EpochState state) {
        assertEquals("0x00ff", new Epoch(7, state, COMMITMENT, "0x00ff").revealedSecret());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0x", "00ff", "0x0", "0x00FF", "0x00fg"})
    void aRevealedSecretMustBeWholeBytesOfLowerCaseHex(String revealed) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Epoch(7, EpochState.CLOSED, COMMITMENT, revealed));
        assertTrue(e.getMessage().contains("revealedSecret"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0x", "0x" + "5E5E5E5E5E5E5E5E5E5E5E5E5E5E5E5E5E5E5E5E5E5E5E5E5E5E5E5E5E5E5E5E", "0x5e"})
    void aCommitmentThatIsNotBytes32IsRejectedNamingTheField(String commitment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Epoch(7, EpochState.OPEN, commitment, null));
        assertTrue(e.getMessage().contains("secretCommitment"), e.getMessage());
    }

    @Test
    void aNegativeEpochIdIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Epoch(-1, EpochState.OPEN, COMMITMENT, null));
        assertTrue(e.getMessage().contains("id"), e.getMessage());
    }

    @Test
    void theCommitmentIsTheSha256OfTheSecretBytes() {
        // SHA-256("abcdefghijklmnopqrstuvwxyz"), a published test vector.
        assertEquals("0x71c480df93d6ae2f1efad1447c66c9525e316218cf51fc8d9ed832f2daf18b73",
                Epoch.commitmentOf(io.dacr.api.Secret.ofUtf8("abcdefghijklmnopqrstuvwxyz")));
    }

    @Test
    void aRevealOfTheCommittedSecretMatches() {
        io.dacr.api.Secret secret = io.dacr.api.Secret.ofUtf8("abcdefghijklmnopqrstuvwxyz");
        String hex = "0x" + java.util.HexFormat.of().formatHex(secret.bytes());

        assertTrue(new Epoch(7, EpochState.CLOSED, Epoch.commitmentOf(secret), hex).revealMatchesCommitment());
    }

    @Test
    void aRevealOfAnotherSecretDoesNotMatch() {
        assertEquals(false, new Epoch(7, EpochState.CLOSED, COMMITMENT, "0x00ff").revealMatchesCommitment());
    }

    @Test
    void anUnrevealedEpochDoesNotMatch() {
        assertEquals(false, new Epoch(7, EpochState.CLOSED, COMMITMENT, null).revealMatchesCommitment());
    }
}
