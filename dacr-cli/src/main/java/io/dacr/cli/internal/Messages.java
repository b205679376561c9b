package io.dacr.cli.internal;

import java.util.regex.Pattern;

/** The one shape of an error line on stderr: {@code dacr: <message>}. */
final class Messages {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    private Messages() {
    }

    /**
     * @param message what went wrong; line breaks in it are folded so the error stays one line
     * @return {@code dacr: <message>} and a line feed
     */
    static String errorLine(String message) {
        return "dacr: " + LINE_BREAKS.matcher(message.strip()).replaceAll(" ") + "\n";
    }
}
