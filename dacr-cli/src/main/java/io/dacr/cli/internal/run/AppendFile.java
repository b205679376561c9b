package io.dacr.cli.internal.run;

import io.dacr.api.DacrException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** One append-only file of a run: lines are appended, forced to the disk at a commit, and cut back to a commit on resume. */
final class AppendFile implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;

    private AppendFile(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Opens the file and cuts it to {@code length}: whatever a crash left after the last commit goes.
     *
     * @throws DacrException if it is shorter than {@code length} (something else changed it)
     */
    static AppendFile open(Path file, long length) {
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            if (ch.size() < length) {
                long size = ch.size();
                ch.close();
                throw new DacrException(file + " holds " + size + " bytes but the checkpoint says " + length
                        + " were committed: the run directory was changed; start a new run in another --dir");
            }
            ch.truncate(length);
            ch.position(length);
            return new AppendFile(file, ch);
        } catch (IOException e) {
            throw new DacrException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    void append(String text) {
        ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw new DacrException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return the length once everything appended is on the disk */
    long force() {
        try {
            channel.force(false);
            return channel.position();
        } catch (IOException e) {
            throw new DacrException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new DacrException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
