package io.dacr.domains.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.core.audit.MaskedText;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The diversity gate of the audit: 100,000 {@code standard} challenges over the three shipped domains,
 * and no two of them with the same document once numbers, names and ids are masked. Only the
 * document is hashed (no key, no solver), in parallel; the set of hashes is what the order of
 * completion cannot change.
 */
class DuplicateDocumentTest {

    private static final int COUNT = 100_000;

    @Test
    void noTwoOfOneHundredThousandChallengesShareAMaskedDocument() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicLong duplicates = new AtomicLong();
        GenerationSpec standard = GenerationSpec.preset("standard");
        IntStream.range(0, COUNT).parallel().forEach(i -> {
            String domain = QualityGateTest.DOMAINS.get(i % QualityGateTest.DOMAINS.size());
            String hash = MaskedText.documentHash(QualityGateTest.GENERATOR.generate(
                    new GenerationRequest(domain, standard, "diversity", i, QualityGateTest.SECRET)).challenge());
            if (!seen.add(hash)) {
                duplicates.incrementAndGet();
            }
        });
        assertEquals(0, duplicates.get(), "masked documents that repeat an earlier one");
        assertEquals(COUNT, seen.size());
    }
}
