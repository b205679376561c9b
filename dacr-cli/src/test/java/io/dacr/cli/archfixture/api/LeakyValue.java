package io.dacr.cli.archfixture.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Fixture: an API type that exposes a third-party type, which the API rule must reject.
 *
 * @param tree a Jackson tree
 */
public record LeakyValue(JsonNode tree) {
}
