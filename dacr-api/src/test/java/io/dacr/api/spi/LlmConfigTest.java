package io.dacr.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LlmConfigTest {

    private static final URI BASE = URI.create("http://127.0.0.1:8000/v1");

    private static LlmConfig.Builder builder() {
        return LlmConfig.builder(BASE, "qwen2.5-7b-instruct");
    }

    @Test
    void theBuilderDefaultsToNoApiKeyBackEndTemperatureAndNoSeed() {
        LlmConfig config = builder().build();

        assertNull(config.apiKeyEnvironmentVariable());
        assertNull(config.temperature());
        assertNull(config.seed());
    }

    @Test
    void theBuilderDefaultsTo4096Tokens() {
        assertEquals(4096, builder().build().maxTokens());
    }

    @Test
    void theBuilderDefaultsTo10SecondsToConnectAnd120ToReply() {
        LlmConfig config = builder().build();

        assertEquals(Duration.ofSeconds(10), config.connectTimeout());
        assertEquals(Duration.ofSeconds(120), config.readTimeout());
    }

    @Test
    void theBuilderDefaultsToNoOptions() {
        assertEquals(Map.of(), builder().build().options());
    }

    @Test
    void theBuilderKeepsBaseUrlAndModel() {
        LlmConfig config = builder().build();

        assertEquals(BASE, config.baseUrl());
        assertEquals("qwen2.5-7b-instruct", config.model());
    }

    @Test
    void everySettingOfTheBuilderReachesTheConfig() {
        LlmConfig config = builder()
                .apiKeyEnvironmentVariable("OPENAI_API_KEY")
                .temperature(new BigDecimal("0.2"))
                .maxTokens(512)
                .seed(42L)
                .connectTimeout(Duration.ofSeconds(3))
                .readTimeout(Duration.ofSeconds(30))
                .option("top_p", "0.9")
                .build();

        assertEquals(new LlmConfig(BASE, "qwen2.5-7b-instruct", "OPENAI_API_KEY", new BigDecimal("0.2"), 512, 42L,
                Duration.ofSeconds(3), Duration.ofSeconds(30), new TreeMap<>(Map.of("top_p", "0.9"))), config);
    }

    @Test
    void optionsAreSortedByName() {
        LlmConfig config = builder().option("top_p", "0.9").option("min_p", "0.05").option("repetition_penalty", "1.1")
                .build();

        assertEquals(List.of("min_p", "repetition_penalty", "top_p"), List.copyOf(config.options().keySet()));
    }

    @Test
    void optionsCannotBeModified() {
        LlmConfig config = builder().option("top_p", "0.9").build();

        assertThrows(UnsupportedOperationException.class, () -> config.options().put("top_k", "40"));
    }

    @Test
    void aConfigDoesNotChangeWhenItsBuilderIsUsedAgain() {
        LlmConfig.Builder builder = builder().option("top_p", "0.9");
        LlmConfig first = builder.build();

        builder.option("top_k", "40").maxTokens(8);

        assertEquals(Map.of("top_p", "0.9"), first.options());
        assertEquals(4096, first.maxTokens());
    }

    @Test
    void aBlankModelIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LlmConfig.builder(BASE, " ").build());
        assertTrue(e.getMessage().contains("model"), e.getMessage());
    }

    @Test
    void aMissingBaseUrlIsRejectedNamingTheField() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> LlmConfig.builder(null, "m").build());
        assertTrue(e.getMessage().contains("baseUrl"), e.getMessage());
    }

    @Test
    void aNegativeTemperatureIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder().temperature(new BigDecimal("-0.1")).build());
        assertTrue(e.getMessage().contains("temperature"), e.getMessage());
    }

    @Test
    void aTemperatureOfZeroIsAccepted() {
        assertEquals(BigDecimal.ZERO, builder().temperature(BigDecimal.ZERO).build().temperature());
    }

    @Test
    void zeroMaxTokensAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder().maxTokens(0).build());
        assertTrue(e.getMessage().contains("maxTokens"), e.getMessage());
    }

    @Test
    void aZeroConnectTimeoutIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder().connectTimeout(Duration.ZERO).build());
        assertTrue(e.getMessage().contains("connectTimeout"), e.getMessage());
    }

    @Test
    void aNegativeReadTimeoutIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder().readTimeout(Duration.ofSeconds(-1)).build());
        assertTrue(e.getMessage().contains("readTimeout"), e.getMessage());
    }

    @Test
    void aBlankOptionNameIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> builder().option(" ", "x"));
    }
}
