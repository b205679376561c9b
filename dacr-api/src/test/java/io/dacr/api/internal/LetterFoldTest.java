package io.dacr.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LetterFoldTest {

    @Test
    void compatibilityFormsAndCaseVariantsFoldToTheirLetter() {
        assertEquals("z", LetterFold.fold("\uFF3A"));          // fullwidth Z
        assertEquals("z", LetterFold.fold("\uD835\uDC33"));    // mathematical bold small z
        assertEquals("fi", LetterFold.fold("\uFB01"));         // ligature fi
        assertEquals("i", LetterFold.fold("\u0131"));          // dotless i
        assertEquals("s", LetterFold.fold("\u017F"));          // long s
    }

    @Test
    void aTextContainsALetterLowerCasedOrFolded() {
        assertTrue(LetterFold.contains("EVERY word", "e"));
        assertTrue(LetterFold.contains("Y\u0131ld\u0131z", "i"));
        assertTrue(LetterFold.contains("it", "\u0131"));
        assertTrue(LetterFold.contains("\u24E9one", "z"));      // circled z
        assertFalse(LetterFold.contains("dont stop now", "e"));
        assertFalse(LetterFold.contains("caf\u00E9", "e"));     // an accented letter is another letter
    }

    @Property(tries = 300)
    void asciiTextFoldsToItsLowerCase(@ForAll @CharRange(from = ' ', to = '~') @StringLength(max = 40) String text) {
        assertEquals(text.toLowerCase(Locale.ROOT), LetterFold.fold(text));
    }
}
