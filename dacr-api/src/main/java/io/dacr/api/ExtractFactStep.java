package io.dacr.api;

import io.dacr.api.internal.Checks;

/**
 * A trace step that reads a fact from the document.
 *
 * @param targetEntity the entity, by any of its names
 * @param attribute the attribute read
 * @param valueExtracted the value as read
 * @param source the paragraph cited, {@code paragraph_N}
 */
public record ExtractFactStep(String targetEntity, String attribute, String valueExtracted, String source)
        implements TraceStep {

    /** The wire name of this step type. */
    public static final String TYPE = "extract_fact";

    /** Requires every component to be present (their content is the verifier's business). */
    public ExtractFactStep {
        Checks.notNull(targetEntity, "targetEntity");
        Checks.notNull(attribute, "attribute");
        Checks.notNull(valueExtracted, "valueExtracted");
        Checks.notNull(source, "source");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
