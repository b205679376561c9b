package io.dacr.api;

import io.dacr.api.internal.Checks;

/**
 * What to generate: one challenge of a domain, a spec, a namespace and an index, under a secret.
 *
 * @param domainId the domain pack
 * @param spec the preset and knobs
 * @param namespace a lower-case identifier such as {@code epoch-7}
 * @param index the item index, not negative
 * @param secret the generation secret; required (a missing secret is an error, never a default)
 */
public record GenerationRequest(String domainId, GenerationSpec spec, String namespace, long index, Secret secret) {

    /** Validates every component. */
    public GenerationRequest {
        Checks.identifier(domainId, "domainId");
        Checks.notNull(spec, "spec");
        Checks.identifier(namespace, "namespace");
        Checks.nonNegative(index, "index");
        if (secret == null) {
            throw new ConfigurationException("a generation secret is required: give one from a file or an environment variable");
        }
    }
}
