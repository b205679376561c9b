package io.dacr.generator.internal;

import io.dacr.api.AnswerFormat;
import io.dacr.api.Constraint;
import io.dacr.api.ContentHashes;
import io.dacr.api.Paragraph;
import io.dacr.api.Question;
import io.dacr.api.internal.CanonicalJson;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * {@link ContentHashes#of} computed by streaming: each part's canonical JSON is written as UTF-8
 * straight into a small buffer that feeds an incremental SHA-256, without building the JSON trees, the
 * text or its byte copy. The bytes digested are exactly those {@link ContentHashes#of} hashes (members
 * in the sorted order {@link CanonicalJson} writes them, the same string escapes, numbers in canonical
 * form); a test holds the two to the same digests. Not thread-safe: one instance serves one thread.
 */
final class ContentDigest {

    private final MessageDigest sha256;
    private byte[] buffer = new byte[8192];
    private int size;

    ContentDigest() {
        sha256 = CanonicalJson.sha256();
    }

    /**
     * @param paragraphs the document
     * @param questions the questions
     * @param constraints the constraints
     * @return the same hashes as {@link ContentHashes#of}
     * @throws IllegalArgumentException if a text holds an unpaired surrogate
     */
    static ContentHashes of(List<Paragraph> paragraphs, List<Question> questions, List<Constraint> constraints) {
        ContentDigest d = new ContentDigest();
        return new ContentHashes(d.document(paragraphs), d.questions(questions), d.constraints(constraints));
    }

    private String document(List<Paragraph> paragraphs) {
        ascii('[');
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            ascii(i == 0 ? "{\"id\":" : ",{\"id\":");
            id(p.id());
            ascii(",\"text\":");
            string(p.text());
            ascii('}');
        }
        ascii(']');
        return digest();
    }

    private String questions(List<Question> questions) {
        ascii('[');
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            AnswerFormat f = q.answerFormat();
            ascii(i == 0 ? "{\"answerFormat\":{" : ",{\"answerFormat\":{");
            if (f.tolerance() != null) {
                ascii("\"tolerance\":{\"amount\":");
                ascii(CanonicalJson.number(f.tolerance().amount()));
                ascii(",\"kind\":");
                string(f.tolerance().kind().name().toLowerCase(Locale.ROOT));
                ascii("},");
            }
            ascii("\"type\":");
            string(f.type().name().toLowerCase(Locale.ROOT));
            if (f.unit() != null) {
                ascii(",\"unit\":");
                string(f.unit());
            }
            ascii("},\"category\":");
            string(q.category().wireName());
            ascii(",\"hops\":");
            ascii(Integer.toString(q.hops()));
            ascii(",\"id\":");
            id(q.id());
            ascii(",\"text\":");
            string(q.text());
            ascii('}');
        }
        ascii(']');
        return digest();
    }

    private String constraints(List<Constraint> constraints) {
        ascii('[');
        for (int i = 0; i < constraints.size(); i++) {
            Constraint c = constraints.get(i);
            ascii(i == 0 ? "{\"id\":" : ",{\"id\":");
            id(c.id());
            ascii(",\"kind\":");
            string(c.kind().wireName());
            ascii(",\"questionRefs\":[");
            List<String> refs = c.questionRefs();
            for (int r = 0; r < refs.size(); r++) {
                if (r > 0) {
                    ascii(',');
                }
                string(refs.get(r));
            }
            ascii("],\"text\":");
            string(c.text());
            ascii('}');
        }
        ascii(']');
        return digest();
    }

    private String digest() {
        flush();
        byte[] hash = sha256.digest();
        return HexFormat.of().formatHex(hash);
    }

    private void flush() {
        sha256.update(buffer, 0, size);
        size = 0;
    }

    private void room(int bytes) {
        if (size + bytes > buffer.length) {
            flush();
        }
    }

    private void ascii(char c) {
        room(1);
        buffer[size++] = (byte) c;
    }

    /** Appends text known to be ASCII (JSON punctuation, member names, digits). */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) is exact for ASCII text
    private void ascii(String s) {
        int n = s.length();
        room(n);
        s.getBytes(0, n, buffer, size);
        size += n;
    }

    /**
     * An id the records validate as plain ASCII ({@code paragraph_1}, {@code q1}, {@code c1}), which
     * canonical JSON writes as it is between quotes.
     */
    private void id(String s) {
        room(s.length() + 2);
        buffer[size++] = '"';
        ascii(s);
        buffer[size++] = '"';
    }

    /** A JSON string as {@link CanonicalJson} writes it, UTF-8 encoded. */
    private void string(String s) {
        int most = 6 * s.length() + 2;
        room(most);
        if (most > buffer.length) {
            buffer = new byte[most];
        }
        int end = CanonicalJson.writeUtf8String(s, buffer, size);
        if (end < 0) {
            throw unpairedSurrogate(s);
        }
        size = end;
    }

    private static IllegalArgumentException unpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return new IllegalArgumentException(String.format(Locale.ROOT,
                        "string has an unpaired surrogate U+%04X at index %d", (int) c, i));
            }
        }
        return new IllegalArgumentException("string has an unpaired surrogate");
    }
}
