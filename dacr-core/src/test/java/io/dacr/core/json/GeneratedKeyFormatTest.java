package io.dacr.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.AnswerKey;
import io.dacr.api.FormatException;
import io.dacr.api.Submission;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The keys-file line of {@code dacr generate --keys}: an answer key and its oracle submission. */
class GeneratedKeyFormatTest {

    @Property(tries = 50)
    void anyKeyWithItsOracleReadsBackEqual(@ForAll("answerKeys") AnswerKey key, @ForAll("submissions") Submission any) {
        GeneratedKey value = new GeneratedKey(key,
                new Submission(key.challengeId().toString(), any.artifact(), any.answers(), any.trace()));

        assertEquals(value, DacrJson.read(DocumentFormat.GENERATED_KEY, DacrJson.write(DocumentFormat.GENERATED_KEY, value)));
    }

    @Test
    void theChallengeIdComesFirstAfterTheSchemaVersion() {
        String json = DacrJson.writeString(DocumentFormat.GENERATED_KEY, Samples.generatedKey());

        assertTrue(json.startsWith("{\"schemaVersion\":1,\"challengeId\":\"" + Samples.ID + "\",\"key\":{"), json);
    }

    @Test
    void aKeyAndAnOracleOfDifferentChallengesAreRefused() {
        Submission other = new Submission("dacr1.g1.other", "x", Samples.submission().answers(), Samples.submission().trace());

        assertThrows(IllegalArgumentException.class, () -> new GeneratedKey(Samples.answerKey(), other));
    }

    @Test
    void aChallengeIdThatDiffersFromTheKeysIsAFormatErrorAtTheRoot() {
        String json = FormatErrorTest.mutate(DocumentFormat.GENERATED_KEY, Samples.generatedKey(),
                doc -> doc.put("challengeId", Samples.ID.toString().replace(".42.", ".43.")));

        FormatException e = assertThrows(FormatException.class, () -> DacrJson.read(DocumentFormat.GENERATED_KEY, json));

        assertEquals("generated_key", e.format());
        assertTrue(e.getMessage().contains("differs from the key's"), e.getMessage());
    }

    @Provide
    Arbitrary<AnswerKey> answerKeys() {
        return ValueArbitraries.answerKey();
    }

    @Provide
    Arbitrary<Submission> submissions() {
        return ValueArbitraries.submission();
    }
}
