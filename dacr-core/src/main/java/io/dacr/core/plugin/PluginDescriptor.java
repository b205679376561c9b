package io.dacr.core.plugin;

import java.util.Objects;

/**
 * What the registry found: one provider of one SPI.
 *
 * @param type the SPI
 * @param id the provider's id
 * @param description the provider's one-line description
 * @param className the provider's class
 */
public record PluginDescriptor(PluginType type, String id, String description, String className) {

    /** Requires every component. */
    public PluginDescriptor {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(className, "className");
    }
}
