package io.dacr.api.spi;

/**
 * What every plug-in provider has: a stable id by which it is chosen. Ids are lower-case identifiers
 * ({@code corporate-finance}, {@code openai}); two providers of one SPI must not share an id.
 *
 * <p>Providers are found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/<SPI interface name>} and give it a public no-argument constructor.
 * A provider's constructor and {@link #id()} must be cheap and must not fail: expensive or fallible
 * work belongs in the methods that create things.
 */
public interface Provider {

    /** @return the provider's stable id, a lower-case identifier */
    String id();

    /** @return one line saying what the provider offers, for listings */
    String description();
}
