package io.dacr.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rules of DESIGN.md "Modules", as functions over poms and classes, so that the architecture test
 * applies them to the real build and {@code ArchitectureRulesTest} shows each one fails on a bad
 * example.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /**
     * @param pom a module's pom
     * @return each dependency the pom declares outside test scope, as {@code group:artifact:scope}
     */
    static List<String> dependenciesOutsideTestScope(ModulePom pom) {
        return pom.dependencies().stream().filter(d -> !d.isTestScoped()).map(ModulePom.Dependency::toString).toList();
    }

    /**
     * Reads an aggregator pom and the pom of each of its modules.
     *
     * @param rootPom the aggregator's pom
     * @return the module poms by artifact id, in artifact-id order
     */
    static Map<String, ModulePom> reactor(Path rootPom) {
        ModulePom root = ModulePom.read(rootPom);
        Map<String, ModulePom> modules = new TreeMap<>();
        for (String module : root.modules()) {
            ModulePom pom = ModulePom.read(rootPom.resolveSibling(module).resolve("pom.xml"));
            modules.put(pom.artifactId(), pom);
        }
        return modules;
    }

    /**
     * Finds how a module reaches forbidden modules through the reactor's dependencies, direct or
     * transitive, in any scope (a test-scoped dependency on the command line is still one too many).
     *
     * @param reactor the module poms by artifact id
     * @param from the module to start from
     * @param forbidden artifact ids {@code from} must not reach
     * @return one shortest path per forbidden module reached, like {@code dacr-core -> dacr-chain -> dacr-cli}
     */
    static List<String> forbiddenPaths(Map<String, ModulePom> reactor, String from, Set<String> forbidden) {
        return forbiddenPaths(reactor, from, forbidden, true);
    }

    /**
     * Like {@link #forbiddenPaths(Map, String, Set)}, optionally through compile and runtime scopes only:
     * for rules about what a library ships, where its own tests may still use the module.
     *
     * @param reactor the module poms by artifact id
     * @param from the module to start from
     * @param forbidden artifact ids {@code from} must not reach
     * @param throughTestScope whether test-scoped dependencies count
     * @return one shortest path per forbidden module reached
     */
    static List<String> forbiddenPaths(Map<String, ModulePom> reactor, String from, Set<String> forbidden,
                                       boolean throughTestScope) {
        // Breadth first: the first path found to a module is a shortest one.
        Map<String, String> pathTo = new LinkedHashMap<>();
        pathTo.put(from, from);
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        List<String> found = new ArrayList<>();
        while (!queue.isEmpty()) {
            String module = queue.removeFirst();
            ModulePom pom = reactor.get(module);
            if (pom == null) {
                continue;
            }
            for (ModulePom.Dependency dependency : pom.dependencies()) {
                if (!throughTestScope && dependency.isTestScoped()) {
                    continue;
                }
                String next = dependency.artifactId();
                if (pathTo.containsKey(next) || !reactor.containsKey(next) && !forbidden.contains(next)) {
                    continue;
                }
                String path = pathTo.get(module) + " -> " + next;
                pathTo.put(next, path);
                if (forbidden.contains(next)) {
                    found.add(path);
                }
                queue.addLast(next);
            }
        }
        return found;
    }

    /** The SLF4J providers a module could declare, by artifact id. */
    static final Set<String> SLF4J_PROVIDERS = Set.of("slf4j-simple", "slf4j-nop", "slf4j-jdk14", "slf4j-reload4j",
            "slf4j-jdk-platform-logging", "logback-classic", "log4j-slf4j2-impl");

    /**
     * A library that ships an SLF4J provider chooses the logging of every program that embeds it; only
     * its tests may have one.
     *
     * @param pom a module's pom
     * @return each SLF4J provider the pom declares outside test scope, as {@code group:artifact:scope}
     */
    static List<String> loggingProvidersOutsideTestScope(ModulePom pom) {
        return pom.dependencies().stream()
                .filter(d -> SLF4J_PROVIDERS.contains(d.artifactId()) && !d.isTestScoped())
                .map(ModulePom.Dependency::toString).toList();
    }

    /**
     * Finds the modules whose test runs print SLF4J's "No SLF4J providers were found" warning: they have
     * tests ({@code src/test} next to the pom), reach {@code slf4j-api} through the reactor's dependencies
     * in any scope, and declare no provider in any scope. Dependencies outside the reactor are not
     * followed, so slf4j-api must be reached through a DACR module that declares it.
     *
     * @param reactor the module poms by artifact id
     * @return one line per such module, with how it reaches slf4j-api
     */
    static List<String> testsWithoutLoggingProvider(Map<String, ModulePom> reactor) {
        List<String> found = new ArrayList<>();
        for (ModulePom pom : reactor.values()) {
            if (!Files.isDirectory(pom.file().resolveSibling("src").resolve("test"))
                    || pom.dependencies().stream().anyMatch(d -> SLF4J_PROVIDERS.contains(d.artifactId()))) {
                continue;
            }
            for (String path : forbiddenPaths(reactor, pom.artifactId(), Set.of("slf4j-api"))) {
                found.add(path + ", but no SLF4J provider");
            }
        }
        return found;
    }

    /**
     * No cycles between packages: each package below {@code io.dacr} is a slice.
     *
     * @return the rule
     */
    static ArchRule noPackageCycles() {
        return slices().matching("io.dacr.(**)").should().beFreeOfCycles();
    }

    /**
     * @param packageIdentifier an ArchUnit package identifier such as {@code io.dacr.api..}
     * @return the rule that classes in those packages use nothing but the JDK ({@code java..},
     *     {@code javax..}) and those packages
     */
    static ArchRule dependsOnlyOnTheJdkAndItself(String packageIdentifier) {
        return classes().that().resideInAPackage(packageIdentifier)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", packageIdentifier);
    }

    /**
     * Leaves out compiled tests (Maven's {@code test-classes} of any build folder, Gradle's and
     * IntelliJ's test outputs): the rules are about the shipped code, and test fixtures may break them
     * on purpose.
     */
    static final ImportOption PRODUCTION_CODE = location ->
            !location.contains("/test-classes/") && ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location);
}
