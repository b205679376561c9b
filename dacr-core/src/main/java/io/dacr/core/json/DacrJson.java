package io.dacr.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dacr.api.Challenge;
import io.dacr.api.FormatException;
import io.dacr.api.internal.CanonicalJson;
import io.dacr.api.internal.Checks;
import io.dacr.core.json.internal.Mappers;
import io.dacr.core.json.internal.Node;
import io.dacr.core.json.internal.CanonicalBytes;
import io.dacr.core.json.internal.ChallengeBytes;
import io.dacr.core.json.internal.PlainTree;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads and writes DACR's JSON formats, and computes the canonical JSON that content hashes and
 * fingerprints are taken of.
 *
 * <pre>{@code
 * byte[] json = DacrJson.write(DocumentFormat.CHALLENGE, challenge);
 * Challenge again = DacrJson.read(DocumentFormat.CHALLENGE, json);      // equals challenge
 * String digest = CanonicalJson.sha256Hex(DacrJson.canonicalBytes(challenge));
 *
 * try (BufferedReader lines = Files.newBufferedReader(path)) {             // UTF-8
 *     DacrJson.readLines(DocumentFormat.ATTEMPT, lines).forEach(this::record);
 * }
 * }</pre>
 *
 * <p>Every document is an object whose first member is {@code "schemaVersion": 1}. Reading fails with a
 * {@link FormatException} naming the format, the JSON path and the problem when the text is not JSON,
 * the schema version is missing or not one this release reads, a member is missing, unknown, duplicated
 * or of the wrong type, or a value breaks the rules of its type; never with a Jackson exception.
 * Numbers are exact decimals throughout: nothing passes through a {@code double}.
 */
public final class DacrJson {

    private static final String SCHEMA_VERSION = "schemaVersion";

    private DacrJson() {
    }

    /**
     * @param format the document's format
     * @param value the value
     * @param <T> its type
     * @return the document as compact UTF-8 JSON
     * @throws IllegalArgumentException if a string of the value holds an unpaired surrogate (no UTF-8 form)
     */
    public static <T> byte[] write(DocumentFormat<T> format, T value) {
        return writeString(format, value).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param format the document's format
     * @param value the value
     * @param <T> its type
     * @return the document as compact JSON text, on one line
     * @throws IllegalArgumentException if a string of the value holds an unpaired surrogate
     */
    public static <T> String writeString(DocumentFormat<T> format, T value) {
        try {
            return Mappers.MAPPER.writeValueAsString(document(format, value));
        } catch (JsonProcessingException e) {
            // Plain trees of maps, lists, strings and numbers always serialize.
            throw new IllegalStateException("cannot write a " + format.name() + " document", e);
        }
    }

    /**
     * @param format the document's format
     * @param value the value
     * @param <T> its type
     * @return the document as indented JSON text for people to read, {@code \n} line ends; reads back
     *     like the compact form
     * @throws IllegalArgumentException if a string of the value holds an unpaired surrogate
     */
    public static <T> String writePretty(DocumentFormat<T> format, T value) {
        try {
            return Mappers.PRETTY.writeValueAsString(document(format, value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a " + format.name() + " document", e);
        }
    }

    /**
     * @param format the document's format
     * @param json the document, strict UTF-8 (RFC 8259): malformed or overlong sequences, encoded
     *     surrogates and code points past U+10FFFF are refused rather than repaired
     * @param <T> the value's type
     * @return the value
     * @throws FormatException if the document is not UTF-8 or cannot be read as {@code format}
     */
    public static <T> T read(DocumentFormat<T> format, byte[] json) {
        Checks.notNull(format, "format");
        Checks.notNull(json, "json");
        return read(format, strictUtf8(format, json));
    }

    /**
     * Decodes strictly. Jackson's own byte reader decodes overlong forms (C0 AF as '/'), which would let
     * two different byte strings read as one document.
     */
    private static String strictUtf8(DocumentFormat<?> format, byte[] json) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(json);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new FormatException(format.name(), "$", "invalid JSON: not valid UTF-8 near byte " + in.position(), e);
        }
    }

    /**
     * @param format the document's format
     * @param json the document
     * @param <T> the value's type
     * @return the value
     * @throws FormatException if the document cannot be read as {@code format}
     */
    public static <T> T read(DocumentFormat<T> format, String json) {
        Checks.notNull(format, "format");
        Checks.notNull(json, "json");
        return decode(format, parse(format, json, ""), "");
    }

    /**
     * Reads JSON Lines lazily: one document per line, blank lines skipped. The stream reads from
     * {@code lines} as it is consumed; the caller closes the reader.
     *
     * @param format the documents' format
     * @param lines the input, opened as UTF-8 (as {@code Files.newBufferedReader(path)} does)
     * @param <T> the values' type
     * @return the values, in order
     * @throws FormatException (when consumed) if a line cannot be read as {@code format}; the problem
     *     names the line number, from 1
     * @throws UncheckedIOException (when consumed) if reading fails
     */
    public static <T> Stream<T> readLines(DocumentFormat<T> format, BufferedReader lines) {
        Checks.notNull(format, "format");
        Checks.notNull(lines, "lines");
        Spliterator<T> documents = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            private long lineNumber;

            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                try {
                    String line;
                    do {
                        line = lines.readLine();
                        if (line == null) {
                            return false;
                        }
                        lineNumber++;
                    } while (line.isBlank());
                    String location = " (line " + lineNumber + ")";
                    action.accept(decode(format, parse(format, line, location), location));
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        return StreamSupport.stream(documents, false);
    }

    /**
     * Writes one document as one line of JSON Lines: compact JSON (which never holds a raw line break)
     * and {@code \n}.
     *
     * @param format the document's format
     * @param value the value
     * @param out where to write; the caller flushes and closes it
     * @param <T> the value's type
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if a string of the value holds an unpaired surrogate
     */
    public static <T> void writeLine(DocumentFormat<T> format, T value, Writer out) throws IOException {
        Checks.notNull(out, "out");
        String line = writeString(format, value);
        out.write(line);
        out.write('\n');
    }

    /**
     * The canonical JSON of a value ({@link CanonicalJson}): sorted keys, exact numbers, no whitespace,
     * UTF-8. DACR values are written as their JSON form without {@code schemaVersion}; lists and
     * string-keyed maps of values, JSON scalars and Jackson trees (read with
     * {@code USE_BIG_DECIMAL_FOR_FLOATS}) are accepted too.
     *
     * @param value the value, e.g. a {@code Challenge} or a {@code List<Paragraph>}
     * @return its canonical bytes
     * @throws IllegalArgumentException if some part has no canonical form (a {@code Double}, a type
     *     without a JSON form, a string with an unpaired surrogate)
     */
    public static byte[] canonicalBytes(Object value) {
        if (value instanceof Challenge challenge) {
            // The generator fingerprints every challenge: write it without building the plain tree.
            byte[] direct = ChallengeBytes.of(challenge);
            if (direct != null) {
                return direct;
            }
        }
        return CanonicalBytes.of(PlainTree.of(value));
    }

    private static <T> Map<String, Object> document(DocumentFormat<T> format, T value) {
        Checks.notNull(format, "format");
        Checks.notNull(value, "value");
        Map<String, Object> document = new LinkedHashMap<>();
        document.put(SCHEMA_VERSION, format.schemaVersion());
        @SuppressWarnings("unchecked")
        Map<String, Object> members = (Map<String, Object>) format.codec().encode(value);
        document.putAll(members);
        return document;
    }

    private static JsonNode parse(DocumentFormat<?> format, String json, String location) {
        try {
            return Mappers.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw invalidJson(format, e, location);
        }
    }

    private static <T> T decode(DocumentFormat<T> format, JsonNode tree, String location) {
        Checks.notNull(format, "format");
        Node root = Node.root(tree, format.name(), location);
        if (tree == null || tree.isMissingNode()) {
            throw root.error("empty document");
        }
        if (!tree.isObject()) {
            throw root.error("expected a " + format.name() + " document (a JSON object), found "
                    + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        Node version = root.optionalField(SCHEMA_VERSION);
        if (version == null) {
            throw root.error("missing schemaVersion; this release reads " + format.name() + " documents of schemaVersion "
                    + format.schemaVersion());
        }
        int schemaVersion = version.intValue();
        if (schemaVersion != format.schemaVersion()) {
            throw version.error("unsupported schemaVersion " + schemaVersion + "; this release reads "
                    + format.name() + " documents of schemaVersion " + format.schemaVersion());
        }
        // The tree is ours (parsed just now): drop the envelope so the codec sees the value alone.
        ((ObjectNode) tree).remove(SCHEMA_VERSION);
        return format.codec().decode(root);
    }

    private static FormatException invalidJson(DocumentFormat<?> format, JsonProcessingException e, String location) {
        String path = "$";
        if (e.getProcessor() instanceof JsonParser parser) {
            path = pathOf(parser.getParsingContext());
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new FormatException(format.name(), path, "invalid JSON: " + e.getOriginalMessage() + where + location, e);
    }

    private static String pathOf(JsonStreamContext context) {
        Deque<String> steps = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                steps.push("." + c.getCurrentName());
            }
        }
        return "$" + String.join("", steps);
    }
}
