package io.dacr.cli.internal;

import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.core.plugin.PluginRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * Which challenges {@code dacr generate} and {@code dacr mine} make: {@code --domain}, {@code --count},
 * {@code --start}, {@code --namespace} and {@code --preset}, in that order, declared together so that both
 * commands read them alike and give index i the same challenge. Each command has its own default
 * namespace: {@code @Mixin GenerationOptions generation = new GenerationOptions("mine")}.
 */
final class GenerationOptions {

    @Mixin
    private DomainOption domains;

    @Mixin
    private CountOption count;

    @Mixin
    private StartOption start;

    @Mixin
    private NamespaceOption namespace;

    @Mixin
    private PresetOption preset;

    /** @param defaultNamespace the namespace when {@code --namespace} is not given */
    GenerationOptions(String defaultNamespace) {
        this.namespace = new NamespaceOption(defaultNamespace);
    }

    /**
     * @param commandLine the command, for the usage error
     * @return how many challenges, at least 1
     * @throws CommandLine.ParameterException if {@code --count} is below 1
     */
    long count(CommandLine commandLine) {
        return count.count(commandLine);
    }

    /**
     * @param commandLine the command, for the usage error
     * @param count how many challenges follow
     * @return the first index
     * @throws CommandLine.ParameterException if {@code --start} is negative or leaves no room for the count
     */
    long start(CommandLine commandLine, long count) {
        return start.start(commandLine, count);
    }

    /** @return the {@code --preset} option */
    PresetOption preset() {
        return preset;
    }

    /**
     * @param commandLine the command, for usage errors
     * @param plugins the installed plug-ins, for the chosen domains
     * @param spec the preset and knobs
     * @param secret the generation secret
     * @param first the first index the run generates
     * @return the run's batch
     * @throws CommandLine.ParameterException if the namespace is invalid
     * @throws io.dacr.api.PluginException if a chosen domain is not installed
     */
    ChallengeBatch batch(CommandLine commandLine, PluginRegistry plugins, GenerationSpec spec, Secret secret,
                         long first) {
        return ChallengeBatch.of(commandLine, domains.providers(plugins), spec, namespace.namespace(), secret, first);
    }
}
