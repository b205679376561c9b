package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrapKindTest {

    @ParameterizedTest
    @EnumSource(TrapKind.class)
    void theWireNameReadsBackAsTheSameKind(TrapKind kind) {
        assertEquals(kind, TrapKind.fromWireName(kind.wireName()));
    }

    @Test
    void theWireNamesAreTheLowerCaseEnumNames() {
        assertEquals(List.of("superseded", "preliminary", "correction_first", "hearsay", "counterfactual",
                        "near_miss_name", "alias_only"),
                Arrays.stream(TrapKind.values()).map(TrapKind::wireName).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "HEARSAY", "near-miss-name", "alıas_only", "rumour"})
    void anUnknownWireNameIsRejectedNamingIt(String wireName) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrapKind.fromWireName(wireName));
        assertEquals("unknown trap kind '" + wireName + "'", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(TrapKind.class)
    void everyTrapDefeatsAtLeastOneShortcut(TrapKind kind) {
        assertFalse(kind.defeats().isEmpty());
    }

    @Test
    void everyShortcutOfTheTrapTableIsDefeatedBySomeTrapAndTheCueReaderByNone() {
        Set<Shortcut> defeated = EnumSet.noneOf(Shortcut.class);
        for (TrapKind kind : TrapKind.values()) {
            defeated.addAll(kind.defeats());
        }

        // The cue reader combines every skill the traps test one at a time; no trap kind is aimed at it.
        assertEquals(EnumSet.complementOf(EnumSet.of(Shortcut.CUE_READER)), defeated);
    }

    @Test
    void eachTrapDefeatsTheShortcutsOfTheDesignTable() {
        assertEquals(List.of(Shortcut.FIRST_MENTION), TrapKind.SUPERSEDED.defeats());
        assertEquals(List.of(Shortcut.FIRST_MENTION), TrapKind.PRELIMINARY.defeats());
        assertEquals(List.of(Shortcut.LAST_MENTION), TrapKind.CORRECTION_FIRST.defeats());
        assertEquals(List.of(Shortcut.MAJORITY), TrapKind.HEARSAY.defeats());
        assertEquals(List.of(Shortcut.REGEX_KEY_VALUE), TrapKind.COUNTERFACTUAL.defeats());
        assertEquals(List.of(Shortcut.CANONICAL_ONLY, Shortcut.REGEX_KEY_VALUE), TrapKind.NEAR_MISS_NAME.defeats());
        assertEquals(List.of(Shortcut.CANONICAL_ONLY), TrapKind.ALIAS_ONLY.defeats());
    }

    @Test
    void theShortcutsOfATrapCannotBeModified() {
        assertThrows(UnsupportedOperationException.class, () -> TrapKind.HEARSAY.defeats().add(Shortcut.LAST_MENTION));
    }
}
