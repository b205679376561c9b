package io.dacr.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
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
