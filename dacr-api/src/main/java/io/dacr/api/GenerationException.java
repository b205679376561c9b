package io.dacr.api;

/**
 * The generator could not build a challenge that meets its own contract (for example the domain pack
 * is too small for the requested number of entities). It never produces a challenge that would not
 * pass its own quality checks instead.
 */
public final class GenerationException extends DacrException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what could not be generated and why
     */
    public GenerationException(String message) {
        super(message);
    }

    /**
     * @param message what could not be generated and why
     * @param cause the underlying failure
     */
    public GenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
