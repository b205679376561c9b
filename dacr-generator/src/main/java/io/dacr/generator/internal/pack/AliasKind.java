package io.dacr.generator.internal.pack;

import java.util.List;

/**
 * A kind of alias of an entity kind (abbreviation, former name, descriptive reference…).
 *
 * @param kind the alias kind's name
 * @param templates how aliases of this kind are made
 * @param introductions sentences that introduce an alias, with {@code {name}} and {@code {alias}}
 */
public record AliasKind(String kind, List<Template> templates, List<Template> introductions) {
}
