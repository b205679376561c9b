package io.dacr.api;

import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for the API's value types, shared by the property tests of this package. */
final class ApiArbitraries {

    private ApiArbitraries() {
    }

    /**
     * Lower-case identifiers as {@code Checks.identifier} defines them: a letter, then letters and
     * digits, words joined by '-' or '_'. At most 36 characters, so ids built from two of them stay
     * well under the 256-character cap of a challenge id.
     */
    static Arbitrary<String> identifiers() {
        Arbitrary<String> first = Arbitraries.strings().withCharRange('a', 'z').ofLength(1);
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMaxLength(8);
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(8);
        Arbitrary<List<String>> joined = Combinators.combine(Arbitraries.of("-", "_"), word).as(String::concat)
                .list().ofMaxSize(3);
        return Combinators.combine(first, rest, joined).as((f, r, j) -> f + r + String.join("", j));
    }

    /** Knob values: one line, no '=', not blank; some outside ASCII to exercise UTF-8 hashing. */
    static Arbitrary<String> knobValues() {
        return Arbitraries.strings().alpha().numeric().withChars(" .-_/%").withCharRange('à', 'ÿ')
                .ofMinLength(1).ofMaxLength(12)
                .filter(v -> !v.isBlank() && v.equals(v.strip()));
    }

    /** Specs with up to four knobs. */
    static Arbitrary<GenerationSpec> specs() {
        return Combinators.combine(identifiers(), Arbitraries.maps(identifiers(), knobValues()).ofMaxSize(4))
                .as((preset, knobs) -> new GenerationSpec(preset, new TreeMap<>(knobs)));
    }

    /** Every valid generator version, the extremes included. */
    static Arbitrary<Integer> generatorVersions() {
        return Arbitraries.integers().between(1, Integer.MAX_VALUE);
    }

    /** Every valid item index, the extremes included. */
    static Arbitrary<Long> indices() {
        return Arbitraries.longs().between(0, Long.MAX_VALUE);
    }

    /** Secrets of 16 to 48 arbitrary bytes. */
    static Arbitrary<Secret> secrets() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(Secret.MIN_BYTES).ofMaxSize(48).map(Secret::ofBytes);
    }

    /** Everything {@link ChallengeId#issue} takes. */
    static Arbitrary<IssueRequest> issueRequests() {
        return Combinators.combine(generatorVersions(), identifiers(), specs(), identifiers(), indices(), secrets())
                .as(IssueRequest::new);
    }

    /**
     * The arguments of one {@link ChallengeId#issue} call.
     *
     * @param generatorVersion the generator version
     * @param domainId the domain id
     * @param spec the spec
     * @param namespace the namespace
     * @param index the index
     * @param secret the secret
     */
    record IssueRequest(int generatorVersion, String domainId, GenerationSpec spec, String namespace, long index,
                        Secret secret) {

        ChallengeId issue() {
            return ChallengeId.issue(generatorVersion, domainId, spec, namespace, index, secret);
        }
    }
}
