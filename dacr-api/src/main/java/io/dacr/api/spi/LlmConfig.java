package io.dacr.api.spi;

import io.dacr.api.internal.Checks;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How to reach and drive an LLM back end. The API key is never part of the configuration: only the
 * name of the environment variable that holds it.
 *
 * <pre>{@code
 * LlmConfig config = LlmConfig.builder(URI.create("http://127.0.0.1:8000/v1"), "qwen2.5-7b-instruct")
 *         .apiKeyEnvironmentVariable("OPENAI_API_KEY")
 *         .temperature(new BigDecimal("0.2"))
 *         .build();
 * }</pre>
 *
 * @param baseUrl the back end's base URL
 * @param model the model to ask
 * @param apiKeyEnvironmentVariable the environment variable holding the API key, or null for none
 * @param temperature sampling temperature, or null for the back end's default
 * @param maxTokens the most tokens to generate, positive
 * @param seed a sampling seed, or null for none
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for a reply
 * @param options provider-specific settings, sorted by name
 */
public record LlmConfig(URI baseUrl, String model, String apiKeyEnvironmentVariable, BigDecimal temperature,
                        int maxTokens, Long seed, Duration connectTimeout, Duration readTimeout,
                        SortedMap<String, String> options) {

    /** Validates and copies. */
    public LlmConfig {
        Checks.notNull(baseUrl, "baseUrl");
        Checks.notBlank(model, "model");
        Checks.requireArgument(temperature == null || temperature.signum() >= 0, "temperature must not be negative");
        Checks.positive(maxTokens, "maxTokens");
        Checks.requireArgument(connectTimeout != null && !connectTimeout.isNegative() && !connectTimeout.isZero(),
                "connectTimeout must be positive");
        Checks.requireArgument(readTimeout != null && !readTimeout.isNegative() && !readTimeout.isZero(),
                "readTimeout must be positive");
        options = Collections.unmodifiableSortedMap(new TreeMap<>(Checks.notNull(options, "options")));
    }

    /**
     * @param baseUrl the back end's base URL
     * @param model the model to ask
     * @return a builder with defaults: no API key, back-end temperature, 4096 tokens, no seed, 10 s to
     *     connect, 120 s to reply
     */
    public static Builder builder(URI baseUrl, String model) {
        return new Builder(baseUrl, model);
    }

    /** Builds an {@link LlmConfig}. */
    public static final class Builder {
        private final URI baseUrl;
        private final String model;
        private String apiKeyEnvironmentVariable;
        private BigDecimal temperature;
        private int maxTokens = 4096;
        private Long seed;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(120);
        private final TreeMap<String, String> options = new TreeMap<>();

        private Builder(URI baseUrl, String model) {
            this.baseUrl = baseUrl;
            this.model = model;
        }

        /** @param name the environment variable holding the API key @return this */
        public Builder apiKeyEnvironmentVariable(String name) {
            this.apiKeyEnvironmentVariable = name;
            return this;
        }

        /** @param temperature sampling temperature @return this */
        public Builder temperature(BigDecimal temperature) {
            this.temperature = temperature;
            return this;
        }

        /** @param maxTokens the most tokens to generate @return this */
        public Builder maxTokens(int maxTokens) {
            this.maxTokens = maxTokens;
            return this;
        }

        /** @param seed a sampling seed @return this */
        public Builder seed(Long seed) {
            this.seed = seed;
            return this;
        }

        /** @param timeout how long to wait for a connection @return this */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /** @param timeout how long to wait for a reply @return this */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        /** @param name a provider-specific setting @param value its value @return this */
        public Builder option(String name, String value) {
            options.put(Checks.notBlank(name, "name"), Checks.notNull(value, "value"));
            return this;
        }

        /** @return the configuration @throws IllegalArgumentException if a setting is invalid */
        public LlmConfig build() {
            return new LlmConfig(baseUrl, model, apiKeyEnvironmentVariable, temperature, maxTokens, seed,
                    connectTimeout, readTimeout, options);
        }
    }
}
