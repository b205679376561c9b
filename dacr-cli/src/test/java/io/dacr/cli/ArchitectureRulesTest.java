package io.dacr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.dacr.cli.archfixture.api.JdkOnlyValue;
import io.dacr.cli.archfixture.api.LeakyValue;
import io.dacr.cli.archfixture.cycle.a.Order;
import io.dacr.cli.archfixture.cycle.b.Invoice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each architecture rule rejects a small example that breaks it, and accepts one that keeps it. */
class ArchitectureRulesTest {

    private static final String API_PACKAGE = "io.dacr.cli.archfixture.api..";

    @TempDir
    Path dir;

    private Path pom(String folder, String artifactId, String body) throws IOException {
        Path file = dir.resolve(folder).resolve("pom.xml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.dacr</groupId>
                  <artifactId>%s</artifactId>
                  %s
                </project>
                """.formatted(artifactId, body), StandardCharsets.UTF_8);
        return file;
    }

    private static String dependencies(String... artifactIdAndScope) {
        StringBuilder xml = new StringBuilder("<dependencies>");
        for (String dependency : artifactIdAndScope) {
            String[] parts = dependency.split(":");
            xml.append("<dependency><groupId>io.dacr</groupId><artifactId>").append(parts[0]).append("</artifactId>");
            if (parts.length > 1) {
                xml.append("<scope>").append(parts[1]).append("</scope>");
            }
            xml.append("</dependency>");
        }
        return xml.append("</dependencies>").toString();
    }

    @Test
    void apiPomRuleReportsADependencyOutsideTestScope() throws IOException {
        ModulePom api = ModulePom.read(pom("dacr-api", "dacr-api", dependencies("jackson-databind", "junit:test")));

        assertEquals(List.of("io.dacr:jackson-databind:compile"), ArchitectureRules.dependenciesOutsideTestScope(api));
    }

    @Test
    void apiPomRuleCountsProfileDependenciesButNotManagedVersions() throws IOException {
        ModulePom api = ModulePom.read(pom("dacr-api", "dacr-api",
                "<dependencyManagement>" + dependencies("managed-only") + "</dependencyManagement>"
                        + "<profiles><profile><id>p</id>" + dependencies("sneaky:runtime") + "</profile></profiles>"));

        assertEquals(List.of("io.dacr:sneaky:runtime"), ArchitectureRules.dependenciesOutsideTestScope(api));
    }

    @Test
    void apiPomRuleAcceptsTestDependenciesOnly() throws IOException {
        ModulePom api = ModulePom.read(pom("dacr-api", "dacr-api", dependencies("junit:test", "jqwik:test")));

        assertEquals(List.of(), ArchitectureRules.dependenciesOutsideTestScope(api));
    }

    private Map<String, ModulePom> reactor() throws IOException {
        Path root = pom(".", "dacr-parent", "<modules><module>dacr-api</module><module>dacr-core</module>"
                + "<module>dacr-chain</module><module>dacr-cli</module></modules>");
        pom("dacr-api", "dacr-api", dependencies("junit:test"));
        pom("dacr-core", "dacr-core", dependencies("dacr-api", "dacr-chain"));
        pom("dacr-chain", "dacr-chain", dependencies("dacr-api", "dacr-cli:test"));
        pom("dacr-cli", "dacr-cli", dependencies("dacr-core", "dacr-chain"));
        return ArchitectureRules.reactor(root);
    }

    @Test
    void moduleRuleFindsATransitiveDependencyAndNamesItsPath() throws IOException {
        assertEquals(List.of("dacr-core -> dacr-chain -> dacr-cli"),
                ArchitectureRules.forbiddenPaths(reactor(), "dacr-core", Set.of("dacr-cli")));
    }

    @Test
    void moduleRuleFindsADirectTestScopedDependency() throws IOException {
        assertEquals(List.of("dacr-chain -> dacr-cli"),
                ArchitectureRules.forbiddenPaths(reactor(), "dacr-chain", Set.of("dacr-cli")));
    }

    @Test
    void moduleRuleCanLookThroughShippedScopesOnly() throws IOException {
        assertEquals(List.of(), ArchitectureRules.forbiddenPaths(reactor(), "dacr-chain", Set.of("dacr-cli"), false));
    }

    @Test
    void moduleRuleAcceptsAModuleThatStaysClear() throws IOException {
        assertEquals(List.of(), ArchitectureRules.forbiddenPaths(reactor(), "dacr-api", Set.of("dacr-cli", "dacr-core")));
    }

    @Test
    void cycleRuleRejectsTwoPackagesThatUseEachOther() {
        JavaClasses classes = new ClassFileImporter().importClasses(Order.class, Invoice.class);

        assertTrue(ArchitectureRules.noPackageCycles().evaluate(classes).hasViolation());
    }

    @Test
    void cycleRuleAcceptsADependencyInOneDirection() {
        JavaClasses classes = new ClassFileImporter().importClasses(Order.class, JdkOnlyValue.class);

        assertFalse(ArchitectureRules.noPackageCycles().evaluate(classes).hasViolation());
    }

    @Test
    void apiClassRuleRejectsAThirdPartyType() {
        JavaClasses classes = new ClassFileImporter().importClasses(LeakyValue.class);

        assertTrue(ArchitectureRules.dependsOnlyOnTheJdkAndItself(API_PACKAGE).evaluate(classes).hasViolation());
    }

    @Test
    void apiClassRuleAcceptsJdkOnlyTypes() {
        JavaClasses classes = new ClassFileImporter().importClasses(JdkOnlyValue.class);

        assertFalse(ArchitectureRules.dependsOnlyOnTheJdkAndItself(API_PACKAGE).evaluate(classes).hasViolation());
    }

    @Test
    void loggingProviderRuleReportsAProviderOutsideTestScope() throws IOException {
        ModulePom library = ModulePom.read(pom("lib", "lib", dependencies("slf4j-api", "slf4j-simple:runtime", "slf4j-nop:test")));

        assertEquals(List.of("io.dacr:slf4j-simple:runtime"), ArchitectureRules.loggingProvidersOutsideTestScope(library));
    }

    @Test
    void testLoggingRuleReportsAModuleWithTestsThatReachesSlf4jWithoutAProvider() throws IOException {
        Path root = pom(".", "root", "<modules><module>core</module><module>server</module></modules>");
        pom("core", "core", dependencies("slf4j-api"));
        pom("server", "server", dependencies("core"));
        Files.createDirectories(dir.resolve("server").resolve("src").resolve("test"));

        assertEquals(List.of("server -> core -> slf4j-api, but no SLF4J provider"),
                ArchitectureRules.testsWithoutLoggingProvider(ArchitectureRules.reactor(root)));
    }

    @Test
    void testLoggingRuleAcceptsATestScopedProviderAndModulesWithoutTests() throws IOException {
        Path root = pom(".", "root", "<modules><module>core</module><module>server</module></modules>");
        pom("core", "core", dependencies("slf4j-api"));
        pom("server", "server", dependencies("core", "slf4j-nop:test"));
        Files.createDirectories(dir.resolve("server").resolve("src").resolve("test"));

        assertEquals(List.of(), ArchitectureRules.testsWithoutLoggingProvider(ArchitectureRules.reactor(root)));
    }
}
