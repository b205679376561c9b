package io.dacr.generator.internal.world;

/**
 * One alias of an entity.
 *
 * @param kind the alias kind's index in the entity kind's alias list
 * @param text the alias as written
 */
public record Alias(int kind, String text) {
}
