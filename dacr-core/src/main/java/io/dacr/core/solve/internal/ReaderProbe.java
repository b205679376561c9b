package io.dacr.core.solve.internal;

import io.dacr.api.Challenge;
import java.util.List;

/** Shows what the template reader cannot read: how tests hold the shortcut solvers to reading the whole document. */
public final class ReaderProbe {

    private ReaderProbe() {
    }

    /**
     * @param grammar the challenge's pack
     * @param challenge a challenge
     * @return the sentences the template reader reads as neither a filler, an introduction nor a statement
     */
    public static List<String> unreadSentences(PackGrammar grammar, Challenge challenge) {
        return new TemplateReader(grammar).unread(challenge);
    }

    /**
     * @param grammar the challenge's pack
     * @param challenge a challenge
     * @return every statement and introduction the template reader found, one line each
     */
    public static List<String> readings(PackGrammar grammar, Challenge challenge) {
        DocumentReading r = new TemplateReader(grammar).read(challenge);
        List<String> out = new java.util.ArrayList<>();
        for (Introduction i : r.introductions()) {
            out.add("intro [" + i.name() + "] = [" + i.alias() + "]");
        }
        for (Mention m : r.mentions()) {
            out.add("p" + (m.paragraph() + 1) + " " + m.cue() + " [" + m.subject() + "] " + m.attribute().kind() + "."
                    + m.attribute().id() + " = [" + m.valueText() + "]");
        }
        return out;
    }
}
