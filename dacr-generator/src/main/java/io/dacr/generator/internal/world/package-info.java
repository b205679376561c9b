/** World sampling: entities, canonical names, aliases, attribute values, relation links. Not API. */
package io.dacr.generator.internal.world;
