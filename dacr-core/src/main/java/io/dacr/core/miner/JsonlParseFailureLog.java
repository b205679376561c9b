package io.dacr.core.miner;

import io.dacr.api.internal.Checks;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import io.dacr.core.json.ParseFailure;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A parse-failure log in a JSON Lines file of {@link DocumentFormat#PARSE_FAILURE} documents, appended
 * to, each line written whole and flushed before {@link #append} returns.
 */
public final class JsonlParseFailureLog implements ParseFailureLog, Closeable {

    private final Path file;
    private final Writer out;

    private JsonlParseFailureLog(Path file, Writer out) {
        this.file = file;
        this.out = out;
    }

    /**
     * @param file the file, created if absent, appended to if present
     * @return the log; close it when done
     * @throws UncheckedIOException if the file cannot be opened
     */
    public static JsonlParseFailureLog open(Path file) {
        Checks.notNull(file, "file");
        try {
            return new JsonlParseFailureLog(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open parse-failure log " + file, e);
        }
    }

    /** @return the file written */
    public Path file() {
        return file;
    }

    @Override
    public synchronized void append(ParseFailure failure) {
        Checks.notNull(failure, "failure");
        try {
            DacrJson.writeLine(DocumentFormat.PARSE_FAILURE, failure, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to parse-failure log " + file, e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
