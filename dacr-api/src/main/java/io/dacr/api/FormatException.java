package io.dacr.api;

/**
 * A document in one of DACR's formats (challenge, answer key, submission, verdict, attempt record,
 * …) could not be read: it is not valid JSON, lacks a required field, has a field of the wrong type,
 * or carries a {@code schemaVersion} this version does not read. The message names the format, the
 * JSON path and the problem.
 */
public final class FormatException extends DacrException {

    private static final long serialVersionUID = 1L;

    private final String format;
    private final String jsonPath;

    /**
     * @param format the format's name, e.g. {@code challenge}
     * @param jsonPath where in the document the problem is, {@code $} for the whole document
     * @param problem what is wrong
     * @param cause the underlying failure, or null
     */
    public FormatException(String format, String jsonPath, String problem, Throwable cause) {
        super(format + " " + jsonPath + ": " + problem, cause);
        this.format = format;
        this.jsonPath = jsonPath;
    }

    /** @return the format's name */
    public String format() {
        return format;
    }

    /** @return the JSON path of the problem */
    public String jsonPath() {
        return jsonPath;
    }
}
