package io.dacr.core.solve.internal;

import io.dacr.core.solve.internal.PackGrammar.Attribute;
import io.dacr.core.solve.internal.PackGrammar.Cue;

/**
 * One value stated in the document, as a reader found it: a sentence that gives an attribute of a
 * named subject, with the authority cue around it.
 *
 * @param paragraph the paragraph's index, from 0
 * @param order the mention's position in the document, from 0
 * @param attribute the attribute (or relation) stated
 * @param subject the subject's name as written
 * @param valueText the value as written (a surface form, a name or a text)
 * @param cue the authority cue around the statement ({@link Cue#PLAIN} for none)
 */
record Mention(int paragraph, int order, Attribute attribute, String subject, String valueText, Cue cue) {
}
