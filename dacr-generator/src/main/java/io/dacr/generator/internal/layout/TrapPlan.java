package io.dacr.generator.internal.layout;

import io.dacr.api.TrapKind;
import io.dacr.generator.internal.world.Entity;
import io.dacr.generator.internal.world.WorldFact;
import java.math.BigDecimal;

/**
 * A trap chosen for a fact, before it is laid out.
 *
 * @param id the trap id, {@code t1}…
 * @param kind the trap kind
 * @param fact the fact it disguises
 * @param wrongValue the wrong value, canonical text form
 * @param wrongNumber the wrong value for numbers, else null
 * @param wrongEntity the wrong entity for entity references, else null
 * @param nearMissName the similarly named entity of a near-miss trap, else null
 */
public record TrapPlan(String id, TrapKind kind, WorldFact fact, String wrongValue, BigDecimal wrongNumber,
                       Entity wrongEntity, String nearMissName) {
}
