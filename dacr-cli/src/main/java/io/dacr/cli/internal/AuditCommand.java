package io.dacr.cli.internal;

import io.dacr.api.DacrException;
import io.dacr.api.GenerationSpec;
import io.dacr.api.Secret;
import io.dacr.api.spi.DomainProvider;
import io.dacr.core.audit.AuditReport;
import io.dacr.core.audit.QualityAudit;
import io.dacr.core.plugin.PluginRegistry;
import io.dacr.generator.DacrGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dacr audit}: the quality audit of the generator on the installed domains. Prints a table and,
 * with {@code --json}, writes the report as JSON.
 */
@Command(
        name = "audit",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Generates challenges, answers them with the oracle and every shortcut solver (first-mention, "
                    + "last-mention, majority, canonical-only, regex-kv), grades every submission and prints: pass "
                    + "rates, answers-only pass rates, trace validity and answer accuracy per solver; per trap kind, "
                    + "how often its targeted shortcut answers wrong and with the trap's exact wrong value; and the "
                    + "diversity of the masked document text.",
            "",
            "The generation secret comes from exactly one of --secret-file, the environment variable "
                    + SecretSource.ENVIRONMENT_VARIABLE + ", or --seed (insecure, for local use).",
            ""
        },
        footer = {
            "",
            "Example:",
            "  dacr audit --domain all --count 300 --seed audit-seed-2026-000 --json audit.json"
        })
final class AuditCommand implements Callable<Integer> {

    private final Supplier<PluginRegistry> registry;
    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Option(names = "--domain", required = true, paramLabel = "ID",
            description = "The domain pack; repeat it for several, or 'all' for every installed one.")
    private List<String> domains;

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many challenges, at least 1.")
    private int count;

    @Option(names = "--preset", defaultValue = "standard", paramLabel = "P",
            description = "The generation preset (default: ${DEFAULT-VALUE}).")
    private String preset;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON to FILE.")
    private Path json;

    @Mixin
    private SecretSource secretSource;

    AuditCommand(Supplier<PluginRegistry> registry, Map<String, String> environment) {
        this.registry = registry;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        if (count < 1) {
            throw new CommandLine.ParameterException(commandLine, "--count must be at least 1, was " + count);
        }
        GenerationSpec generationSpec;
        try {
            generationSpec = GenerationSpec.preset(preset);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "invalid --preset: " + e.getMessage());
        }
        Secret secret = secretSource.resolve(commandLine, environment, commandLine.getErr());
        PluginRegistry plugins = registry.get();
        TreeSet<String> chosen = new TreeSet<>();
        for (String id : domains) {
            if (id.equals(GenerateCommand.ALL_DOMAINS)) {
                plugins.domains().forEach(p -> chosen.add(p.id()));
            } else {
                chosen.add(id);
            }
        }
        List<DomainProvider> providers = new ArrayList<>();
        for (String id : chosen) {
            providers.add(plugins.domain(id));
        }
        DacrGenerator generator = DacrGenerator.builder().domains(providers).build();
        AuditReport report = QualityAudit.builder().generator(generator).domains(providers).spec(generationSpec).build()
                .run(List.copyOf(chosen), count, secret);
        if (json != null) {
            try {
                Files.writeString(json, report.toJson(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new DacrException("cannot write " + json + ": " + e.getMessage(), e);
            }
        }
        PrintWriter out = commandLine.getOut();
        out.print(report.toTable());
        out.flush();
        return Cli.OK;
    }
}
