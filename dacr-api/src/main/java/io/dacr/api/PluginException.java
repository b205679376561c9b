package io.dacr.api;

import java.util.List;

/**
 * A plug-in could not be discovered or selected: a provider failed to load, two providers share an
 * id, an id was requested that no provider has, or a provider's id is not a valid identifier. The
 * message names the ids and classes involved and what was found.
 */
public final class PluginException extends DacrException {

    private static final long serialVersionUID = 1L;

    /** What went wrong while discovering or selecting a plug-in. */
    public enum Kind {
        /** A provider class could not be loaded or instantiated, or threw while describing itself. */
        LOAD_FAILURE,
        /** Two or more providers of one SPI declare the same id. */
        DUPLICATE_ID,
        /** An id was requested that no provider of the SPI has. */
        UNKNOWN_ID,
        /** A provider's id is not a lower-case identifier. */
        INVALID_ID,
        /** A single provider was required but none or several were found and none was chosen by id. */
        AMBIGUOUS_OR_MISSING
    }

    private final Kind kind;
    private final String spi;
    private final List<String> found;

    /**
     * @param kind what went wrong
     * @param spi the simple name of the SPI interface, e.g. {@code DomainProvider}
     * @param found the ids that were found (for the message and for callers that list them)
     * @param message the full message
     * @param cause the underlying failure, or null
     */
    public PluginException(Kind kind, String spi, List<String> found, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.spi = spi;
        this.found = List.copyOf(found);
    }

    /** @return what went wrong */
    public Kind kind() {
        return kind;
    }

    /** @return the simple name of the SPI interface concerned */
    public String spi() {
        return spi;
    }

    /** @return the provider ids that were found, in discovery order */
    public List<String> found() {
        return found;
    }
}
