package io.dacr.api;

import io.dacr.api.internal.Checks;

/**
 * Where an answer key came from: enough to regenerate it given the secret.
 *
 * @param generatorVersion the generator version
 * @param domainId the domain pack id
 * @param domainPackHash SHA-256 of the domain pack's canonical JSON, 64 hex digits
 * @param spec the generation spec
 * @param namespace the namespace
 * @param index the item index
 * @param seedDerivation the documented name of the seed derivation, e.g. {@code hmac-sha256/v1}
 */
public record Provenance(int generatorVersion, String domainId, String domainPackHash, GenerationSpec spec,
                         String namespace, long index, String seedDerivation) {

    /** Validates every component. */
    public Provenance {
        Checks.positive(generatorVersion, "generatorVersion");
        Checks.identifier(domainId, "domainId");
        Checks.sha256Hex(domainPackHash, "domainPackHash");
        Checks.notNull(spec, "spec");
        Checks.identifier(namespace, "namespace");
        Checks.nonNegative(index, "index");
        Checks.notBlank(seedDerivation, "seedDerivation");
    }
}
