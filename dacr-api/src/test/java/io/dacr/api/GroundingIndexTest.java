package io.dacr.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroundingIndexTest {

    private static final GroundingIndex INDEX = new GroundingIndex(List.of(
            new GroundedMention("paragraph_2", "f1", "KA", "$1.66 billion"),
            new GroundedMention("paragraph_5", "f2", "Kelmara Air", "1,664 million dollars")));

    @Test
    void statesIsTrueForAParagraphThatStatesTheFact() {
        assertTrue(INDEX.states("paragraph_2", "f1"));
    }

    @Test
    void statesIsFalseForAFactStatedOnlyElsewhere() {
        assertFalse(INDEX.states("paragraph_2", "f2"));
    }

    @Test
    void statesIsFalseForAnUnknownParagraph() {
        assertFalse(INDEX.states("paragraph_9", "f1"));
    }

    @Test
    void aMentionNeedsAParagraphId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GroundedMention("p2", "f1", "KA", "$1.66 billion"));
        assertTrue(e.getMessage().contains("paragraph id"), e.getMessage());
    }

    @Test
    void aMentionNeedsASurfaceForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GroundedMention("paragraph_2", "f1", "KA", ""));
        assertTrue(e.getMessage().contains("surfaceForm"), e.getMessage());
    }
}
