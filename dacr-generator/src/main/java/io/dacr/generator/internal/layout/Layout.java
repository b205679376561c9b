package io.dacr.generator.internal.layout;

import io.dacr.api.GroundingIndex;
import io.dacr.api.Trap;
import java.util.List;
import java.util.Map;

/**
 * The document's plan: every sentence with its paragraph, name and surface form; the traps as
 * recorded in the key; and the grounding index. Everything the answer key needs, without prose.
 *
 * @param paragraphCount the number of paragraphs
 * @param units the units in document order
 * @param traps the recorded traps
 * @param plans the trap plans behind them, in the same order
 * @param grounding the grounding index
 * @param citation for each fact id, the paragraph id that states its correct value
 */
public record Layout(int paragraphCount, List<Unit> units, List<Trap> traps, List<TrapPlan> plans,
                     GroundingIndex grounding, Map<String, String> citation) {
}
