package io.dacr.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dacr.api.PluginException;
import io.dacr.core.plugin.PluginRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PluginsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One plug-in of each type, given out of order so the listing's order is the registry's. */
    private static PluginRegistry threeTypes() {
        return PluginRegistry.of(
                List.of(new TestProviders.Domain("marine-insurance", "Marine insurance: hulls and cargo"),
                        new TestProviders.Domain("corporate-finance", "Corporate finance: issuers and filings")),
                List.of(new TestProviders.Llm("openai", "OpenAI-compatible chat completions")),
                List.of(new TestProviders.Chain("evm", "EVM mining contract")));
    }

    /** Discovery that fails the way a real class path with two providers of one id fails. */
    private static PluginRegistry duplicateIds() {
        return PluginRegistry.of(
                List.of(new TestProviders.Domain("corporate-finance", "one"),
                        new TestProviders.Domain("corporate-finance", "two")),
                List.of(), List.of());
    }

    @Test
    void tableHasAHeaderAndOneRowPerPluginByTypeThenId() {
        CliRun run = CliRun.run(PluginsCommandTest::threeTypes, "plugins");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertEquals(List.of(
                "TYPE    ID                 DESCRIPTION",
                "domain  corporate-finance  Corporate finance: issuers and filings",
                "domain  marine-insurance   Marine insurance: hulls and cargo",
                "llm     openai             OpenAI-compatible chat completions",
                "chain   evm                EVM mining contract"), run.out().lines().toList());
        assertEquals("", run.err());
    }

    @Test
    void tableSaysSoWhenNoPluginIsInstalled() {
        CliRun run = CliRun.run("plugins");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertEquals("no plug-ins found on the class path\n", run.out());
    }

    @Test
    void jsonIsAnArrayOfTypeIdDescriptionAndClassByTypeThenId() throws Exception {
        CliRun run = CliRun.run(PluginsCommandTest::threeTypes, "plugins", "--json");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        JsonNode array = JSON.readTree(run.out());
        assertTrue(array.isArray(), run.out());
        List<String> typeAndId = new ArrayList<>();
        for (JsonNode plugin : array) {
            List<String> fields = new ArrayList<>();
            plugin.fieldNames().forEachRemaining(fields::add);
            assertEquals(List.of("type", "id", "description", "class"), fields);
            typeAndId.add(plugin.get("type").asText() + ":" + plugin.get("id").asText());
        }
        assertEquals(List.of("domain:corporate-finance", "domain:marine-insurance", "llm:openai", "chain:evm"),
                typeAndId);
        assertEquals("Corporate finance: issuers and filings", array.get(0).get("description").asText());
        assertEquals(TestProviders.Domain.class.getName(), array.get(0).get("class").asText());
    }

    @Test
    void jsonOfNoPluginsIsAnEmptyArray() throws Exception {
        CliRun run = CliRun.run("plugins", "--json");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        assertEquals(JSON.createArrayNode(), JSON.readTree(run.out()));
    }

    @Test
    void jsonEndsEveryLineWithALineFeedOnly() {
        String out = CliRun.run(PluginsCommandTest::threeTypes, "plugins", "--json").out();

        assertTrue(out.endsWith("]\n"), out);
        assertTrue(out.indexOf('\r') < 0, out);
    }

    @Test
    void pluginsFromTheClassPathIncludeTheShippedDomainPack() throws Exception {
        CliRun run = CliRun.run(PluginRegistry::discover, "plugins", "--json");

        assertEquals(Cli.OK, run.exitCode(), run.err());
        List<String> domains = new ArrayList<>();
        for (JsonNode plugin : JSON.readTree(run.out())) {
            if (plugin.get("type").asText().equals("domain")) {
                domains.add(plugin.get("id").asText());
            }
        }
        assertTrue(domains.contains("corporate-finance"), run.out());
    }

    @Test
    void failingDiscoveryExitsOneWithOneErrorLineAndNoOutput() {
        CliRun run = CliRun.run(PluginsCommandTest::duplicateIds, "plugins");

        assertEquals(Cli.FAILURE, run.exitCode());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).startsWith("dacr: plug-in discovery failed: duplicate DomainProvider id "
                + "'corporate-finance'"), run.err());
    }

    @Test
    void failingDiscoveryWithVerbosePrintsTheStackTraceAfterTheErrorLine() {
        CliRun run = CliRun.run(PluginsCommandTest::duplicateIds, "--verbose", "plugins");

        assertEquals(Cli.FAILURE, run.exitCode());
        assertTrue(run.errLines().get(0).startsWith("dacr: plug-in discovery failed"), run.err());
        assertTrue(run.errLines().get(1).startsWith(PluginException.class.getName()), run.err());
        assertTrue(run.errLines().stream().anyMatch(line -> line.strip().startsWith("at ")), run.err());
    }

    @Test
    void verboseIsAcceptedAfterTheSubcommandToo() {
        CliRun run = CliRun.run(PluginsCommandTest::duplicateIds, "plugins", "--verbose");

        assertEquals(Cli.FAILURE, run.exitCode());
        assertTrue(run.errLines().size() > 1, run.err());
    }

    @Test
    void unexpectedExceptionExitsOneAsAnInternalErrorPointingToVerbose() {
        Supplier<PluginRegistry> broken = () -> {
            throw new IllegalStateException("registry exploded");
        };

        CliRun run = CliRun.run(broken, "plugins");

        assertEquals(Cli.FAILURE, run.exitCode());
        assertEquals(List.of("dacr: internal error: java.lang.IllegalStateException: registry exploded "
                + "(run with --verbose for the stack trace)"), run.errLines());
    }

    @Test
    void multiLineErrorMessageIsFoldedIntoOneLine() {
        Supplier<PluginRegistry> broken = () -> {
            throw new PluginException(PluginException.Kind.LOAD_FAILURE, "DomainProvider", List.of(),
                    "first line\n  second line", null);
        };

        CliRun run = CliRun.run(broken, "plugins");

        assertEquals(List.of("dacr: first line second line"), run.errLines());
    }
}
