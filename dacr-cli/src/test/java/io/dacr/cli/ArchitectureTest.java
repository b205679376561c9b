package io.dacr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module and package rules of DESIGN.md "Modules", checked on this build: the poms of every
 * module (found from this module's folder, where surefire runs the test) and the compiled classes of
 * every module on this module's test class path, which holds all of them.
 */
class ArchitectureTest {

    /** Modules other code builds on: they must never need the command line, benchmarks or shipped plug-ins. */
    private static final Set<String> LIBRARIES = Set.of(
            "dacr-api", "dacr-generator", "dacr-core", "dacr-chain", "dacr-testkit", "dacr-server",
            "dacr-ledger-postgres");
    /** Modules that sit on top and may use everything. */
    private static final Set<String> APPLICATIONS = Set.of(
            "dacr-cli", "dacr-benchmarks", "dacr-spi-examples", "dacr-bom");
    private static final Set<String> FORBIDDEN_FOR_LIBRARIES = Set.of("dacr-cli", "dacr-benchmarks");

    // A library's tests may use the shipped packs as realistic fixtures; what it ships may not.
    private static final Set<String> FORBIDDEN_FOR_SHIPPED_LIBRARIES = Set.of("dacr-spi-examples");

    private static final Path ROOT_POM = Path.of("..", "pom.xml").toAbsolutePath().normalize();

    private static Map<String, ModulePom> reactor;
    private static JavaClasses production;

    @BeforeAll
    static void load() {
        assertEquals("dacr-parent", ModulePom.read(ROOT_POM).artifactId(),
                "the test must run in a module folder of the DACR build, was " + Path.of("").toAbsolutePath());
        reactor = ArchitectureRules.reactor(ROOT_POM);
        production = new ClassFileImporter().withImportOption(ArchitectureRules.PRODUCTION_CODE)
                .importPackages("io.dacr");
    }

    @Test
    void everyModuleIsClassifiedAsLibraryOrApplication() {
        Set<String> unclassified = new TreeSet<>(reactor.keySet());
        unclassified.removeAll(LIBRARIES);
        unclassified.removeAll(APPLICATIONS);

        assertEquals(Set.of(), unclassified, "add each new module to LIBRARIES or APPLICATIONS of this test");
    }

    @Test
    void apiDeclaresNoDependencyOutsideTestScope() {
        assertEquals(List.of(), ArchitectureRules.dependenciesOutsideTestScope(reactor.get("dacr-api")),
                "dacr-api must not depend on anything: see DESIGN.md \"Modules\"");
    }

    @Test
    void parentDeclaresNoDependencyOutsideTestScopeThatApiWouldInherit() {
        assertEquals(List.of(), ArchitectureRules.dependenciesOutsideTestScope(ModulePom.read(ROOT_POM)),
                "a dependency in the parent pom's <dependencies> reaches dacr-api; use <dependencyManagement>");
    }

    @Test
    void noLibraryModuleDependsOnCliBenchmarksOrSpiExamples() {
        List<String> violations = new ArrayList<>();
        for (String library : LIBRARIES) {
            violations.addAll(ArchitectureRules.forbiddenPaths(reactor, library, FORBIDDEN_FOR_LIBRARIES));
            violations.addAll(ArchitectureRules.forbiddenPaths(reactor, library, FORBIDDEN_FOR_SHIPPED_LIBRARIES, false));
        }

        assertEquals(List.of(), violations);
    }

    @Test
    void coreAndGeneratorDoNotDependOnEachOther() {
        List<String> violations = new ArrayList<>();
        violations.addAll(ArchitectureRules.forbiddenPaths(reactor, "dacr-core", Set.of("dacr-generator")));
        violations.addAll(ArchitectureRules.forbiddenPaths(reactor, "dacr-generator", Set.of("dacr-core")));

        assertEquals(List.of(), violations, "generator and core meet only through dacr-api interfaces");
    }

    @Test
    void noLibraryShipsAnSlf4jProvider() {
        List<String> violations = new ArrayList<>();
        for (String library : LIBRARIES) {
            ArchitectureRules.loggingProvidersOutsideTestScope(reactor.get(library))
                    .forEach(provider -> violations.add(library + ": " + provider));
        }

        assertEquals(List.of(), violations, "a library leaves the choice of logging to the program that embeds it; "
                + "declare the provider in test scope");
    }

    @Test
    void everyModuleWhoseTestsLogDeclaresAnSlf4jProvider() {
        assertEquals(List.of(), ArchitectureRules.testsWithoutLoggingProvider(reactor),
                "without a provider SLF4J prints a \"no providers\" warning into the test output; add slf4j-nop in test scope");
    }

    @Test
    void noPackageCycleAmongDacrClasses() {
        ArchitectureRules.noPackageCycles().check(production);
    }

    @Test
    void apiClassesDependOnlyOnTheJdkAndTheApi() {
        ArchitectureRules.dependsOnlyOnTheJdkAndItself("io.dacr.api..").check(production);
    }
}
