package io.dacr.cli.internal;

import io.dacr.api.DacrException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine;

/**
 * Writes a command's output file so that a failure never damages what was there: the content goes to a
 * temporary file in the same folder, which replaces the target (atomically where the file system can)
 * only once everything was written. Any failure removes the temporary file and leaves the target as it
 * was. Write failures are reported as {@link DacrException} {@code cannot write PATH: ...}.
 */
final class OutputFile {

    /** Writes the content of one output file. */
    @FunctionalInterface
    interface Content<R> {
        R writeTo(Writer writer) throws IOException;
    }

    private OutputFile() {
    }

    /**
     * Refuses an output that is one of the inputs (the same file, through whatever path), before anything
     * is written: a usage error.
     *
     * @param commandLine the command, for the usage error
     * @param out the output file
     * @param option the output's option name, for the message
     * @param inputs the input files (nulls are skipped)
     * @throws CommandLine.ParameterException naming the input when it is the same file as the output
     */
    static void checkNotAnInput(CommandLine commandLine, Path out, String option, Path... inputs) {
        for (Path input : inputs) {
            if (input != null && sameFile(out, input)) {
                throw new CommandLine.ParameterException(commandLine, option + " " + out
                        + " is the same file as the input " + input + ": choose another output; nothing was written");
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        if (!Files.exists(a) || !Files.exists(b)) {
            return false;
        }
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes {@code file} through a temporary sibling and moves it into place on success.
     *
     * @param file the target
     * @param content what to write
     * @param <R> what the content returns
     * @return what the content returned
     * @throws DacrException {@code cannot write FILE: ...} when the file cannot be written
     */
    static <R> R write(Path file, Content<R> content) {
        Path target = file.toAbsolutePath();
        Path temp;
        try {
            if (Files.isDirectory(target)) {
                throw new DacrException("cannot write " + file + ": it is a folder");
            }
            if (Files.exists(target)) {
                target = target.toRealPath(); // through a link: replace the file it names, not the link
                if (!Files.isRegularFile(target)) {
                    // a device or a pipe (/dev/stdout, a FIFO) cannot be replaced: it is written in place
                    return writeInPlace(file, target, content);
                }
            }
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
        boolean moved = false;
        try {
            R result;
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                result = content.writeTo(writer);
            }
            move(temp, target);
            moved = true;
            return result;
        } catch (IOException e) {
            throw cannotWrite(file, e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is left behind; the target is untouched either way
                }
            }
        }
    }

    private static <R> R writeInPlace(Path file, Path target, Content<R> content) {
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            return content.writeTo(writer);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /**
     * Writes a whole text file through a temporary sibling.
     *
     * @param file the target
     * @param text the content, written as UTF-8
     * @throws DacrException {@code cannot write FILE: ...}
     */
    static void writeString(Path file, String text) {
        write(file, writer -> {
            writer.write(text);
            return null;
        });
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static DacrException cannotWrite(Path file, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            reason = f.getReason();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            reason = "no such folder";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            reason = "permission denied";
        }
        return new DacrException("cannot write " + file + ": " + reason, e);
    }
}
