package io.dacr.core.bench;

import io.dacr.api.internal.Checks;
import io.dacr.core.bench.internal.ReportHtml;
import io.dacr.core.bench.internal.ReportJson;
import io.dacr.core.bench.internal.ReportMarkdown;
import io.dacr.core.bench.model.BenchResult;

/**
 * A {@link BenchResult} as JSON (a {@code summary} of the headline mode first, as DACR-Bench's results
 * have, then both modes in full), Markdown, and one self-contained HTML page with SVG charts. No
 * report carries a clock reading, so the same result always gives the same bytes.
 */
public final class BenchReports {

    private BenchReports() {
    }

    /**
     * @param result the result
     * @return the JSON report, indented, {@code \n} line ends
     */
    public static String json(BenchResult result) {
        return ReportJson.write(Checks.notNull(result, "result"));
    }

    /**
     * @param result the result
     * @return the Markdown report
     */
    public static String markdown(BenchResult result) {
        return ReportMarkdown.write(Checks.notNull(result, "result"));
    }

    /**
     * @param result the result
     * @return the HTML page: well-formed XHTML with four inline SVG charts (ids {@code chart-category},
     *     {@code chart-hops}, {@code chart-reliability}, {@code chart-attempts})
     */
    public static String html(BenchResult result) {
        return ReportHtml.write(Checks.notNull(result, "result"));
    }
}
