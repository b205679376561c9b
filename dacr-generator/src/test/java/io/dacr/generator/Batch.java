package io.dacr.generator;

import io.dacr.api.GeneratedChallenge;
import java.util.ArrayList;
import java.util.List;

/** A fixed batch of generated challenges shared by the tests that judge properties across a batch. */
final class Batch {

    private static List<GeneratedChallenge> standard;
    private static List<GeneratedChallenge> small;

    private Batch() {
    }

    static synchronized List<GeneratedChallenge> standard() {
        if (standard == null) {
            standard = generate("standard", 30);
        }
        return standard;
    }

    static synchronized List<GeneratedChallenge> small() {
        if (small == null) {
            small = generate("small", 20);
        }
        return small;
    }

    static List<GeneratedChallenge> all() {
        List<GeneratedChallenge> all = new ArrayList<>(standard());
        all.addAll(small());
        return all;
    }

    private static List<GeneratedChallenge> generate(String preset, int count) {
        List<GeneratedChallenge> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(TestPacks.generator().generate(TestPacks.request(preset, i)));
        }
        return List.copyOf(out);
    }
}
