package io.dacr.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dacr.api.ChainException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys come from files or the environment, and never show in text. */
class SigningKeyTest {

    private static final String KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    private static final String ADDRESS = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";

    @Test
    void aKeyFileWithSurroundingWhitespaceGivesItsAddress(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("key"), "  0x" + KEY + "\n", StandardCharsets.UTF_8);
        assertEquals(ADDRESS, SigningKey.fromFile(file).address());
    }

    @Test
    void anEnvironmentVariableGivesItsAddress() {
        assertEquals(ADDRESS, SigningKey.fromEnvironment("K", Map.of("K", KEY)).address());
    }

    @Test
    void anUnsetVariableIsAConfigurationError() {
        ChainException e = assertThrows(ChainException.class, () -> SigningKey.fromEnvironment("K", Map.of()));
        assertEquals(ChainException.Reason.CONFIGURATION, e.reason());
    }

    @Test
    void aMalformedKeyIsRefusedWithoutShowingIt() {
        ChainException e = assertThrows(ChainException.class, () -> SigningKey.ofHex(KEY.substring(1) + "z"));
        assertFalse(e.getMessage().contains(KEY.substring(1, 20)), e.getMessage());
    }

    @Test
    void zeroIsNotAKey() {
        assertThrows(ChainException.class, () -> SigningKey.ofHex("00".repeat(32)));
    }

    @Test
    void textShowsTheAddressAndNeverTheKey() {
        String text = SigningKey.ofHex(KEY).toString();
        assertEquals("SigningKey[" + ADDRESS + "]", text);
    }
}
