package dev.lakehouse.explorer.engine.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Just enough CSV reading for the tests: RFC 4180 quotes, no line breaks inside cells (the samples have none). */
final class TestCsv {
    private TestCsv() {
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data rows of a well-formed file, each as a map from header name to cell. */
    static List<Map<String, String>> records(Path file) {
        List<String> lines = lines(file);
        List<String> header = split(lines.get(0));
        return lines.stream().skip(1).map(TestCsv::split)
                .map(cells -> IntStream.range(0, header.size()).boxed()
                        .collect(Collectors.toMap(header::get, cells::get)))
                .collect(Collectors.toList());
    }

    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    static double[] column(List<Map<String, String>> records, String name) {
        return records.stream().mapToDouble(r -> Double.parseDouble(r.get(name))).toArray();
    }

    static <T> Map<T, Long> counts(List<T> values) {
        return values.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
