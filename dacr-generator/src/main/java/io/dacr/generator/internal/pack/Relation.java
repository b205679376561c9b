package io.dacr.generator.internal.pack;

import java.util.List;

/**
 * A relation between entity kinds.
 *
 * @param id the relation id
 * @param label a noun phrase naming the {@code to} side from the {@code from} side ("parent company")
 * @param from the kind of the {@code from} side
 * @param to the kind of the {@code to} side
 * @param manyToOne true for {@code many_to_one}, false for {@code many_to_many}
 * @param acyclic whether cycles are forbidden
 * @param propertyIds the ids of the numeric properties each link carries
 * @param phrasings sentence templates with {@code {from}}, {@code {to}} and the properties
 */
public record Relation(String id, String label, String from, String to, boolean manyToOne, boolean acyclic,
                       List<String> propertyIds, List<Template> phrasings) {
}
