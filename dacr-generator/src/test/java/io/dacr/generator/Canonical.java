package io.dacr.generator;

import io.dacr.api.GeneratedChallenge;
import io.dacr.api.internal.CanonicalJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A canonical byte form of a generated challenge for byte-for-byte comparisons in tests: the content
 * hashes (canonical JSON of document, questions, constraints) plus the text forms of key and oracle,
 * which are records of strings, lists and enums and print deterministically.
 */
final class Canonical {

    private Canonical() {
    }

    static String of(GeneratedChallenge g) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("id", g.challenge().id().toString());
        tree.put("document", g.challenge().hashes().document());
        tree.put("questions", g.challenge().hashes().questions());
        tree.put("constraints", g.challenge().hashes().constraints());
        tree.put("key", g.key().toString());
        tree.put("oracle", g.oracle().toString());
        List<Object> paragraphs = new ArrayList<>();
        g.challenge().paragraphs().forEach(p -> paragraphs.add(p.text()));
        tree.put("paragraphs", paragraphs);
        return CanonicalJson.toText(tree);
    }
}
