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
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
                    + "last-mention, majority, canonical-only, regex-kv, cue-reader), grades every submission and prints: pass "
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
final class AuditCommand extends DacrSubcommand {

    private final Supplier<PluginRegistry> registry;
    private final Map<String, String> environment;

    @Mixin
    private DomainOption domains;

    @Mixin
    private CountOption countOption;

    @Mixin
    private PresetOption preset;

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
        long count = countOption.count(commandLine);
        if (count > Integer.MAX_VALUE) {
            throw new CommandLine.ParameterException(commandLine, "--count must be at most " + Integer.MAX_VALUE
                    + ", was " + count);
        }
        GenerationSpec generationSpec = preset.spec(commandLine);
        Secret secret = secretSource.resolve(commandLine, environment, commandLine.getErr());
        List<DomainProvider> providers = domains.providers(registry.get());
        List<String> domainIds = providers.stream().map(DomainProvider::id).toList();
        DacrGenerator generator = DacrGenerator.builder().domains(providers).build();
        AuditReport report = QualityAudit.builder().generator(generator).domains(providers).spec(generationSpec).build()
                .run(domainIds, (int) count, secret);
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
