package io.dacr.core.bench.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number and text forms shared by the Markdown and HTML reports. */
final class Fmt {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Fmt() {
    }

    /** @return a rate as a percentage with one decimal, e.g. {@code 62.5%}; {@code –} for null */
    static String percent(BigDecimal rate) {
        return rate == null ? "–" : rate.multiply(HUNDRED).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    /** @return a rate as {@link #percent}, or {@code n/a} for null: a rate that does not apply (no trap counted) */
    static String percentOrNa(BigDecimal rate) {
        return rate == null ? "n/a" : percent(rate);
    }

    /** @return a value with three decimals, e.g. {@code 0.125}; {@code –} for null */
    static String decimal(BigDecimal value) {
        return value == null ? "–" : value.setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** @return {@code value × scale} with one decimal: an SVG coordinate */
    static String coordinate(BigDecimal value, int scale) {
        return value.multiply(BigDecimal.valueOf(scale)).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** @return the text escaped for XML content and attribute values */
    static String xml(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters even escaped; a report shows them as U+FFFD.
                    boolean allowed = c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
                    sb.append(allowed && c != 0xFFFE && c != 0xFFFF ? c : '\uFFFD');
                }
            }
        }
        return sb.toString();
    }

    /** @return the text safe inside a Markdown table cell */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\R", " ");
    }
}
