package io.dacr.generator.internal.pack;

import java.util.List;

/**
 * A country and its cities.
 *
 * @param name the country's name
 * @param cities its cities
 */
public record Place(String name, List<String> cities) {
}
