package io.dacr.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ChallengeTextTest {

    @Property
    void wrappingKeepsEveryWordInOrderAndNoMultiWordLineExceedsTheWidth(
            @ForAll @AlphaChars @StringLength(min = 1, max = 30) java.util.List<@AlphaChars @StringLength(min = 1, max = 30) String> words) {
        StringBuilder text = new StringBuilder();

        ChallengeText.wrap(text, String.join(" ", words), "    ");

        assertEquals(String.join(" ", words), text.toString().strip().replaceAll("\\s+", " "));
        for (String line : text.toString().split("\n")) {
            assertTrue(line.length() <= ChallengeText.WIDTH || line.strip().indexOf(' ') < 0, line);
            assertTrue(line.startsWith("    "), line);
        }
    }

    @Test
    void aWordLongerThanALineGetsALineOfItsOwn() {
        StringBuilder text = new StringBuilder();
        String longWord = "x".repeat(ChallengeText.WIDTH + 5);

        ChallengeText.wrap(text, "a " + longWord + " b", "");

        assertEquals("a\n" + longWord + "\nb\n", text.toString());
    }
}
