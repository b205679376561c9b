package io.dacr.cli.internal;

import io.dacr.api.DacrException;
import io.dacr.api.FormatException;
import io.dacr.core.json.DacrJson;
import io.dacr.core.json.DocumentFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON Lines file of one document format a line at a time, so that every problem names the
 * file and the line: {@code FILE line N: ...}. Blank lines are skipped, as {@link DacrJson#readLines}
 * does. Not thread-safe; close it when done.
 *
 * @param <T> the documents' type
 */
final class JsonLinesFile<T> implements AutoCloseable {

    private final Path file;
    private final DocumentFormat<T> format;
    private final BufferedReader reader;
    private long lineNumber;

    private JsonLinesFile(Path file, DocumentFormat<T> format, BufferedReader reader) {
        this.file = file;
        this.format = format;
        this.reader = reader;
    }

    /**
     * @param file the file, UTF-8
     * @param format the format of every line
     * @param <T> the documents' type
     * @return the open file
     * @throws DacrException if the file cannot be opened
     */
    static <T> JsonLinesFile<T> open(Path file, DocumentFormat<T> format) {
        try {
            return new JsonLinesFile<>(file, format, Files.newBufferedReader(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new DacrException("cannot read " + file + ": no such file", e);
        } catch (IOException e) {
            throw new DacrException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a whole file into memory (for files a command needs all at once: keys to join, records to score).
     *
     * @param file the file, UTF-8
     * @param format the format of every line
     * @param <T> the documents' type
     * @return every document, in the file's order
     * @throws DacrException if the file cannot be read, or a line is not a document of the format
     */
    static <T> List<T> readAll(Path file, DocumentFormat<T> format) {
        List<T> all = new ArrayList<>();
        try (JsonLinesFile<T> lines = open(file, format)) {
            for (T value = lines.next(); value != null; value = lines.next()) {
                all.add(value);
            }
        }
        return all;
    }

    /**
     * @return the next document, or null at the end of the file
     * @throws DacrException if the file cannot be read, or the line is not a document of the format
     */
    T next() {
        String line;
        try {
            do {
                line = reader.readLine();
                if (line == null) {
                    return null;
                }
                lineNumber++;
            } while (line.isBlank());
        } catch (CharacterCodingException e) {
            throw problem("not UTF-8 text", e);
        } catch (IOException e) {
            throw problem("cannot be read: " + e.getMessage(), e);
        }
        try {
            return DacrJson.read(format, line);
        } catch (FormatException e) {
            throw problem(e.getMessage(), e);
        }
    }

    /** @return the number of the line {@link #next()} read last, from 1 */
    long lineNumber() {
        return lineNumber;
    }

    /**
     * @param what what is wrong with the current line
     * @param cause the underlying failure, or null
     * @return an exception naming the file and the current line
     */
    DacrException problem(String what, Throwable cause) {
        return new DacrException(file + " line " + lineNumber + ": " + what, cause);
    }

    /** @return the file's path, as given */
    Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // Only read from: nothing can be lost by a failed close.
        }
    }
}
