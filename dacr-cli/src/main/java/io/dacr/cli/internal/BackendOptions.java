package io.dacr.cli.internal;

import io.dacr.api.spi.LlmConfig;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/**
 * The options that choose and configure an LLM back end, for commands where a back end is optional
 * ({@code dacr bench}): nothing is required here; the command says when {@code --base-url} and
 * {@code --model} must be given. Defaults as in {@code dacr mine}.
 */
final class BackendOptions {

    @Option(names = "--backend", defaultValue = "openai", paramLabel = "ID",
            description = "The LLM back end (see 'dacr plugins') (default: ${DEFAULT-VALUE}).")
    String backendId;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Run a model: the back end's base URL, e.g. http://127.0.0.1:8000/v1 (vLLM).")
    URI baseUrl;

    @Option(names = "--model", paramLabel = "M", description = "The model to ask (with --base-url).")
    String model;

    @Option(names = "--api-key-env", paramLabel = "VAR",
            description = "The environment variable holding the API key (never give the key itself on the command line).")
    String apiKeyEnv;

    @Option(names = "--temperature", paramLabel = "T", description = "Sampling temperature (default: the server's).")
    BigDecimal temperature;

    @Option(names = "--max-tokens", defaultValue = "4096", paramLabel = "N",
            description = "The most tokens per reply (default: ${DEFAULT-VALUE}).")
    int maxTokens;

    @Option(names = "--timeout", defaultValue = "300", paramLabel = "SECONDS",
            description = "How long one reply may take (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--option", paramLabel = "NAME=VALUE",
            description = "A back-end option, e.g. max_retries=5 or stream=true; repeatable.")
    Map<String, String> options;

    /** @return true if a back end was asked for ({@code --base-url} or {@code --model} given) */
    boolean given() {
        return baseUrl != null || model != null;
    }

    /**
     * @return the back end's configuration
     * @throws IllegalArgumentException if a setting is invalid
     */
    LlmConfig config() {
        LlmConfig.Builder b = LlmConfig.builder(baseUrl, model).apiKeyEnvironmentVariable(apiKeyEnv)
                .temperature(temperature).maxTokens(maxTokens).readTimeout(Duration.ofSeconds(timeoutSeconds));
        if (options != null) {
            new TreeMap<>(options).forEach(b::option);
        }
        return b.build();
    }
}
