package io.dacr.cli.internal;

import io.dacr.api.spi.DomainProvider;
import io.dacr.core.plugin.PluginRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import picocli.CommandLine.Option;

/**
 * {@code --domain}, required and repeatable, with {@value #ALL} for every installed domain pack: the
 * domain choice of {@code dacr generate}, {@code mine} and {@code audit}, declared once so that its name,
 * help and meaning cannot drift apart between them.
 */
final class DomainOption {

    /** The word {@code --domain} takes for every installed domain. */
    static final String ALL = "all";

    @Option(names = "--domain", required = true, paramLabel = "ID",
            description = "The domain pack (see 'dacr plugins'); repeat it for several, or '" + ALL
                    + "' for every installed one.")
    private List<String> ids;

    /**
     * @param plugins the installed plug-ins
     * @return the chosen domain packs, each once, in id order
     * @throws io.dacr.api.PluginException if a chosen id is not installed (the message lists the installed ones)
     */
    List<DomainProvider> providers(PluginRegistry plugins) {
        List<DomainProvider> providers = new ArrayList<>();
        for (String id : chosenIds(ids, plugins)) {
            providers.add(plugins.domain(id));
        }
        return providers;
    }

    /**
     * Expands {@value #ALL} and drops repeats.
     *
     * @param ids domain ids as given, {@value #ALL} among them or not
     * @param plugins the installed plug-ins, for {@value #ALL}
     * @return the ids, each once, in id order; not checked against the installed ones
     */
    static TreeSet<String> chosenIds(List<String> ids, PluginRegistry plugins) {
        TreeSet<String> chosen = new TreeSet<>();
        for (String id : ids) {
            if (id.equals(ALL)) {
                plugins.domains().forEach(p -> chosen.add(p.id()));
            } else {
                chosen.add(id);
            }
        }
        return chosen;
    }
}
