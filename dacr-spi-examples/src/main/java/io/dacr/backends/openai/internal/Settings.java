package io.dacr.backends.openai.internal;

import io.dacr.api.ConfigurationException;
import io.dacr.api.spi.LlmConfig;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The back end's settings: {@link LlmConfig} plus its provider options, checked once at creation.
 *
 * @param endpoint the chat-completions URL ({@code <baseUrl>/chat/completions})
 * @param maxRetries retries after the first try, for retriable failures
 * @param initialBackoff the delay before the first retry, before jitter
 * @param maxBackoff the longest delay between tries, before jitter
 * @param maxRetryAfter the longest server-requested delay honoured; a longer Retry-After fails at once
 * @param stream whether to ask for a server-sent-event stream
 */
public record Settings(URI endpoint, int maxRetries, Duration initialBackoff, Duration maxBackoff,
                       Duration maxRetryAfter, boolean stream) {

    /** The options the back end understands, with their defaults. */
    public static final Map<String, String> OPTIONS = Map.of(
            "max_retries", "3",
            "initial_backoff_ms", "500",
            "max_backoff_ms", "20000",
            "max_retry_after_ms", "120000",
            "stream", "false");

    /**
     * @param config the configuration
     * @return the settings
     * @throws ConfigurationException if the base URL is not http(s) or an option is unknown or invalid
     */
    public static Settings of(LlmConfig config) {
        URI base = config.baseUrl();
        String scheme = base.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || base.getHost() == null) {
            throw new ConfigurationException("the base URL must be an http or https URL such as "
                    + "http://127.0.0.1:8000/v1, was " + base);
        }
        for (String name : config.options().keySet()) {
            if (!OPTIONS.containsKey(name)) {
                throw new ConfigurationException("unknown option '" + name + "' for the openai back end; known: "
                        + String.join(", ", List.copyOf(new java.util.TreeSet<>(OPTIONS.keySet()))));
            }
        }
        String text = base.toString();
        URI endpoint = URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + "/chat/completions");
        int maxRetries = (int) number(config, "max_retries", 0, 20);
        Duration initial = Duration.ofMillis(number(config, "initial_backoff_ms", 0, 600_000));
        Duration max = Duration.ofMillis(number(config, "max_backoff_ms", 0, 3_600_000));
        Duration maxRetryAfter = Duration.ofMillis(number(config, "max_retry_after_ms", 0, 3_600_000));
        String stream = config.options().getOrDefault("stream", OPTIONS.get("stream"));
        if (!stream.equals("true") && !stream.equals("false")) {
            throw new ConfigurationException("option stream must be true or false, was '" + stream + "'");
        }
        return new Settings(endpoint, maxRetries, initial, max, maxRetryAfter, Boolean.parseBoolean(stream));
    }

    private static long number(LlmConfig config, String name, long min, long max) {
        String value = config.options().getOrDefault(name, OPTIONS.get(name));
        try {
            long n = Long.parseLong(value.strip());
            if (n < min || n > max) {
                throw new ConfigurationException("option " + name + " must be " + min + " to " + max + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigurationException("option " + name + " must be a whole number, was '" + value + "'", e);
        }
    }
}
