package io.dacr.cli.internal;

import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GenerationRequest;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.api.spi.DomainProvider;
import io.dacr.generator.DacrGenerator;
import java.util.List;
import picocli.CommandLine;

/**
 * What every challenge of one {@code dacr generate} or {@code dacr mine} run shares. Index i goes to the
 * (i mod D)-th of the D chosen domains, so a run continued with {@code --start} gives the challenges of
 * one longer run, and both commands give index i the same challenge.
 *
 * @param generator the generator over the chosen domains
 * @param domainIds the chosen domains' ids, in id order
 * @param spec the preset and knobs
 * @param namespace the namespace of the challenge ids
 * @param secret the generation secret
 */
record ChallengeBatch(DacrGenerator generator, List<String> domainIds, GenerationSpec spec, String namespace,
                      Secret secret) {

    /**
     * @param commandLine the command, for the usage error
     * @param providers the chosen domain packs, in id order
     * @param spec the preset and knobs
     * @param namespace the namespace as given
     * @param secret the generation secret
     * @param first the first index the run generates
     * @return the batch
     * @throws CommandLine.ParameterException if the namespace is invalid (the only part of a request not
     *     checked before: it is checked on the request of the first index)
     */
    static ChallengeBatch of(CommandLine commandLine, List<DomainProvider> providers, GenerationSpec spec,
                             String namespace, Secret secret, long first) {
        List<String> domainIds = providers.stream().map(DomainProvider::id).toList();
        ChallengeBatch batch = new ChallengeBatch(DacrGenerator.builder().domains(providers).build(), domainIds, spec,
                namespace, secret);
        Arguments.parse(commandLine, "--namespace", () -> batch.request(first));
        return batch;
    }

    /**
     * @param index the challenge's index
     * @return its generation request
     * @throws IllegalArgumentException if the request is invalid
     */
    GenerationRequest request(long index) {
        return new GenerationRequest(domainIds.get((int) (index % domainIds.size())), spec, namespace, index, secret);
    }

    /**
     * @param index the challenge's index
     * @return the challenge with its key and oracle submission
     * @throws IllegalArgumentException if the request is invalid
     */
    GeneratedChallenge generate(long index) {
        return generator.generate(request(index));
    }
}
