package io.dacr.core.verify.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A unit as {@link NumberReader} reads it, with the words it accepts worked out once (per key, not per
 * answer): the currency markers that may stand before a number, and the unit words that may follow it.
 * <ul>
 *   <li>Before the number: {@code $}, {@code us$}, {@code usd} for USD; {@code €}, {@code eur} for EUR;
 *       {@code £}, {@code gbp} for GBP; nothing for any other unit.</li>
 *   <li>After it: for percent {@code %}, {@code percent}, {@code per cent}, {@code pct}; for a currency
 *       its code or its name; and for any unit but percent, the unit itself or its last words
 *       ({@code qubits} for {@code logical qubits}), each also with an "s" added or, when it ends in
 *       "s", with that "s" dropped. A dimensionless quantity (empty unit) accepts no word.</li>
 * </ul>
 * Immutable, so a unit read once is shared ({@link #of}).
 */
final class Unit {

    private static final List<String> PERCENT = List.of("%", "percent", "per cent", "pct");
    private static final Map<String, List<String>> CURRENCY_PREFIXES = Map.of(
            "usd", List.of("$", "us$", "usd"), "eur", List.of("€", "eur"), "gbp", List.of("£", "gbp"));
    private static final Map<String, List<String>> CURRENCY_SUFFIXES = Map.of(
            "usd", List.of("usd", "dollar", "dollars", "us dollars", "u.s. dollars"),
            "eur", List.of("eur", "euro", "euros"), "gbp", List.of("gbp", "pound", "pounds", "pounds sterling"));

    /**
     * The most unit texts kept read. Domain packs declare a few dozen units, and every key indexed reads
     * some of them: each is read once per process, not once per key. Beyond this bound a unit is read
     * each time, so hostile texts cannot grow the map.
     */
    private static final int MAX_READ = 256;
    /** Units read, by the text they were read from; immutable, so shared by every thread. */
    private static final ConcurrentHashMap<String, Unit> READ = new ConcurrentHashMap<>();

    private final String key;
    private final char[][] prefixes;
    private final char[][] words;

    private Unit(String key) {
        this.key = key;
        this.prefixes = chars(CURRENCY_PREFIXES.getOrDefault(key, List.of()));
        this.words = chars(acceptedWords(key));
    }

    private static char[][] chars(List<String> texts) {
        char[][] out = new char[texts.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = texts.get(i).toCharArray();
        }
        return out;
    }

    /**
     * @param unit a unit as a question or fact declares it
     * @return the unit, compared lower-cased ({@link Locale#ROOT}) and trimmed
     */
    static Unit of(String unit) {
        Unit known = READ.get(unit);
        if (known != null) {
            return known;
        }
        Unit read = new Unit(unit.toLowerCase(Locale.ROOT).trim());
        if (READ.size() < MAX_READ) {
            READ.putIfAbsent(unit, read);
        }
        return read;
    }

    private static List<String> acceptedWords(String key) {
        if (key.isEmpty()) {
            return List.of();
        }
        if (key.equals("percent")) {
            return PERCENT;
        }
        List<String> words = new ArrayList<>(CURRENCY_SUFFIXES.getOrDefault(key, List.of()));
        // The unit, then each of its shorter endings after a space, singular or plural.
        String u = key;
        while (true) {
            words.add(u);
            words.add(u + "s");
            if (u.length() > 1 && u.endsWith("s")) {
                words.add(u.substring(0, u.length() - 1));
            }
            int space = u.indexOf(' ');
            if (space < 0) {
                return words;
            }
            u = u.substring(space + 1);
        }
    }

    /** @return the currency markers allowed before a number, as texts (none for a unit that is no currency) */
    List<String> prefixTexts() {
        return texts(prefixes);
    }

    /** @return the words that may name this unit after a number, as texts */
    List<String> wordTexts() {
        return texts(words);
    }

    private static List<String> texts(char[][] chars) {
        List<String> out = new ArrayList<>(chars.length);
        for (char[] c : chars) {
            out.add(new String(c));
        }
        return out;
    }

    /** @return the unit lower-cased and trimmed */
    String key() {
        return key;
    }

    /** @return true if {@code text[from, to)} is a currency marker of this unit, allowed before the number */
    boolean isPrefix(char[] text, int from, int to) {
        return regionIsOneOf(prefixes, text, from, to);
    }

    /** @return true if {@code text[from, to)} names this unit after the number */
    boolean isWord(char[] text, int from, int to) {
        return regionIsOneOf(words, text, from, to);
    }

    private static boolean regionIsOneOf(char[][] candidates, char[] text, int from, int to) {
        int length = to - from;
        for (char[] c : candidates) {
            if (c.length == length && Arrays.equals(c, 0, length, text, from, to)) {
                return true;
            }
        }
        return false;
    }
}
