package io.dacr.generator;

/**
 * The named presets of {@link DacrGenerator}: sizes and difficulty before knobs are applied.
 *
 * <table>
 *   <caption>Presets</caption>
 *   <tr><th>preset</th><th>facts</th><th>paragraphs</th><th>traps</th><th>questions</th><th>constraints</th><th>max_hops</th><th>alias_density</th></tr>
 *   <tr><td>{@code standard}</td><td>130</td><td>100</td><td>14</td><td>10</td><td>8</td><td>6</td><td>40</td></tr>
 *   <tr><td>{@code small}</td><td>46</td><td>24</td><td>4</td><td>6</td><td>5</td><td>6</td><td>40</td></tr>
 * </table>
 *
 * <p>A preset names a target number of facts rather than of entities, because packs differ in how
 * many attributes an entity has: without an {@code entities} knob, the world gets the fewest entities
 * of the pack's primary kind (at least {@value DacrGenerator#MIN_ENTITIES}) whose facts reach the
 * target, every other kind getting a third as many (at least two). For the shipped corporate-finance
 * pack that is 10 companies and 4 audit firms in {@code standard}.
 *
 * <p>{@code standard} is the reference size (about 100 paragraphs and 20,000 characters, 10 questions,
 * 8 constraints); {@code small} is for tests and quick looks.
 */
public enum Preset {
    /** The reference size. */
    STANDARD(130, 100, 14, 10, 8, 6, 40),
    /** A small challenge for tests. */
    SMALL(46, 24, 4, 6, 5, 6, 40);

    private final int facts;
    private final int paragraphs;
    private final int traps;
    private final int questions;
    private final int constraints;
    private final int maxHops;
    private final int aliasDensity;

    Preset(int facts, int paragraphs, int traps, int questions, int constraints, int maxHops, int aliasDensity) {
        this.facts = facts;
        this.paragraphs = paragraphs;
        this.traps = traps;
        this.questions = questions;
        this.constraints = constraints;
        this.maxHops = maxHops;
        this.aliasDensity = aliasDensity;
    }

    /** @return the name used in {@link io.dacr.api.GenerationSpec#preset()}, e.g. {@code standard} */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @return the number of facts the world aims at when no {@code entities} knob is given */
    public int facts() {
        return facts;
    }

    /** @return paragraphs of the document */
    public int paragraphs() {
        return paragraphs;
    }

    /** @return traps placed */
    public int traps() {
        return traps;
    }

    /** @return questions asked */
    public int questions() {
        return questions;
    }

    /** @return constraints on the artifact */
    public int constraints() {
        return constraints;
    }

    /** @return the deepest question */
    public int maxHops() {
        return maxHops;
    }

    /** @return percent of entity mentions that use an alias */
    public int aliasDensity() {
        return aliasDensity;
    }
}
