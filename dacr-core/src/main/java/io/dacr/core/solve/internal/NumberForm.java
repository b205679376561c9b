package io.dacr.core.solve.internal;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One surface form of a number attribute ({@code "${number} million"}, scale 10^6), read back: the
 * digits as written, thousands separators dropped, times the scale.
 */
final class NumberForm {

    private static final String NUMBER = "(?<n>-?[0-9][0-9,]*(?:\\.[0-9]+)?)";

    private final Pattern pattern;
    private final BigDecimal scale;
    private final boolean worded;

    NumberForm(String template, BigDecimal scale) {
        int at = template.indexOf("{number}");
        String before = template.substring(0, at);
        String after = template.substring(at + "{number}".length());
        String head = before.isEmpty() ? "(?<![\\w.,$])" : "(?<![\\w])";
        String tail = after.isEmpty() || Character.isLetterOrDigit(after.charAt(after.length() - 1))
                ? "(?![\\w])" : "";
        this.pattern = Pattern.compile(head + Pattern.quote(before) + NUMBER + Pattern.quote(after) + tail,
                Pattern.CASE_INSENSITIVE);
        this.scale = scale;
        this.worded = (before + after).chars().anyMatch(Character::isLetter);
    }

    /**
     * @return whether the form writes a word around the digits ({@code "{number} researchers"},
     *         {@code "${number} million"}): a match then says what kind of quantity it is
     */
    boolean worded() {
        return worded;
    }

    /** @return a matcher over {@code text}, for {@link #value} */
    Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    /**
     * @param m a matcher of this form that has matched
     * @return the value it wrote, or null if the digits are not a number
     */
    BigDecimal value(Matcher m) {
        String digits = m.group("n").replace(",", "");
        try {
            return new BigDecimal(digits).multiply(scale).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
