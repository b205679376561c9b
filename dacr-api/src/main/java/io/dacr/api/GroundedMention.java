package io.dacr.api;

import io.dacr.api.internal.Checks;

/**
 * One statement of a fact in a paragraph: under which name of the entity and in which surface form.
 *
 * @param paragraphId the paragraph
 * @param factId the fact stated there
 * @param alias the name the entity goes by in that statement (canonical name or an alias)
 * @param surfaceForm the value as written, e.g. "$1.66 billion"
 */
public record GroundedMention(String paragraphId, String factId, String alias, String surfaceForm) {

    /** Validates every component. */
    public GroundedMention {
        Checks.requireArgument(Paragraph.isParagraphId(paragraphId), "not a paragraph id: '%s'", paragraphId);
        Checks.notBlank(factId, "factId");
        Checks.notBlank(alias, "alias");
        Checks.notBlank(surfaceForm, "surfaceForm");
    }
}
