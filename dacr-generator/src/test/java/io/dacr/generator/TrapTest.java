package io.dacr.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.Fact;
import io.dacr.api.GeneratedChallenge;
import io.dacr.api.GoldAnswer;
import io.dacr.api.Trap;
import io.dacr.api.TrapKind;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrapTest {

    @Test
    void everyTrapKindAppearsInEveryStandardChallenge() {
        for (GeneratedChallenge g : Batch.standard()) {
            EnumSet<TrapKind> kinds = EnumSet.noneOf(TrapKind.class);
            g.key().traps().forEach(t -> kinds.add(t.kind()));
            assertEquals(EnumSet.allOf(TrapKind.class), kinds, g.challenge().id().toString());
        }
    }

    @Test
    void aTrapRecordsItsTargetWithTheCorrectValueOfThatFact() {
        for (GeneratedChallenge g : Batch.all()) {
            for (Trap t : g.key().traps()) {
                Fact target = g.key().facts().stream().filter(f -> f.id().equals(t.targetFactId())).findFirst().orElseThrow();
                assertEquals(target.value(), t.correctValue());
                assertNotEquals(t.correctValue(), t.wrongValue());
                assertFalse(t.cue().isBlank());
            }
        }
    }

    @Test
    void theWrongTextValueOfATrapIsWrittenInOneOfItsParagraphs() {
        for (GeneratedChallenge g : Batch.all()) {
            Map<String, String> text = DocumentTest.texts(g);
            java.util.Set<String> entities = new java.util.HashSet<>();
            g.key().facts().forEach(f -> entities.add(f.entity()));
            for (Trap t : g.key().traps()) {
                // Numbers are written in surface forms and wrong entities may go by an alias.
                if (!t.wrongValue().matches("[0-9.]+") && !entities.contains(t.wrongValue()) && t.kind() != TrapKind.ALIAS_ONLY) {
                    assertTrue(t.paragraphIds().stream().anyMatch(p -> text.get(p).contains(t.wrongValue())), t.toString());
                }
            }
        }
    }

    @Test
    void hearsayRepeatsTheWrongValueMoreOftenThanTheRightOneIsStated() {
        for (GeneratedChallenge g : Batch.standard()) {
            for (Trap t : g.key().traps()) {
                if (t.kind() == TrapKind.HEARSAY) {
                    long right = g.key().grounding().mentions().stream().filter(m -> m.factId().equals(t.targetFactId())).count();
                    assertEquals(1, right);
                    assertTrue(t.paragraphIds().size() >= 2, t.toString());
                }
            }
        }
    }

    @Test
    void everyTrapStatesItsWrongValueBeforeAndAfterTheTrueOne() {
        // Generator v5: whatever the kind, a reader that believes the first or the last statement
        // reads the wrong value, so the trap's paragraphs begin before the true statement and end after it.
        for (GeneratedChallenge g : Batch.all()) {
            for (Trap t : g.key().traps()) {
                int authoritative = g.key().grounding().mentions().stream().filter(m -> m.factId().equals(t.targetFactId()))
                        .mapToInt(m -> DocumentTest.number(m.paragraphId())).findFirst().orElseThrow();
                int first = DocumentTest.number(t.paragraphIds().get(0));
                int last = DocumentTest.number(t.paragraphIds().get(t.paragraphIds().size() - 1));
                assertTrue(first <= authoritative && authoritative <= last, t.toString());
                assertTrue(t.paragraphIds().size() >= 2, t.toString());
            }
        }
    }

    @Test
    void aTrapTargetedQuestionNamesItsTrap() {
        for (GeneratedChallenge g : Batch.all()) {
            for (int i = 0; i < g.challenge().questions().size(); i++) {
                GoldAnswer gold = g.key().answers().get(i);
                if (g.challenge().questions().get(i).category() == io.dacr.api.QuestionCategory.TRAP_TARGETED) {
                    Trap trap = g.key().traps().stream().filter(t -> t.id().equals(gold.trapId())).findFirst().orElseThrow();
                    assertEquals(trap.correctValue(), gold.canonical());
                }
            }
        }
    }
}
