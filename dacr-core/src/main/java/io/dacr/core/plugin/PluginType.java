package io.dacr.core.plugin;

import io.dacr.api.spi.ChainProvider;
import io.dacr.api.spi.DomainProvider;
import io.dacr.api.spi.LlmProvider;
import io.dacr.api.spi.Provider;
import java.util.Locale;

/** The three kinds of plug-in, each an SPI interface found with {@link java.util.ServiceLoader}. */
public enum PluginType {
    /** {@link DomainProvider}: domain packs. */
    DOMAIN(DomainProvider.class),
    /** {@link LlmProvider}: LLM back ends. */
    LLM(LlmProvider.class),
    /** {@link ChainProvider}: chain connectors. */
    CHAIN(ChainProvider.class);

    private final Class<? extends Provider> spi;

    PluginType(Class<? extends Provider> spi) {
        this.spi = spi;
    }

    /** @return the SPI interface */
    public Class<? extends Provider> spi() {
        return spi;
    }

    /** @return the wire name: {@code domain}, {@code llm} or {@code chain} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
