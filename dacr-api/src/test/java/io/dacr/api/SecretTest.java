package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretTest {

    private static final String TEXT = "correct-horse-battery-staple-42";

    @TempDir
    Path folder;

    @Test
    void toStringRevealsNothingOfTheSecret() {
        Secret secret = Secret.ofUtf8(TEXT);

        assertEquals("Secret[redacted]", secret.toString());
        assertFalse(String.valueOf(secret).contains("horse"));
    }

    @Test
    void secretsWithTheSameBytesAreEqualAndHashAlike() {
        Secret one = Secret.ofUtf8(TEXT);
        Secret other = Secret.ofBytes(TEXT.getBytes(StandardCharsets.UTF_8));

        assertEquals(one, other);
        assertEquals(one.hashCode(), other.hashCode());
    }

    @Test
    void secretsWithDifferentBytesAreNotEqual() {
        assertNotEquals(Secret.ofUtf8(TEXT), Secret.ofUtf8(TEXT + "!"));
    }

    @Test
    void aSecretIsNotEqualToItsBytes() {
        Secret secret = Secret.ofUtf8(TEXT);

        assertNotEquals(secret, (Object) secret.bytes());
    }

    @Test
    void bytesReturnsTheUtf8KeyMaterial() {
        assertArrayEquals(TEXT.getBytes(StandardCharsets.UTF_8), Secret.ofUtf8(TEXT).bytes());
    }

    @Test
    void modifyingTheArrayReturnedByBytesDoesNotChangeTheSecret() {
        Secret secret = Secret.ofUtf8(TEXT);

        secret.bytes()[0] ^= 1;

        assertEquals(Secret.ofUtf8(TEXT), secret);
    }

    @Test
    void modifyingTheArrayGivenToOfBytesDoesNotChangeTheSecret() {
        byte[] material = TEXT.getBytes(StandardCharsets.UTF_8);
        Secret secret = Secret.ofBytes(material);

        material[0] ^= 1;

        assertEquals(Secret.ofUtf8(TEXT), secret);
    }

    @Test
    void fewerThanSixteenBytesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Secret.ofBytes(new byte[15]));
        assertTrue(e.getMessage().contains("16"), e.getMessage());
    }

    @Test
    void exactlySixteenBytesAreAccepted() {
        assertEquals(16, Secret.ofBytes(new byte[16]).bytes().length);
    }

    @Test
    void theMinimumCountsUtf8BytesNotCharacters() {
        // Eight characters of two UTF-8 bytes each.
        assertEquals(16, Secret.ofUtf8("çğıöşüÇĞ").bytes().length);
    }

    @Test
    void ofUtf8RemovesSurroundingWhitespace() {
        assertEquals(Secret.ofUtf8(TEXT), Secret.ofUtf8("  \t" + TEXT + "\r\n"));
    }

    @Test
    void fromFileStripsATrailingNewline() throws IOException {
        Path file = write("secret", TEXT + "\n");

        assertEquals(Secret.ofUtf8(TEXT), Secret.fromFile(file));
    }

    @Test
    void fromFileStripsAWindowsLineEnding() throws IOException {
        Path file = write("secret", TEXT + "\r\n");

        assertEquals(Secret.ofUtf8(TEXT), Secret.fromFile(file));
    }

    @Test
    void fromFileReadsUtf8RegardlessOfTheDefaultCharset() throws IOException {
        Path file = write("secret", "gizli-anahtar-çok-uzun-ğüşıö");

        assertEquals(Secret.ofUtf8("gizli-anahtar-çok-uzun-ğüşıö"), Secret.fromFile(file));
    }

    @Test
    void aMissingFileIsAConfigurationErrorNamingTheFile() {
        Path missing = folder.resolve("no-such-secret");

        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Secret.fromFile(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void aFolderInsteadOfAFileIsAConfigurationErrorNamingIt() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Secret.fromFile(folder));
        assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
    }

    @Test
    void aFileWithTooShortASecretIsAConfigurationErrorNamingTheFileButNotTheSecret() throws IOException {
        Path file = write("short-secret", "hunter2\n");

        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Secret.fromFile(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void anEmptyFileIsAConfigurationError() throws IOException {
        Path file = write("empty", "\n");

        assertThrows(ConfigurationException.class, () -> Secret.fromFile(file));
    }

    @Test
    void fromEnvironmentReadsTheNamedVariable() {
        Secret secret = Secret.fromEnvironment("DACR_SECRET", Map.of("DACR_SECRET", TEXT, "OTHER", "x".repeat(20)));

        assertEquals(Secret.ofUtf8(TEXT), secret);
    }

    @Test
    void anUnsetVariableIsAConfigurationErrorNamingTheVariable() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Secret.fromEnvironment("DACR_SECRET", Map.of()));
        assertTrue(e.getMessage().contains("DACR_SECRET"), e.getMessage());
    }

    @Test
    void aBlankVariableIsAConfigurationErrorNamingTheVariable() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Secret.fromEnvironment("DACR_SECRET", Map.of("DACR_SECRET", "  ")));
        assertTrue(e.getMessage().contains("DACR_SECRET"), e.getMessage());
    }

    @Test
    void aVariableWithTooShortASecretIsAConfigurationErrorNamingTheVariableButNotTheSecret() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Secret.fromEnvironment("DACR_SECRET", Map.of("DACR_SECRET", "hunter2")));
        assertTrue(e.getMessage().contains("DACR_SECRET"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
