package dev.lakehouse.explorer.engine.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes UTF-8 text files with {@code '\n'} line endings whatever the platform, so the generated files are the
 * same bytes on Windows and Linux. Quotes CSV cells the RFC 4180 way, only when a cell needs it.
 */
final class CsvWriter implements AutoCloseable {
    private final Path file;
    private final Writer out;

    private CsvWriter(Path file, Writer out) {
        this.file = file;
        this.out = out;
    }

    /** Opens (and truncates) {@code file}, creating its folder. */
    static CsvWriter open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return new CsvWriter(file, new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write sample file " + file + ": " + e.getMessage(), e);
        }
    }

    void row(String... cells) {
        line(join(cells));
    }

    /** Writes a line exactly as given: the orders feed needs rows a CSV writer would never produce. */
    void line(String text) {
        try {
            out.write(text);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write sample file " + file + ": " + e.getMessage(), e);
        }
    }

    static String join(String... cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(cells[i]));
        }
        return sb.toString();
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** Fixed-point text with {@link Locale#ROOT}, so a German or French default locale cannot turn '.' into ','. */
    static String decimal(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write sample file " + file + ": " + e.getMessage(), e);
        }
    }
}
