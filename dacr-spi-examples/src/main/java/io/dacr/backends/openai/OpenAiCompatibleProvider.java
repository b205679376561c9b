package io.dacr.backends.openai;

import io.dacr.api.ConfigurationException;
import io.dacr.api.internal.Checks;
import io.dacr.api.spi.LlmBackend;
import io.dacr.api.spi.LlmConfig;
import io.dacr.api.spi.LlmProvider;
import io.dacr.backends.openai.internal.Settings;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The {@code openai} back end: the OpenAI-compatible chat-completions protocol that vLLM, Ollama,
 * llama.cpp's server and hosted APIs serve, over the JDK's HTTP client.
 *
 * <p>Configuration: {@link LlmConfig} (base URL such as {@code http://127.0.0.1:8000/v1}, model, API key
 * environment variable, temperature, max tokens, seed, connect and read timeouts) plus these options:
 * <ul>
 *   <li>{@code max_retries} (default 3): retries after the first try, for 429, 5xx, 408, timeouts,
 *       connection failures and unreadable responses;</li>
 *   <li>{@code initial_backoff_ms} (500) and {@code max_backoff_ms} (20000): exponential backoff
 *       (doubling) with ±20% jitter; a 429's {@code Retry-After} is honoured instead, up to
 *       {@code max_retry_after_ms} (120000), beyond which the error is raised at once;</li>
 *   <li>{@code stream} (false): ask for server-sent events and assemble the reply from the chunks.</li>
 * </ul>
 * The read timeout bounds each whole exchange (request sent to last byte received). Other statuses map to
 * non-retriable errors: 401/403 {@code AUTHENTICATION}, other 4xx {@code INVALID_REQUEST}. The API key is
 * read from the environment when the back end is created and sent as a bearer token; it is never
 * logged or put in a message.
 *
 * <pre>{@code
 * LlmBackend model = new OpenAiCompatibleProvider().create(
 *         LlmConfig.builder(URI.create("http://127.0.0.1:11434/v1"), "qwen2.5:7b-instruct")
 *                 .temperature(new BigDecimal("0.2")).option("stream", "true").build());
 * }</pre>
 */
public final class OpenAiCompatibleProvider implements LlmProvider {

    private final Map<String, String> environment;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DoubleSupplier jitter;

    /** The provider as ServiceLoader creates it: process environment, real sleeps, the UTC clock. */
    public OpenAiCompatibleProvider() {
        this(System.getenv(), Sleeper.SYSTEM, Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * A provider with its collaborators chosen, for tests and embedders.
     *
     * @param environment where the API key variable is looked up
     * @param sleeper waits between retries
     * @param clock reads the time for Retry-After dates
     * @param jitter gives numbers in [0, 1) that spread the backoff delays
     * @throws IllegalArgumentException if an argument is null
     */
    public OpenAiCompatibleProvider(Map<String, String> environment, Sleeper sleeper, Clock clock, DoubleSupplier jitter) {
        this.environment = Checks.notNull(environment, "environment");
        this.sleeper = Checks.notNull(sleeper, "sleeper");
        this.clock = Checks.notNull(clock, "clock");
        this.jitter = Checks.notNull(jitter, "jitter");
    }

    @Override
    public String id() {
        return "openai";
    }

    @Override
    public String description() {
        return "OpenAI-compatible chat completions over HTTP (vLLM, Ollama, llama.cpp server, hosted APIs)";
    }

    /**
     * @param config where and how to reach the model
     * @return the back end; nothing is sent until the first chat
     * @throws ConfigurationException if the base URL is not http(s), an option is unknown or invalid, or
     *     the API key variable is named but not set
     * @throws IllegalArgumentException if {@code config} is null
     */
    @Override
    public LlmBackend create(LlmConfig config) {
        Checks.notNull(config, "config");
        Settings settings = Settings.of(config);
        String apiKey = null;
        String variable = config.apiKeyEnvironmentVariable();
        if (variable != null && !variable.isBlank()) {
            apiKey = environment.get(variable);
            if (apiKey == null || apiKey.isBlank()) {
                throw new ConfigurationException("the API key variable " + variable + " is not set");
            }
        }
        return new OpenAiCompatibleBackend(config, settings, apiKey, sleeper, clock, jitter);
    }
}
