package io.dacr.generator.internal.layout;

import io.dacr.generator.internal.world.Alias;
import io.dacr.generator.internal.world.Entity;
import io.dacr.generator.internal.world.WorldFact;

/**
 * One sentence of the document as planned by the layout: what it states, under which name and in
 * which surface form, and where it goes. The prose stage only chooses wording.
 */
public final class Unit {

    /** What a unit says. */
    public enum Kind {
        /** A plain statement of a value (correct or, for a superseded trap, wrong). */
        STATEMENT,
        /** A statement wrapped in an authority cue. */
        WRAPPED,
        /** A hypothetical ("had the merger closed…") with a wrong value. */
        HYPOTHETICAL,
        /** The introduction of an alias. */
        INTRO
    }

    private final Kind kind;
    private final Cue cue;
    private final int cueTemplate;
    private final WorldFact fact;
    private final Entity subject;
    private final String subjectName;
    private final String valueText;
    private final boolean grounded;
    private final String previousValue;
    private final Alias alias;
    private int paragraph;
    private double rank;
    /** True for the units of a trap's ordered chain, whose places the layout never swaps. */
    boolean chained;
    /** The position of {@link #fact()} in the world's fact list, where the layout planner knows it, else -1. */
    int factPosition = -1;

    Unit(Kind kind, Cue cue, int cueTemplate, WorldFact fact, Entity subject, String subjectName, String valueText,
         boolean grounded, String previousValue, Alias alias) {
        this.kind = kind;
        this.cue = cue;
        this.cueTemplate = cueTemplate;
        this.fact = fact;
        this.subject = subject;
        this.subjectName = subjectName;
        this.valueText = valueText;
        this.grounded = grounded;
        this.previousValue = previousValue;
        this.alias = alias;
    }

    /** @return what the unit says */
    public Kind kind() {
        return kind;
    }

    /** @return the cue class of a wrapped or hypothetical unit, else null */
    public Cue cue() {
        return cue;
    }

    /** @return the index of the cue template within its class (wrapped and hypothetical units; 0 otherwise) */
    public int cueTemplate() {
        return cueTemplate;
    }

    /** @return the fact the unit is about (for a near-miss statement: the fact it imitates) */
    public WorldFact fact() {
        return fact;
    }

    /** @return the world entity the sentence is about, or null for a near-miss entity */
    public Entity subject() {
        return subject;
    }

    /** @return the name the subject goes by in this sentence */
    public String subjectName() {
        return subjectName;
    }

    /** @return the value as written (a surface form, a name or a text) */
    public String valueText() {
        return valueText;
    }

    /** @return true if the unit states the fact's correct value (it is in the grounding index) */
    public boolean grounded() {
        return grounded;
    }

    /** @return the corrected value for correction cues, else null */
    public String previousValue() {
        return previousValue;
    }

    /** @return the alias an introduction introduces, else null */
    public Alias alias() {
        return alias;
    }

    /** @return the paragraph number, from 0 */
    public int paragraph() {
        return paragraph;
    }

    /** @return the order within the paragraph */
    public double rank() {
        return rank;
    }

    void place(int paragraph, double rank) {
        this.paragraph = paragraph;
        this.rank = rank;
    }

    /**
     * @param name a name
     * @return true if the sentence names something by {@code name}
     */
    public boolean uses(String name) {
        return name.equals(subjectName) || (kind != Kind.INTRO && name.equals(valueText));
    }
}
