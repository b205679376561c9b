package io.dacr.cli.internal;

import io.dacr.api.spi.ChainConfig;
import io.dacr.api.spi.ChainConnector;
import io.dacr.api.spi.ChainProvider;
import io.dacr.api.spi.DomainProvider;
import io.dacr.api.spi.LlmBackend;
import io.dacr.api.spi.LlmConfig;
import io.dacr.api.spi.LlmProvider;
import io.dacr.core.plugin.PluginRegistry;
import java.util.List;

/** Providers built in the test, so that listings can be checked against known plug-ins. */
final class TestProviders {

    private TestProviders() {
    }

    static PluginRegistry none() {
        return PluginRegistry.of(List.of(), List.of(), List.of());
    }

    /** A domain provider whose pack is never read by the commands under test. */
    record Domain(String id, String description) implements DomainProvider {
        @Override
        public String packJson() {
            return "{\"id\":\"" + id + "\"}";
        }
    }

    /** An LLM provider; listing plug-ins must not create back ends. */
    record Llm(String id, String description) implements LlmProvider {
        @Override
        public LlmBackend create(LlmConfig config) {
            throw new AssertionError("listing plug-ins must not create an LLM back end");
        }
    }

    /** A chain provider; listing plug-ins must not connect to a chain. */
    record Chain(String id, String description) implements ChainProvider {
        @Override
        public ChainConnector connect(ChainConfig config) {
            throw new AssertionError("listing plug-ins must not connect to a chain");
        }
    }
}
