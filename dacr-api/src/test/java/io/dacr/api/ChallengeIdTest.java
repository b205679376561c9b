package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChallengeIdTest {

    /**
     * Computed once, outside Java (Python's hmac and hashlib), from the documented definition. If this
     * test fails, the MAC or the text form changed: that invalidates every id ever issued.
     */
    private static final String GOLDEN =
            "dacr1.g1.corporate-finance.63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58";

    private static final String VALID_SPEC_HASH = "63a624e2a403c250";
    private static final String VALID_MAC = "68c454751362143b1d8e4f87b8852c58";

    @Test
    void aFixedSecretSpecNamespaceAndIndexGiveTheGoldenIdText() {
        assertEquals(GOLDEN, Samples.challengeId().toString());
    }

    @Test
    void theGoldenMacIsHmacSha256OfTheUnsignedTextTruncatedTo16Bytes() throws Exception {
        String unsigned = "dacr1.g1.corporate-finance." + VALID_SPEC_HASH + ".epoch-7.42";
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec("dacr-golden-secret-do-not-use-0001".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] full = hmac.doFinal(unsigned.getBytes(StandardCharsets.UTF_8));

        assertEquals(unsigned + "." + HexFormat.of().formatHex(full, 0, 16), GOLDEN);
    }

    @Test
    void theSpecHashComponentIsTheFirst16HexDigitsOfTheSpecHash() {
        assertEquals(Samples.SPEC.hash().substring(0, 16), Samples.challengeId().specHash());
    }

    @Test
    void unsignedTextIsTheTextUpToAndIncludingTheIndex() {
        assertEquals("dacr1.g1.corporate-finance." + VALID_SPEC_HASH + ".epoch-7.42", Samples.challengeId().unsignedText());
    }

    @Test
    void parsingTheGoldenTextGivesItsComponents() {
        ChallengeId id = ChallengeId.parse(GOLDEN);

        assertEquals(new ChallengeId(1, 1, "corporate-finance", VALID_SPEC_HASH, "epoch-7", 42, VALID_MAC), id);
    }

    @Test
    void theGoldenIdIsAuthenticUnderItsSecret() {
        assertTrue(ChallengeId.parse(GOLDEN).isAuthentic(Samples.SECRET));
    }

    @Test
    void theGoldenIdIsNotAuthenticUnderAnotherSecret() {
        assertFalse(ChallengeId.parse(GOLDEN).isAuthentic(Secret.ofUtf8("dacr-golden-secret-do-not-use-0002")));
    }

    @Test
    void parseDoesNotCheckTheMac() {
        String forged = GOLDEN.substring(0, GOLDEN.length() - 32) + "0".repeat(32);

        assertFalse(ChallengeId.parse(forged).isAuthentic(Samples.SECRET));
    }

    @Test
    void theLargestIndexAndGeneratorVersionSurviveTheTextForm() {
        ChallengeId id = ChallengeId.issue(Integer.MAX_VALUE, "d", Samples.SPEC, "n", Long.MAX_VALUE, Samples.SECRET);

        assertEquals(id, ChallengeId.parse(id.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "dacr1",
        // leading zeros
        "dacr01.g1.corporate-finance.63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g01.corporate-finance.63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.corporate-finance.63a624e2a403c250.epoch-7.042.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.corporate-finance.63a624e2a403c250.epoch-7.00.68c454751362143b1d8e4f87b8852c58",
        // zero or negative numbers
        "dacr0.g1.corporate-finance.63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g0.corporate-finance.63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.corporate-finance.63a624e2a403c250.epoch-7.-1.68c454751362143b1d8e4f87b8852c58",
        // an unsupported format version
        "dacr2.g1.corporate-finance.63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        // upper-case hex
        "dacr1.g1.corporate-finance.63A624E2A403C250.epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.corporate-finance.63a624e2a403c250.epoch-7.42.68C454751362143B1D8E4F87B8852C58",
        // wrong lengths
        "dacr1.g1.corporate-finance.63a624e2a403c25.epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.corporate-finance.63a624e2a403c2500.epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.corporate-finance.63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c5",
        "dacr1.g1.corporate-finance.63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c580",
        // empty parts
        "dacr1.g1..63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.corporate-finance..epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.corporate-finance.63a624e2a403c250..42.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.corporate-finance.63a624e2a403c250.epoch-7..68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.corporate-finance.63a624e2a403c250.epoch-7.42.",
        "dacr1.g.corporate-finance.63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        // missing or extra parts
        "dacr1.g1.corporate-finance.63a624e2a403c250.epoch-7.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.corporate-finance.63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58.x",
        // identifiers that are not lower-case identifiers
        "dacr1.g1.Corporate-Finance.63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.corporate--finance.63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.7corporate.63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.corporate-finance.63a624e2a403c250.epoch-7-.42.68c454751362143b1d8e4f87b8852c58",
        // surrounding whitespace and line breaks
        " dacr1.g1.corporate-finance.63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.corporate-finance.63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58\n",
        // unicode look-alikes: Cyrillic a, Turkish dotless i, full-width and Arabic-Indic digits,
        // a Cyrillic e in the hex, a full stop look-alike
        "dacr1.g1.corporate-finаnce.63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.corporate-fınance.63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.corporate-finance.63a624e2a403c250.epoch-7.４２.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g١.corporate-finance.63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.corporate-finance.63a624е2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.corporate-finance․63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        // numbers beyond int and long
        "dacr1.g2147483648.corporate-finance.63a624e2a403c250.epoch-7.42.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.corporate-finance.63a624e2a403c250.epoch-7.9223372036854775808.68c454751362143b1d8e4f87b8852c58",
        "dacr1.g1.corporate-finance.63a624e2a403c250.epoch-7.99999999999999999999.68c454751362143b1d8e4f87b8852c58",
    })
    void parseRejectsMalformedText(String text) {
        assertThrows(IllegalArgumentException.class, () -> ChallengeId.parse(text));
    }

    @Test
    void parseRejectsTextOverTheLengthCapEvenIfOtherwiseWellFormed() {
        String longDomain = "d".repeat(200);
        String text = "dacr1.g1." + longDomain + "." + VALID_SPEC_HASH + ".epoch-7.42." + VALID_MAC;

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChallengeId.parse(text));
        assertTrue(e.getMessage().contains("256"), e.getMessage());
    }

    @Test
    void anIdWhoseTextWouldExceedTheLengthCapCannotBeIssued() {
        String longDomain = "d".repeat(200);

        assertThrows(IllegalArgumentException.class,
                () -> ChallengeId.issue(1, longDomain, Samples.SPEC, "epoch-7", 42, Samples.SECRET));
    }

    @Test
    void anIdAtTheLengthCapIsIssuedAndParsed() {
        // The domain id fills what the other parts leave of the cap.
        String fixedPart = "dacr1.g1.." + VALID_SPEC_HASH + ".epoch-7.42." + VALID_MAC;
        String domain = "d".repeat(256 - fixedPart.length());

        ChallengeId id = ChallengeId.issue(1, domain, Samples.SPEC, "epoch-7", 42, Samples.SECRET);

        assertEquals(256, id.toString().length());
        assertEquals(id, ChallengeId.parse(id.toString()));
    }

    @Test
    void theConstructorRejectsAnotherFormatVersion() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ChallengeId(2, 1, "corporate-finance", VALID_SPEC_HASH, "epoch-7", 42, VALID_MAC));
        assertTrue(e.getMessage().contains("formatVersion"), e.getMessage());
    }

    @Test
    void theConstructorRejectsAnUpperCaseSpecHashNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ChallengeId(1, 1, "corporate-finance", "63A624E2A403C250", "epoch-7", 42, VALID_MAC));
        assertTrue(e.getMessage().contains("specHash"), e.getMessage());
    }

    @Test
    void theConstructorRejectsAShortMacNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ChallengeId(1, 1, "corporate-finance", VALID_SPEC_HASH, "epoch-7", 42, "00"));
        assertTrue(e.getMessage().contains("mac"), e.getMessage());
    }

    @Test
    void issueRejectsANegativeIndexNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChallengeId.issue(1, "corporate-finance", Samples.SPEC, "epoch-7", -1, Samples.SECRET));
        assertTrue(e.getMessage().contains("index"), e.getMessage());
    }

    @Test
    void issueRejectsANamespaceThatIsNotAnIdentifierNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChallengeId.issue(1, "corporate-finance", Samples.SPEC, "Epoch 7", 42, Samples.SECRET));
        assertTrue(e.getMessage().contains("namespace"), e.getMessage());
    }

    @Test
    void issueRequiresASecret() {
        assertThrows(NullPointerException.class,
                () -> ChallengeId.issue(1, "corporate-finance", Samples.SPEC, "epoch-7", 42, null));
    }
}
