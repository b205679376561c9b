package io.dacr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/TestReportSummary.java, the summary line of scripts/test.sh, over crafted surefire reports.
 * The script is compiled once from the source file test.sh runs (found from this module's folder, where
 * surefire runs the test) and called in process; one test runs it as test.sh does.
 */
class TestReportSummaryTest {

    private static final Path SCRIPT = Path.of("..", "scripts", "TestReportSummary.java").toAbsolutePath().normalize();

    private static MethodHandle summarise;

    @TempDir
    static Path classes;

    @TempDir
    Path reports;

    @BeforeAll
    static void compile() throws ReflectiveOperationException, IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "--release", "17", "-d", classes.toString(), SCRIPT.toString()),
                "compiling " + SCRIPT);
        ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, TestReportSummaryTest.class.getClassLoader());
        Class<?> type = loader.loadClass("TestReportSummary");
        summarise = MethodHandles.privateLookupIn(type, MethodHandles.lookup())
                .findStatic(type, "summarise", MethodType.methodType(String.class, List.class, List.class));
    }

    private Path report(String name, String testSuiteAttributes, String testCases) throws IOException {
        Path file = reports.resolve("TEST-" + name + ".xml");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"" + name + "\" "
                + testSuiteAttributes + ">\n  <properties>\n  </properties>\n" + testCases + "</testsuite>\n",
                StandardCharsets.UTF_8);
        return file;
    }

    private static String summary(List<String> problems, Path... files) throws Throwable {
        return (String) summarise.invoke(List.of(files), problems);
    }

    private static String summary(Path... files) throws Throwable {
        return summary(new ArrayList<>(), files);
    }

    private static String passed(String name) {
        return "  <testcase name=\"" + name + "\" classname=\"a.B\" time=\"0.001\"/>\n";
    }

    @Test
    void aFailedTestCountsThoughTheSuiteAttributesOfAMixedEngineClassSayNone() throws Throwable {
        // What surefire 3.5 writes for a class with Jupiter tests and a jqwik property: every test case,
        // but the attributes of the jqwik run alone.
        Path mixed = report("a.Mixed", "tests=\"1\" errors=\"0\" skipped=\"0\" failures=\"0\"",
                passed("one") + "  <testcase name=\"two\" classname=\"a.Mixed\" time=\"0.002\">\n"
                        + "    <failure message=\"probe\" type=\"org.opentest4j.AssertionFailedError\"><![CDATA[trace]]></failure>\n"
                        + "  </testcase>\n" + passed("property"));

        assertEquals("summary: 2 passed, 1 failed, 0 skipped", summary(mixed));
    }

    @Test
    void anErrorCountsAsFailed() throws Throwable {
        Path file = report("a.B", "tests=\"2\" errors=\"1\" skipped=\"0\" failures=\"0\"",
                passed("one") + "  <testcase name=\"two\" classname=\"a.B\" time=\"0\">\n"
                        + "    <error message=\"boom\" type=\"java.lang.IllegalStateException\">trace</error>\n"
                        + "  </testcase>\n");

        assertEquals("summary: 1 passed, 1 failed, 0 skipped", summary(file));
    }

    @Test
    void skippedTestsAreNeitherPassedNorFailed() throws Throwable {
        Path file = report("a.B", "tests=\"2\" errors=\"0\" skipped=\"1\" failures=\"0\"",
                passed("one") + "  <testcase name=\"two\" classname=\"a.B\" time=\"0\">\n"
                        + "    <skipped message=\"no chain node\"/>\n  </testcase>\n");

        assertEquals("summary: 1 passed, 0 failed, 1 skipped", summary(file));
    }

    @Test
    void aFlakyTestThatPassedOnARerunCountsAsPassed() throws Throwable {
        Path file = report("a.B", "tests=\"1\" errors=\"0\" skipped=\"0\" failures=\"0\" flakes=\"1\"",
                "  <testcase name=\"one\" classname=\"a.B\" time=\"0\">\n"
                        + "    <flakyFailure message=\"first run\" type=\"java.lang.AssertionError\"><stackTrace>t</stackTrace></flakyFailure>\n"
                        + "  </testcase>\n");

        assertEquals("summary: 1 passed, 0 failed, 0 skipped", summary(file));
    }

    @Test
    void aTestThatFailedEveryRerunCountsOnce() throws Throwable {
        Path file = report("a.B", "tests=\"1\" errors=\"0\" skipped=\"0\" failures=\"1\"",
                "  <testcase name=\"one\" classname=\"a.B\" time=\"0\">\n"
                        + "    <failure message=\"run 1\" type=\"java.lang.AssertionError\">t</failure>\n"
                        + "    <rerunFailure message=\"run 2\" type=\"java.lang.AssertionError\"><stackTrace>t</stackTrace></rerunFailure>\n"
                        + "  </testcase>\n");

        assertEquals("summary: 0 passed, 1 failed, 0 skipped", summary(file));
    }

    @Test
    void markupInCapturedOutputIsNotCounted() throws Throwable {
        Path file = report("a.B", "tests=\"1\" errors=\"0\" skipped=\"0\" failures=\"0\"",
                "  <testcase name=\"one\" classname=\"a.B\" time=\"0\">\n"
                        + "    <system-out><![CDATA[<testsuite tests=\"9\" failures=\"9\"><testcase name=\"x\"><failure/></testcase>]]></system-out>\n"
                        + "  </testcase>\n");

        assertEquals("summary: 1 passed, 0 failed, 0 skipped", summary(file));
    }

    @Test
    void reportsAreAddedUp() throws Throwable {
        Path a = report("a.A", "tests=\"2\" errors=\"0\" skipped=\"0\" failures=\"0\"", passed("one") + passed("two"));
        Path b = report("a.B", "tests=\"1\" errors=\"0\" skipped=\"0\" failures=\"0\"", passed("one"));

        assertEquals("summary: 3 passed, 0 failed, 0 skipped", summary(a, b));
    }

    @Test
    void aTruncatedReportCountsAsOneFailedTestAndIsNamed() throws Throwable {
        Path file = reports.resolve("TEST-a.Crashed.xml");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"a.Crashed\" tests=\"3\">\n"
                + passed("one"), StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();

        assertEquals("summary: 0 passed, 1 failed, 0 skipped", summary(problems, file));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("unreadable test report " + file + ", counted as one failed test"),
                problems.get(0));
    }

    @Test
    void noReportsGiveZeros() throws Throwable {
        assertEquals("summary: 0 passed, 0 failed, 0 skipped", summary());
    }

    @Test
    void runsFromSourceAsTestShRunsIt() throws Exception {
        Path file = report("a.B", "tests=\"1\" errors=\"0\" skipped=\"0\" failures=\"0\"", passed("one"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), SCRIPT.toString(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, process.waitFor(), output);
        assertEquals("summary: 1 passed, 0 failed, 0 skipped" + System.lineSeparator(), output);
    }
}
