package io.dacr.core.verify.stateless;

import io.dacr.api.AnswerKey;
import io.dacr.api.ChallengeGenerator;
import io.dacr.api.ChallengeId;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationException;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.GroundingIndex;
import io.dacr.api.Provenance;
import io.dacr.api.Secret;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A generator whose key-only path builds an empty key for any id and counts its calls; ids in the
 * namespace {@code broken} make it fail as a real generator does.
 */
final class CountingGenerator implements ChallengeGenerator {

    static final int VERSION = 1;

    private final AtomicInteger keyCalls = new AtomicInteger();

    int keyCalls() {
        return keyCalls.get();
    }

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public GeneratedChallenge generate(GenerationRequest request) {
        throw new AssertionError("the stateless path must use the key-only path, not generate()");
    }

    @Override
    public AnswerKey answerKey(ChallengeId id, GenerationSpec spec, Secret secret) {
        keyCalls.incrementAndGet();
        if (id.namespace().equals("broken")) {
            throw new GenerationException("domain " + id.domainId() + " cannot rebuild this key");
        }
        return new AnswerKey(id, List.of(), List.of(), List.of(), List.of(), new GroundingIndex(List.of()),
                new Provenance(VERSION, id.domainId(), "0".repeat(64), spec, id.namespace(), id.index(), "test"));
    }
}
