package io.dacr.core.audit.internal;

import io.dacr.api.Challenge;
import io.dacr.api.Paragraph;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The implementation of {@link io.dacr.core.audit.MaskedText}: document text with what varies by construction masked, so that diversity is measured on wording,
 * not on ids: numbers (with their currency and unit signs) become {@code #}, and every run of
 * capitalised words (names, aliases, places, ids, and a sentence's first word) becomes {@code N}.
 * Masking a sentence's first word too makes skeletons more alike, never less, so the diversity figures
 * are conservative. Key-free: it reads the public document only.
 */
public final class Masking {

    private static final Pattern NUMBER = Pattern.compile("[$]?[0-9][0-9,]*(?:\\.[0-9]+)?(?:%|m\\b)?");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}'&-]*");
    private static final Pattern NAME_RUN = Pattern.compile("N#?(?:[ -]+(?:N#?|&|#))*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\.)\\s+");

    private Masking() {
    }

    /**
     * @param text any text
     * @return the text with numbers and capitalised words masked
     */
    public static String mask(String text) {
        String s = NUMBER.matcher(text).replaceAll("#");
        s = CAPITALISED.matcher(s).replaceAll("N");
        return NAME_RUN.matcher(s).replaceAll("N");
    }

    /**
     * @param challenge a challenge
     * @return the masked skeleton of each sentence of its document, in document order
     */
    public static List<String> skeletons(Challenge challenge) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : challenge.paragraphs()) {
            for (String sentence : SENTENCE_END.split(p.text())) {
                if (!sentence.isBlank()) {
                    out.add(mask(sentence.strip()));
                }
            }
        }
        return out;
    }

    /**
     * @param challenge a challenge
     * @return SHA-256 (hex) of its masked document: paragraphs masked, joined by blank lines
     */
    public static String documentHash(Challenge challenge) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        for (Paragraph p : challenge.paragraphs()) {
            sha.update(mask(p.text()).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
