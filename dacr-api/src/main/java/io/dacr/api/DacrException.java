package io.dacr.api;

/**
 * Root of every exception DACR throws on purpose. Catching it catches all of them; the subtypes say
 * what went wrong precisely.
 *
 * <p>Unchecked, because most failures (a bad domain pack, an unknown plug-in id) are configuration
 * errors the caller cannot recover from locally. Input from untrusted parties (submissions) never
 * raises it: the verifier turns bad input into a {@code MALFORMED} verdict instead.
 */
public class DacrException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, for a person to read
     */
    public DacrException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, for a person to read
     * @param cause the underlying failure
     */
    public DacrException(String message, Throwable cause) {
        super(message, cause);
    }
}
