package io.dacr.api;

/**
 * DACR was configured in a way it cannot work with: a required secret is missing, a setting is out
 * of range, a file named in the configuration cannot be read. Secrets are never part of the message.
 */
public final class ConfigurationException extends DacrException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong and, where possible, how to fix it
     */
    public ConfigurationException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and, where possible, how to fix it
     * @param cause the underlying failure
     */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
