/**
 * The plug-in SPI, discovered with {@link java.util.ServiceLoader}: {@link io.dacr.api.spi.DomainProvider}
 * (domain packs), {@link io.dacr.api.spi.LlmProvider} (LLM back ends) and
 * {@link io.dacr.api.spi.ChainProvider} (chain connectors). Every provider has a stable id
 * ({@link io.dacr.api.spi.Provider#id()}). The {@code dacr-testkit} module has an abstract TCK test
 * class per SPI for plug-in authors to extend.
 */
package io.dacr.api.spi;
