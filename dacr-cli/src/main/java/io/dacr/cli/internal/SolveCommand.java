package io.dacr.cli.internal;

import io.dacr.api.Challenge;
import io.dacr.api.DacrException;
import io.dacr.api.Submission;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.json.GeneratedKey;
import io.dacr.core.plugin.PluginRegistry;
import io.dacr.core.solve.Solver;
import io.dacr.core.solve.Solvers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dacr solve}: answers a file of challenges with one of the audit's solvers and writes one
 * submission per challenge, in the challenges' order, ready for {@code dacr verify}. Only the oracle
 * reads answer keys; the shortcut solvers read the public challenges and the installed domain packs.
 */
@Command(
        name = "solve",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Answers challenges with a model-free solver and writes one submission per line, in the order of the "
                    + "challenges, for 'dacr verify' to grade.",
            "",
            "Solvers: oracle (the generator's oracle submission, from --keys), first-mention, last-mention, majority, "
                    + "canonical-only, regex-kv and cue-reader (shortcut solvers: they read only the public challenges "
                    + "and the installed domain packs, and cite where they read each value; cue-reader combines every "
                    + "skill a template gives and no quality gate bounds it).",
            ""
        },
        footer = {
            "",
            "Example:",
            "  dacr solve --solver majority --challenges demo.jsonl --out majority.jsonl",
            "  dacr verify --challenges demo.jsonl --keys demo-keys.jsonl --submissions majority.jsonl"
        })
final class SolveCommand extends DacrSubcommand {

    private final Supplier<PluginRegistry> registry;

    @Option(names = "--solver", required = true, paramLabel = "NAME",
            description = "oracle, first-mention, last-mention, majority, canonical-only, regex-kv or cue-reader.")
    private String solverName;

    @Option(names = "--challenges", required = true, paramLabel = "C.jsonl",
            description = "The public challenges, one per line (as 'dacr generate --out' writes them).")
    private Path challenges;

    @Option(names = "--keys", paramLabel = "K.jsonl",
            description = "The answer keys with oracle submissions ('dacr generate --keys'); for the oracle only.")
    private Path keys;

    @Option(names = "--out", required = true, paramLabel = "S.jsonl",
            description = "Where the submissions go, one per line (replaced if it exists).")
    private Path out;

    SolveCommand(Supplier<PluginRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        Solver solver = solver(commandLine);
        long written = 0;
        try (JsonLinesFile<Challenge> lines = JsonLinesFile.open(challenges, DocumentFormat.CHALLENGE);
             Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Challenge c = lines.next(); c != null; c = lines.next()) {
                Submission s;
                try {
                    s = solver.solve(c);
                } catch (DacrException e) {
                    throw lines.problem(e.getMessage(), e);
                }
                DacrJson.writeLine(DocumentFormat.SUBMISSION, s, w);
                written++;
            }
        } catch (IOException e) {
            throw new DacrException("cannot write " + out + ": " + e.getMessage(), e);
        }
        PrintWriter stdout = commandLine.getOut();
        stdout.print("wrote " + written + (written == 1 ? " submission" : " submissions") + " by " + solver.name()
                + " to " + out + "\n");
        stdout.flush();
        return Cli.OK;
    }

    private Solver solver(CommandLine commandLine) {
        if (!Solvers.names().contains(solverName)) {
            throw new CommandLine.ParameterException(commandLine, "unknown --solver '" + solverName + "'; choose one of "
                    + String.join(", ", Solvers.names()));
        }
        if (solverName.equals(Solvers.ORACLE)) {
            if (keys == null) {
                throw new CommandLine.ParameterException(commandLine, "--solver oracle needs --keys");
            }
            List<Submission> oracles = new ArrayList<>();
            try (JsonLinesFile<GeneratedKey> lines = JsonLinesFile.open(keys, DocumentFormat.GENERATED_KEY)) {
                for (GeneratedKey k = lines.next(); k != null; k = lines.next()) {
                    oracles.add(k.oracle());
                }
            }
            return Solvers.oracle(oracles);
        }
        if (keys != null) {
            throw new CommandLine.ParameterException(commandLine, "--keys is for the oracle only: the "
                    + solverName + " solver reads the public challenges alone");
        }
        return Solvers.shortcut(solverName, registry.get().domains());
    }
}
