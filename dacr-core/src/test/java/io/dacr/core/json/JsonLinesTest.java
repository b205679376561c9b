package io.dacr.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dacr.api.Attempt;
import io.dacr.api.FormatException;
import io.dacr.api.Submission;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** JSON Lines: one document per line, read lazily, errors naming their line. */
class JsonLinesTest {

    @Property(tries = 50)
    void linesReadBackAsTheDocumentsWritten(@ForAll("attemptLists") List<Attempt> attempts) throws IOException {
        StringWriter out = new StringWriter();
        for (Attempt a : attempts) {
            DacrJson.writeLine(DocumentFormat.ATTEMPT, a, out);
        }

        try (Stream<Attempt> read = DacrJson.readLines(DocumentFormat.ATTEMPT, reader(out.toString()))) {
            assertEquals(attempts, read.toList());
        }
    }

    @Test
    void eachDocumentTakesExactlyOneLine() throws IOException {
        Submission withBreaks = new Submission("id", "one\ntwo\rthree\u2028four\u0085five", List.of(), List.of());
        StringWriter out = new StringWriter();
        DacrJson.writeLine(DocumentFormat.SUBMISSION, withBreaks, out);
        DacrJson.writeLine(DocumentFormat.SUBMISSION, withBreaks, out);

        String text = out.toString();
        assertEquals(2, text.chars().filter(c -> c == '\n').count());
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("\n"));
        assertEquals(List.of(withBreaks, withBreaks), DacrJson.readLines(DocumentFormat.SUBMISSION, reader(text)).toList());
    }

    @Test
    void blankLinesAreSkipped() {
        String line = DacrJson.writeString(DocumentFormat.EPOCH, Samples.epoch());

        assertEquals(2, DacrJson.readLines(DocumentFormat.EPOCH, reader("\n" + line + "\n  \n" + line + "\n\n")).count());
    }

    @Test
    void aBadLineIsReportedWithItsLineNumber() {
        String line = DacrJson.writeString(DocumentFormat.EPOCH, Samples.epoch());
        Stream<?> lines = DacrJson.readLines(DocumentFormat.EPOCH, reader(line + "\n\n" + line.replace("\"closed\"", "\"paused\"")));

        FormatException e = assertThrows(FormatException.class, lines::toList);
        assertEquals("$.state", e.jsonPath());
        assertTrue(e.getMessage().contains("(line 3)"), e.getMessage());
    }

    @Test
    void invalidJsonOnALineIsReportedWithItsLineNumber() {
        FormatException e = assertThrows(FormatException.class,
                () -> DacrJson.readLines(DocumentFormat.EPOCH, reader("{\"schemaVersion\":")).toList());

        assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("(line 1)"), e.getMessage());
    }

    @Test
    void linesAreReadOnlyAsTheStreamIsConsumed() {
        String good = DacrJson.writeString(DocumentFormat.EPOCH, Samples.epoch());

        // The second line is not JSON; taking only the first never reads it.
        assertEquals(Samples.epoch(), DacrJson.readLines(DocumentFormat.EPOCH, reader(good + "\nnot json\n")).findFirst().orElseThrow());
    }

    @Test
    void aReadFailureIsAnUncheckedIoException() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };

        assertThrows(UncheckedIOException.class, () -> DacrJson.readLines(DocumentFormat.EPOCH, new BufferedReader(failing)).toList());
    }

    @Provide
    Arbitrary<List<Attempt>> attemptLists() {
        return ValueArbitraries.attempt().list().ofMaxSize(4);
    }

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }
}
