package io.dacr.cli.internal;

import io.dacr.core.plugin.PluginDescriptor;
import io.dacr.core.plugin.PluginRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dacr plugins [--json]}: the plug-ins found on the class path, by type (domain, llm, chain)
 * then id. Discovery problems (a provider that fails to load, a duplicate id) fail the command with
 * the registry's message rather than listing a partial set.
 */
@Command(
        name = "plugins",
        description = "Lists the plug-ins found on the class path: domain packs (domain), LLM back ends (llm) "
                + "and chain connectors (chain), by type then id.")
final class PluginsCommand extends DacrSubcommand {

    private final Supplier<PluginRegistry> registry;

    @Option(names = "--json",
            description = "Print a JSON array of {\"type\", \"id\", \"description\", \"class\"} objects instead of a table.")
    private boolean json;

    PluginsCommand(Supplier<PluginRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Integer call() {
        List<PluginDescriptor> plugins = registry.get().plugins();
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? PluginListing.json(plugins) : PluginListing.table(plugins));
        out.flush();
        return Cli.OK;
    }
}
