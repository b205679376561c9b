package io.dacr.core.solve.internal;

import io.dacr.core.solve.internal.PackGrammar.Cue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of several statements of one attribute of one entity a solver believes: the rule that makes
 * each shortcut what it is.
 */
enum Selection {
    /** The first statement, whatever its authority (hypotheticals are not statements). */
    FIRST,
    /** The last statement, whatever its authority. */
    LAST,
    /** The value stated most often, whatever the authority; a tie goes to the value stated first. */
    MAJORITY,
    /**
     * The most authoritative statement: final or corrected over plain, plain over preliminary or
     * rumoured; hypotheticals never; the last among equals.
     */
    AUTHORITATIVE,
    /** A key/value table: every match overwrites the one before, hypotheticals included. */
    LAST_WRITE;

    /**
     * @param mentions statements of one attribute of one entity, in document order
     * @param sameValue whether two mentions state the same value
     * @return the statement believed, or null if none qualifies
     */
    Mention choose(List<Mention> mentions, java.util.function.BiPredicate<Mention, Mention> sameValue) {
        List<Mention> usable = new ArrayList<>();
        for (Mention m : mentions) {
            if (this == LAST_WRITE || m.cue() != Cue.HYPOTHETICAL) {
                usable.add(m);
            }
        }
        if (usable.isEmpty()) {
            return null;
        }
        return switch (this) {
            case FIRST -> usable.get(0);
            case LAST, LAST_WRITE -> usable.get(usable.size() - 1);
            case MAJORITY -> majority(usable, sameValue);
            case AUTHORITATIVE -> authoritative(usable);
        };
    }

    private static Mention majority(List<Mention> usable, java.util.function.BiPredicate<Mention, Mention> sameValue) {
        Mention best = null;
        int bestCount = 0;
        for (Mention m : usable) {
            int count = 0;
            for (Mention o : usable) {
                if (sameValue.test(m, o)) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = m;
                bestCount = count;
            }
        }
        return best;
    }

    private static Mention authoritative(List<Mention> usable) {
        Mention best = null;
        int bestRank = -1;
        for (Mention m : usable) {
            int rank = switch (m.cue()) {
                case FINAL, CORRECTION -> 2;
                case PLAIN -> 1;
                default -> 0;
            };
            if (rank >= bestRank) {
                best = m;
                bestRank = rank;
            }
        }
        return best;
    }

    /** Numbers compare by value. */
    static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }
}
