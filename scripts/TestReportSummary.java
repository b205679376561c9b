import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The summary line of scripts/test.sh, counted from the JUnit XML reports of surefire and failsafe:
 *
 * <pre>
 * java scripts/TestReportSummary.java dacr-core/target/surefire-reports/TEST-*.xml ...
 * summary: 1650 passed, 1 failed, 6 skipped
 * </pre>
 *
 * It counts the {@code <testcase>} elements, not the {@code tests}/{@code failures}/{@code errors}
 * attributes of {@code <testsuite>}: when one test class runs under two JUnit Platform engines (a
 * Jupiter {@code @Test} next to a jqwik {@code @Property}), surefire 3.5 merges both runs' test cases
 * into one report but writes the attributes of one engine's run only, so a failed Jupiter test can
 * stand in a report whose attributes say {@code failures="0"}. A test case is failed if it has a
 * {@code <failure>} or {@code <error>}, skipped if it has {@code <skipped>}, passed otherwise (a flaky
 * test that passed on a rerun has only {@code <flakyFailure>}/{@code <flakyError>}). A report that
 * cannot be parsed (a test JVM killed while writing it) counts as one failed test and is named on
 * stderr. Run with no file, it prints zeros.
 *
 * <p>A single-file program (JDK 11+ runs it from source), so the script needs nothing but the JDK the
 * build already requires.
 */
public final class TestReportSummary {

    private TestReportSummary() {
    }

    /** The counts of one or more reports. */
    record Counts(long passed, long failed, long skipped) {

        Counts plus(Counts other) {
            return new Counts(passed + other.passed, failed + other.failed, skipped + other.skipped);
        }

        String line() {
            return "summary: " + passed + " passed, " + failed + " failed, " + skipped + " skipped";
        }
    }

    /**
     * @param args the report files
     */
    public static void main(String[] args) {
        List<Path> reports = new ArrayList<>();
        for (String arg : args) {
            reports.add(Path.of(arg));
        }
        List<String> problems = new ArrayList<>();
        String line = summarise(reports, problems);
        for (String problem : problems) {
            System.err.println("test.sh: " + problem);
        }
        System.out.println(line);
    }

    /**
     * @param reports JUnit XML report files
     * @param problems where a line is added for each report that could not be read
     * @return the summary line
     */
    static String summarise(List<Path> reports, List<String> problems) {
        DocumentBuilder parser = parser();
        Counts total = new Counts(0, 0, 0);
        for (Path report : reports) {
            try {
                total = total.plus(count(parser.parse(report.toFile()).getDocumentElement()));
            } catch (SAXException | IOException e) {
                problems.add("unreadable test report " + report + ", counted as one failed test: " + e.getMessage());
                total = total.plus(new Counts(0, 1, 0));
            }
        }
        return total.line();
    }

    private static Counts count(Element root) {
        long passed = 0;
        long failed = 0;
        long skipped = 0;
        NodeList testCases = root.getElementsByTagName("testcase");
        for (int i = 0; i < testCases.getLength(); i++) {
            Element testCase = (Element) testCases.item(i);
            if (hasChild(testCase, "failure") || hasChild(testCase, "error")) {
                failed++;
            } else if (hasChild(testCase, "skipped")) {
                skipped++;
            } else {
                passed++;
            }
        }
        return new Counts(passed, failed, skipped);
    }

    private static boolean hasChild(Element element, String name) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE && child.getNodeName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // Reports are plain files of this build, but an XML parser should still not fetch anything.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // The default handler prints parse errors to stderr before throwing; the caller reports them once.
            builder.setErrorHandler(new DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }
}
