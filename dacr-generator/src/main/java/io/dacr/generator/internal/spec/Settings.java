package io.dacr.generator.internal.spec;

/**
 * The resolved size and difficulty of one generation: a preset with its knobs applied.
 *
 * @param entities entities of the pack's primary kind
 * @param paragraphs paragraphs of the document
 * @param traps traps placed in the document
 * @param questions questions asked
 * @param constraints constraints on the artifact
 * @param maxHops the deepest question, 1 to 6
 * @param aliasDensity percent of entity mentions that use an alias instead of the canonical name
 */
public record Settings(int entities, int paragraphs, int traps, int questions, int constraints, int maxHops,
                       int aliasDensity) {
}
