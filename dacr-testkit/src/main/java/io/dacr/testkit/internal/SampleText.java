package io.dacr.testkit.internal;

import java.util.List;

/**
 * Words and names the arbitraries draw from. Every word is one script (or Common only), at most
 * {@value #MAX_WORD_CODE_POINTS} code points of the Basic Multilingual Plane. Not API.
 */
public final class SampleText {

    /** The longest word, in code points; each takes at most 3 bytes of UTF-8. */
    public static final int MAX_WORD_CODE_POINTS = 10;

    /** Latin words, each with a letter that has a Cyrillic or Greek look-alike (a, c, e, o, p, x). */
    public static final List<String> LATIN_WORDS = List.of(
            "revenue", "ledger", "company", "audit", "profit", "capital", "export", "harbour", "copper", "report",
            "equity", "Kelmar", "Vostra", "Ostrevia", "prime", "total", "answer", "acrostic", "forecast", "Zürich");

    /** Words of other scripts and of Common characters only, each obeying the script rule. */
    public static final List<String> OTHER_WORDS = List.of(
            "доход", "компания", "έσοδα", "αγορά", "収益", "会社", "東京タワー", "매출", "회사", "شركة", "42", "2024",
            "3.5", "+", "=", "&", "2+3=5", "—", "Société", "naïve");

    /** Latin letters and their look-alikes in Cyrillic and Greek. */
    public static final String CONFUSABLE_LATIN = "aceopx";

    /** Cyrillic look-alikes of {@link #CONFUSABLE_LATIN}, letter by letter. */
    public static final String CYRILLIC_LOOKALIKES = "\u0430\u0441\u0435\u043E\u0440\u0445";

    /** Greek look-alikes of {@link #CONFUSABLE_LATIN}, letter by letter (Greek has no 'c'-like small letter: ϲ is lunate sigma). */
    public static final String GREEK_LOOKALIKES = "\u03B1\u03F2\u03B5\u03BF\u03C1\u03C7";

    /** Line breaks: each makes an artifact span two lines. */
    public static final List<String> LINE_BREAKS = List.of("\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029");

    /** Control characters that are not line breaks. */
    public static final List<String> CONTROLS = List.of("\t", "\u0000", "\u0007", "\u0008", "\u001B", "\u007F");

    /** Invisible format characters (category Cf). */
    public static final List<String> INVISIBLES = List.of(
            "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E", "\u202E", "\u2066");

    /** Entity names for answers and trace steps. */
    public static final List<String> ENTITIES = List.of(
            "Kelmar Holdings", "Vostra Group", "Norvane Industries", "Harrow & Partners", "KH", "the Kelmara-based carrier");

    /** Person names for text answers. */
    public static final List<String> PEOPLE = List.of("Maren Okafor", "Tomasz Lindqvist", "Aiko Varga", "Priya Haddad");

    /** Attribute names for trace steps. */
    public static final List<String> ATTRIBUTES = List.of("revenue", "employees", "ceo", "hq_city", "debt_to_equity");

    /** Sentences for question texts. */
    public static final List<String> QUESTIONS = List.of(
            "What was the annual revenue of the company headquartered in Kelmara?",
            "Who is the chief executive of the parent of Vostra Group?",
            "Which of the three companies employs the most people?",
            "How many more employees does Kelmar Holdings have than Vostra Group?",
            "Which audit firm audits the company with the highest debt-to-equity ratio?",
            "What was the final, audited revenue of Norvane Industries?");

    private SampleText() {
    }
}
