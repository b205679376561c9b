package io.dacr.generator.internal.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateTest {

    @Test
    void rendersPlaceholdersInOrder() {
        Template t = Template.parse("{entity} reported {value}.");
        assertEquals("Kelmar reported $5m.", t.render(name -> name.equals("entity") ? "Kelmar" : "$5m"));
        assertEquals(List.of("entity", "value"), t.placeholders());
        assertTrue(t.startsWithPlaceholder());
    }

    @Test
    void countsRepeatedPlaceholders() {
        assertEquals(2, Template.parse("{stem} {stem} {suffix}").count("stem"));
    }

    @Test
    void aStrayBraceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Template.parse("revenue} of {entity"));
        assertThrows(IllegalArgumentException.class, () -> Template.parse("revenue of {entity"));
        assertThrows(IllegalArgumentException.class, () -> Template.parse("revenue of {}"));
    }

    @Test
    void rendersLatin1TextStraightIntoBytesAndDeclinesOtherText() {
        byte[] number = "1,664xx".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("US$1,664 (1,664)", Template.parse("US${number} ({number})").renderLatin1(number, 5));
        assertEquals(null, Template.parse("€{number}").renderLatin1(number, 5));
    }
}
