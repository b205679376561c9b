package io.dacr.api;

/** How an answer is graded (see the verification contract in DESIGN.md). */
public enum AnswerType {
    /** The canonical name or an alias of an entity, after normalisation. */
    ENTITY,
    /** A number, compared by value within the question's tolerance and unit. */
    NUMBER,
    /** Free text such as a person's name, normalised and compared exactly with the accepted forms. */
    TEXT
}
