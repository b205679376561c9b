package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.ApiArbitraries.IssueRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ChallengeIdPropertiesTest {

    /** Each try computes HMACs and SHA-256 digests; 200 keep the class to a few seconds. */
    private static final int TRIES = 200;

    @Provide
    Arbitrary<IssueRequest> requests() {
        return ApiArbitraries.issueRequests();
    }

    @Provide
    Arbitrary<Secret> secrets() {
        return ApiArbitraries.secrets();
    }

    @Property(tries = TRIES)
    void parsingTheTextOfAnIssuedIdGivesTheSameId(@ForAll("requests") IssueRequest request) {
        ChallengeId id = request.issue();

        assertEquals(id, ChallengeId.parse(id.toString()));
    }

    @Property(tries = TRIES)
    void theTextOfAParsedIdIsTheParsedText(@ForAll("requests") IssueRequest request) {
        String text = request.issue().toString();

        assertEquals(text, ChallengeId.parse(text).toString());
    }

    @Property(tries = TRIES)
    void anIssuedIdNamesItsInputs(@ForAll("requests") IssueRequest request) {
        ChallengeId id = request.issue();

        assertEquals(ChallengeId.FORMAT_VERSION, id.formatVersion());
        assertEquals(request.generatorVersion(), id.generatorVersion());
        assertEquals(request.domainId(), id.domainId());
        assertEquals(request.spec().hash().substring(0, 16), id.specHash());
        assertEquals(request.namespace(), id.namespace());
        assertEquals(request.index(), id.index());
    }

    @Property(tries = TRIES)
    void anIssuedIdIsAuthenticUnderTheIssuingSecret(@ForAll("requests") IssueRequest request) {
        assertTrue(request.issue().isAuthentic(request.secret()));
    }

    @Property(tries = TRIES)
    void anIssuedIdIsAuthenticUnderAnEqualSecretMadeFromTheSameBytes(@ForAll("requests") IssueRequest request) {
        assertTrue(request.issue().isAuthentic(Secret.ofBytes(request.secret().bytes())));
    }

    @Property(tries = TRIES)
    void anIssuedIdIsNotAuthenticUnderAnotherSecret(@ForAll("requests") IssueRequest request,
                                                    @ForAll("secrets") Secret other) {
        Assume.that(!other.equals(request.secret()));

        assertFalse(request.issue().isAuthentic(other));
    }

    @Property(tries = TRIES)
    void changingTheDomainBreaksTheMac(@ForAll("requests") IssueRequest request) {
        ChallengeId id = request.issue();
        ChallengeId forged = new ChallengeId(id.formatVersion(), id.generatorVersion(), id.domainId() + "x",
                id.specHash(), id.namespace(), id.index(), id.mac());

        assertFalse(forged.isAuthentic(request.secret()));
    }

    @Property(tries = TRIES)
    void changingTheIndexBreaksTheMac(@ForAll("requests") IssueRequest request) {
        ChallengeId id = request.issue();
        long otherIndex = id.index() == Long.MAX_VALUE ? id.index() - 1 : id.index() + 1;
        ChallengeId forged = new ChallengeId(id.formatVersion(), id.generatorVersion(), id.domainId(),
                id.specHash(), id.namespace(), otherIndex, id.mac());

        assertFalse(forged.isAuthentic(request.secret()));
    }

    @Property(tries = TRIES)
    void changingTheNamespaceBreaksTheMac(@ForAll("requests") IssueRequest request) {
        ChallengeId id = request.issue();
        ChallengeId forged = new ChallengeId(id.formatVersion(), id.generatorVersion(), id.domainId(),
                id.specHash(), id.namespace() + "-1", id.index(), id.mac());

        assertFalse(forged.isAuthentic(request.secret()));
    }

    @Property(tries = TRIES)
    void changingTheSpecHashBreaksTheMac(@ForAll("requests") IssueRequest request) {
        ChallengeId id = request.issue();
        char last = id.specHash().charAt(15);
        String otherHash = id.specHash().substring(0, 15) + (last == '0' ? '1' : '0');
        ChallengeId forged = new ChallengeId(id.formatVersion(), id.generatorVersion(), id.domainId(),
                otherHash, id.namespace(), id.index(), id.mac());

        assertFalse(forged.isAuthentic(request.secret()));
    }

    @Property(tries = TRIES)
    void changingTheGeneratorVersionBreaksTheMac(@ForAll("requests") IssueRequest request) {
        ChallengeId id = request.issue();
        int otherVersion = id.generatorVersion() == Integer.MAX_VALUE ? id.generatorVersion() - 1 : id.generatorVersion() + 1;
        ChallengeId forged = new ChallengeId(id.formatVersion(), otherVersion, id.domainId(),
                id.specHash(), id.namespace(), id.index(), id.mac());

        assertFalse(forged.isAuthentic(request.secret()));
    }

    @Property(tries = TRIES)
    void theMacIsTheFirst16BytesOfHmacSha256OfTheUnsignedText(@ForAll("requests") IssueRequest request)
            throws GeneralSecurityException {
        ChallengeId id = request.issue();
        // Re-derived here from the javadoc alone, not through the class under test.
        String unsigned = "dacr1.g" + request.generatorVersion() + "." + request.domainId() + "."
                + request.spec().hash().substring(0, 16) + "." + request.namespace() + "." + request.index();
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(request.secret().bytes(), "HmacSHA256"));
        String expectedMac = HexFormat.of().formatHex(hmac.doFinal(unsigned.getBytes(StandardCharsets.UTF_8)), 0, 16);

        assertEquals(unsigned + "." + expectedMac, id.toString());
    }
}
