package io.dacr.cli.internal;

import picocli.CommandLine.Option;

/**
 * {@code --namespace}: the namespace of the challenge ids a command generates. Each command has its own
 * default (picocli takes the field's initial value as the default and shows it in the help), so a
 * command declares it as {@code @Mixin NamespaceOption namespace = new NamespaceOption("mine")}.
 */
final class NamespaceOption {

    @Option(names = "--namespace", paramLabel = "NAMESPACE",
            description = "The namespace of the challenge ids, a lower-case identifier such as epoch-7 "
                    + "(default: ${DEFAULT-VALUE}).")
    private String namespace;

    /** @param defaultNamespace the namespace when the option is not given */
    NamespaceOption(String defaultNamespace) {
        this.namespace = defaultNamespace;
    }

    /**
     * @return the namespace as given (checked where it is used: a challenge request rejects a bad one)
     */
    String namespace() {
        return namespace;
    }
}
