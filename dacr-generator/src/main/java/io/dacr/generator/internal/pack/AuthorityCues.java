package io.dacr.generator.internal.pack;

import java.util.List;

/**
 * Templates that say how authoritative a statement is.
 *
 * @param finalCues audited, definitive ({@code {statement}})
 * @param correction errata and restatements ({@code {statement}}, optionally {@code {previousValue}})
 * @param preliminary early estimates ({@code {statement}})
 * @param hearsay rumours ({@code {statement}})
 * @param hypothetical what would have been ({@code {entity}}, {@code {attribute}}, {@code {value}})
 */
public record AuthorityCues(List<Template> finalCues, List<Template> correction, List<Template> preliminary,
                            List<Template> hearsay, List<Template> hypothetical) {
}
