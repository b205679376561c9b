package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenerationSpecTest {

    @Test
    void canonicalTextIsThePresetLineThenOneLinePerKnobInKeyOrder() {
        GenerationSpec spec = GenerationSpec.preset("standard").with("traps", "6").with("paragraphs", "60");

        assertEquals("preset=standard\nparagraphs=60\ntraps=6\n", spec.canonicalText());
    }

    @Test
    void canonicalTextOfAPresetAloneIsOneLine() {
        assertEquals("preset=standard\n", GenerationSpec.preset("standard").canonicalText());
    }

    @Test
    void theHashOfAFixedSpecIsPinned() {
        // SHA-256 of "preset=standard\nparagraphs=60\ntraps=6\n", computed outside Java.
        assertEquals("63a624e2a403c250f8998686d928764b68459d7b4ca9787321f5f26176c5fd83", Samples.SPEC.hash());
    }

    @Test
    void theHashOfAPresetAloneIsPinned() {
        assertEquals("b760e4d952b12774a199b1422ce7bdb0e82077918c29f5a0cf823726fcbb0bfc",
                GenerationSpec.preset("standard").hash());
    }

    @Test
    void nonAsciiKnobValuesAreHashedAsUtf8() {
        GenerationSpec spec = GenerationSpec.preset("standard").with("region", "Çankırı");

        assertEquals("preset=standard\nregion=Çankırı\n", spec.canonicalText());
        // SHA-256 of the UTF-8 bytes of the text above, computed outside Java.
        assertEquals("1a2b4cce5bdd684a53daad34733e4abb4ffae821fc752d58eef26710277c1223", spec.hash());
    }

    @Test
    void theOrderInWhichKnobsAreSetDoesNotMatter() {
        GenerationSpec one = GenerationSpec.preset("standard").with("a", "1").with("b", "2").with("c", "3");
        GenerationSpec other = GenerationSpec.preset("standard").with("c", "3").with("a", "1").with("b", "2");

        assertEquals(one, other);
        assertEquals(one.hash(), other.hash());
    }

    @Test
    void aMapSortedInReverseIsStoredInKeyOrder() {
        SortedMap<String, String> reversed = new TreeMap<>(Comparator.reverseOrder());
        reversed.put("a", "1");
        reversed.put("b", "2");

        GenerationSpec spec = new GenerationSpec("standard", reversed);

        assertEquals("preset=standard\na=1\nb=2\n", spec.canonicalText());
        assertEquals(GenerationSpec.preset("standard").with("a", "1").with("b", "2"), spec);
    }

    @Test
    void changingAKnobValueChangesTheHash() {
        assertNotEquals(Samples.SPEC.hash(), Samples.SPEC.with("traps", "7").hash());
    }

    @Test
    void withReturnsANewSpecAndLeavesTheOriginalUnchanged() {
        GenerationSpec original = GenerationSpec.preset("standard").with("traps", "6");
        String textBefore = original.canonicalText();

        GenerationSpec changed = original.with("paragraphs", "60");

        assertEquals(textBefore, original.canonicalText());
        assertEquals(Map.of("traps", "6"), original.knobs());
        assertEquals(Map.of("traps", "6", "paragraphs", "60"), changed.knobs());
    }

    @Test
    void withReplacesTheValueOfAKnobThatIsAlreadySet() {
        assertEquals("7", Samples.SPEC.with("traps", "7").knobs().get("traps"));
    }

    @Test
    void knobsCannotBeModifiedThroughTheAccessor() {
        assertThrows(UnsupportedOperationException.class, () -> Samples.SPEC.knobs().put("traps", "9"));
    }

    @Test
    void changingTheInputMapAfterConstructionDoesNotChangeTheSpec() {
        TreeMap<String, String> knobs = new TreeMap<>(Map.of("traps", "6"));
        GenerationSpec spec = new GenerationSpec("standard", knobs);

        knobs.put("paragraphs", "60");

        assertEquals(Map.of("traps", "6"), spec.knobs());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Traps", "7traps", "traps=", "traps value", "traps-", "trâps", "TRAPS"})
    void aKnobNameThatIsNotALowerCaseIdentifierIsRejected(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Samples.SPEC.with(name, "1"));
        assertTrue(e.getMessage().contains("knob name"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "6\n7", "a=b", "6\n"})
    void aKnobValueThatIsBlankMultiLineOrHoldsAnEqualsSignIsRejected(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Samples.SPEC.with("traps", value));
        assertTrue(e.getMessage().contains("traps"), e.getMessage());
    }

    @Test
    void aNullKnobValueIsRejected() {
        TreeMap<String, String> knobs = new TreeMap<>();
        knobs.put("traps", null);

        assertThrows(IllegalArgumentException.class, () -> new GenerationSpec("standard", knobs));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Standard", "standard preset", "1standard"})
    void aPresetThatIsNotALowerCaseIdentifierIsRejectedNamingTheField(String preset) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GenerationSpec.preset(preset));
        assertTrue(e.getMessage().contains("preset"), e.getMessage());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {" 60", "60 ", "\t60"})
    void aKnobValueWithSurroundingWhitespaceIsRejectedSoEqualSpecsHashAlike(String value) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> GenerationSpec.preset("standard").with("paragraphs", value));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("paragraphs"), e.getMessage());
    }
}
