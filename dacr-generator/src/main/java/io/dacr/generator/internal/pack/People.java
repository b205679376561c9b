package io.dacr.generator.internal.pack;

import java.util.List;

/**
 * The name parts of people.
 *
 * @param givenNames given names
 * @param familyNames family names
 * @param patterns name templates over {@code {given}} and {@code {family}}
 */
public record People(List<String> givenNames, List<String> familyNames, List<Template> patterns) {
}
