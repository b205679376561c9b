package io.dacr.core.solve.internal;

import io.dacr.api.Challenge;
import io.dacr.api.ExtractFactStep;
import io.dacr.api.Paragraph;
import io.dacr.api.TraceStep;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Checks, from the public challenge alone, that a trace's citations are honest: each
 * {@code extract_fact} step cites a paragraph that really contains the value it claims to have read
 * there (a number in any surface form of the pack, or the text itself, or an alias the document
 * introduces for that name). Right or wrong is not asked: the answer key judges that. This is how the
 * audit tells bad paperwork from wrong answers.
 */
public final class Citations {

    private final PackGrammar grammar;

    /** @param grammar the challenge's domain pack */
    public Citations(PackGrammar grammar) {
        this.grammar = grammar;
    }

    /**
     * @param challenge the challenge
     * @param trace a trace
     * @return true if every extract step's cited paragraph exists and contains its value
     */
    public boolean honest(Challenge challenge, List<TraceStep> trace) {
        List<Introduction> intros = null;
        for (TraceStep step : trace) {
            if (!(step instanceof ExtractFactStep e)) {
                continue;
            }
            String source = e.source().trim();
            if (!Paragraph.isParagraphId(source)) {
                return false;
            }
            int n = Integer.parseInt(source.substring("paragraph_".length()));
            if (n > challenge.paragraphs().size()) {
                return false;
            }
            String text = challenge.paragraphs().get(n - 1).text();
            if (containsNumber(text, e.valueExtracted()) || containsText(text, e.valueExtracted())) {
                continue;
            }
            if (intros == null) {
                intros = grammar.reading(challenge).introductions();
            }
            if (!containsAlias(text, e.valueExtracted(), intros)) {
                return false;
            }
        }
        return true;
    }

    private boolean containsNumber(String text, String value) {
        BigDecimal want;
        try {
            want = new BigDecimal(value.trim());
        } catch (NumberFormatException ex) {
            return false;
        }
        for (PackGrammar.Attribute a : grammar.attributes()) {
            for (NumberForm f : a.forms()) {
                Matcher m = f.matcher(text);
                while (m.find()) {
                    BigDecimal v = f.value(m);
                    if (v != null && v.compareTo(want) == 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean containsText(String text, String value) {
        return !value.isBlank() && text.toLowerCase(Locale.ROOT).contains(value.trim().toLowerCase(Locale.ROOT));
    }

    private static boolean containsAlias(String text, String value, List<Introduction> intros) {
        List<String> names = new ArrayList<>();
        String key = NameBook.key(value);
        for (Introduction i : intros) {
            if (NameBook.key(i.name()).equals(key) || NameBook.key(i.alias()).equals(key)) {
                names.add(i.name());
                names.add(i.alias());
            }
        }
        for (String name : names) {
            if (containsText(text, name)) {
                return true;
            }
        }
        return false;
    }
}
