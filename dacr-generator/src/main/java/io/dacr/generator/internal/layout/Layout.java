package io.dacr.generator.internal.layout;

import io.dacr.api.GroundingIndex;
import io.dacr.api.Trap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The document's plan: every sentence with its paragraph, name and surface form; the traps as
 * recorded in the key; and the grounding index. Everything the answer key needs, without prose.
 *
 * <p>The alias introductions are placed only when {@link #units()} is first asked for: they are
 * wording (they state no fact and move no statement), so the key-only path never places them.
 */
public final class Layout {

    private final int paragraphCount;
    private final List<Unit> statements;
    private final List<Trap> traps;
    private final List<TrapPlan> plans;
    private final GroundingIndex grounding;
    private final Map<String, String> citation;
    private Supplier<List<Unit>> deferredUnits;
    private List<Unit> units;

    /**
     * @param paragraphCount the number of paragraphs
     * @param statements the units without the alias introductions, in document order
     * @param traps the recorded traps
     * @param plans the trap plans behind them, in the same order
     * @param grounding the grounding index
     * @param citation for each fact id, the paragraph id that states its correct value
     * @param units makes every unit, introductions included, in document order (called once, when
     *     first asked for)
     */
    Layout(int paragraphCount, List<Unit> statements, List<Trap> traps, List<TrapPlan> plans, GroundingIndex grounding,
           Map<String, String> citation, Supplier<List<Unit>> units) {
        this.paragraphCount = paragraphCount;
        this.statements = statements;
        this.traps = traps;
        this.plans = plans;
        this.grounding = grounding;
        this.citation = citation;
        this.deferredUnits = units;
    }

    /** @return the number of paragraphs */
    public int paragraphCount() {
        return paragraphCount;
    }

    /** @return the units in document order, alias introductions included */
    public synchronized List<Unit> units() {
        if (units == null) {
            units = deferredUnits.get();
            deferredUnits = null;
        }
        return units;
    }

    /** @return the units that state a value (every unit but the alias introductions), in document order */
    public List<Unit> statements() {
        return statements;
    }

    /** @return the recorded traps */
    public List<Trap> traps() {
        return traps;
    }

    /** @return the trap plans behind them, in the same order */
    public List<TrapPlan> plans() {
        return plans;
    }

    /** @return the grounding index */
    public GroundingIndex grounding() {
        return grounding;
    }

    /** @return for each fact id, the paragraph id that states its correct value */
    public Map<String, String> citation() {
        return citation;
    }
}
