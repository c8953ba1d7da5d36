package dev.lakehouse.explorer.engine.spark;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import dev.lakehouse.explorer.engine.PipelineException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of one CSV file, read on the driver from its first line: what lets bronze map columns by name per
 * file (Spark's reader maps them by position). The first line is the first one Spark also takes as the header: not
 * blank and not a comment. A UTF-8 byte order mark before the first name is dropped (Spark would keep it in the
 * name). Without {@code header: true} the names are {@code _c0}, {@code _c1}… as Spark's, as many as the first line
 * has fields. A zero-byte file, or one with only blank lines, has no columns.
 */
final class CsvHeader {
    private final ReaderOptions options;
    private final Configuration conf;

    CsvHeader(ReaderOptions options, Configuration conf) {
        this.options = options;
        this.conf = conf;
    }

    /** Per run: the driver reads each header once, however often the run asks. */
    private final java.util.Map<String, List<String>> cache = new java.util.HashMap<>();

    List<String> columns(SourceFile file) {
        return cache.computeIfAbsent(file.id(), id -> parse(file));
    }

    private List<String> parse(SourceFile file) {
        String line = firstLine(file);
        if (line == null) {
            return List.of();
        }
        String[] fields = parser().parseLine(line);
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < fields.length; i++) {
            String n = options.header() && fields[i] != null && !fields[i].isBlank() ? fields[i].strip() : "_c" + i;
            if (!seen.add(n.toLowerCase(Locale.ROOT))) {
                n = n + "_" + (i + 1); // a repeated name: Spark cannot hold two columns of one name
                seen.add(n.toLowerCase(Locale.ROOT));
            }
            names.add(n);
        }
        return names;
    }

    private String firstLine(SourceFile file) {
        if (file.size() == 0) {
            return null;
        }
        String comment = options.get("comment", "");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(file), options.charset()))) {
            String line;
            boolean first = true;
            while ((line = r.readLine()) != null) {
                if (first && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                first = false;
                if (!line.isBlank() && (comment.isEmpty() || !line.startsWith(comment))) {
                    return line;
                }
            }
            return null;
        } catch (IOException e) {
            throw new PipelineException("cannot read " + file.id() + ": " + e.getMessage());
        }
    }

    /** The file's bytes, decompressed when its extension names a codec (.gz, .bz2…), as Spark reads it. */
    private InputStream open(SourceFile file) throws IOException {
        FileSystem fs = file.path().getFileSystem(conf);
        InputStream in = fs.open(file.path());
        CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(file.path());
        return codec == null ? in : codec.createInputStream(in);
    }

    private CsvParser parser() {
        CsvParserSettings s = new CsvParserSettings();
        String sep = options.get("sep", options.get("delimiter", ","));
        s.getFormat().setDelimiter(sep.equals("\\t") ? "\t" : sep);
        String quote = options.get("quote", "\"");
        if (!quote.isEmpty()) {
            s.getFormat().setQuote(quote.charAt(0));
        }
        String escape = options.get("escape", "\\");
        if (!escape.isEmpty()) {
            s.getFormat().setQuoteEscape(escape.charAt(0));
        }
        s.setMaxColumns(20480);
        s.setMaxCharsPerColumn(-1);
        s.setIgnoreLeadingWhitespaces(false);
        s.setIgnoreTrailingWhitespaces(false);
        return new CsvParser(s);
    }
}
