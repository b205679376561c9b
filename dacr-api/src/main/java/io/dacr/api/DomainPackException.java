package io.dacr.api;

/**
 * A domain pack is invalid. The message names the pack's source (file or resource), the JSON path of
 * the offending element (for example {@code $.entityKinds[2].attributes[0].phrasings}) and the
 * problem.
 */
public final class DomainPackException extends DacrException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String jsonPath;

    /**
     * @param source where the pack came from (file path or resource name)
     * @param jsonPath the JSON path of the offending element, {@code $} for the whole document
     * @param problem what is wrong there
     */
    public DomainPackException(String source, String jsonPath, String problem) {
        super(source + ": " + jsonPath + ": " + problem);
        this.source = source;
        this.jsonPath = jsonPath;
    }

    /**
     * @param source where the pack came from (file path or resource name)
     * @param jsonPath the JSON path of the offending element
     * @param problem what is wrong there
     * @param cause the underlying failure (e.g. a JSON syntax error)
     */
    public DomainPackException(String source, String jsonPath, String problem, Throwable cause) {
        super(source + ": " + jsonPath + ": " + problem, cause);
        this.source = source;
        this.jsonPath = jsonPath;
    }

    /** @return where the pack came from */
    public String source() {
        return source;
    }

    /** @return the JSON path of the offending element */
    public String jsonPath() {
        return jsonPath;
    }
}
