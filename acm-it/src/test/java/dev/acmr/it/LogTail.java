package dev.acmr.it;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A log file read from where it ended when the test began: the complete lines written since (a last line still being
 * written is left for the next read). A file that shrank was rotated; its new content is read from the start.
 */
final class LogTail {

    private final Path file;
    private final long start;

    private LogTail(Path file, long start) {
        this.file = file;
        this.start = start;
    }

    static LogTail fromEnd(Path file) {
        try {
            return new LogTail(file, Files.exists(file) ? Files.size(file) : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files matching {@code glob} under {@code directory}, or none if it does not exist. */
    static List<Path> find(Path directory, String glob) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        var matcher = directory.getFileSystem().getPathMatcher("glob:" + glob);
        try (Stream<Path> files = Files.walk(directory, 6)) {
            return files.filter(path -> matcher.matches(directory.relativize(path))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path file() {
        return file;
    }

    List<String> newLines() {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long end = in.length();
            long from = end < start ? 0 : start;
            byte[] bytes = new byte[(int) (end - from)];
            in.seek(from);
            in.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            int complete = text.lastIndexOf('\n');
            List<String> lines = new ArrayList<>();
            if (complete >= 0) {
                lines.addAll(List.of(text.substring(0, complete).split("\r?\n", -1)));
            }
            return lines;
        } catch (FileNotFoundException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
