package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.engine.InvalidRequestException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** What a folder the user opened holds: a Delta table, plain data files of one format, or nothing we can read. */
enum FolderKind {
    DELTA("delta"), PARQUET("parquet"), CSV("csv"), JSON("json");

    // Partitioned datasets nest files in key=value folders; a few levels cover them without walking a whole disk.
    private static final int DEPTH = 4;
    private final String format;

    FolderKind(String format) {
        this.format = format;
    }

    /** The Spark SQL data source name, as in {@code parquet.`path`}. */
    String format() {
        return format;
    }

    /**
     * Reads the folder's listing (a worker-thread call). Plain files are classified by the most common extension, as
     * a dataset written by Spark also holds {@code _SUCCESS} and {@code .crc} files.
     *
     * @throws InvalidRequestException when the folder does not exist or holds nothing readable
     */
    static FolderKind of(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new InvalidRequestException("Not a folder: " + folder);
        }
        if (Files.isDirectory(folder.resolve("_delta_log"))) {
            return DELTA;
        }
        Map<FolderKind, Integer> counts = new EnumMap<>(FolderKind.class);
        try (Stream<Path> files = Files.walk(folder, DEPTH)) {
            files.filter(Files::isRegularFile).map(FolderKind::ofFile).filter(k -> k != null)
                    .forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseThrow(() -> new InvalidRequestException(
                        folder + " holds no Delta table and no Parquet, CSV or JSON files."));
    }

    private static FolderKind ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.startsWith("_")) {
            return null;
        }
        if (name.endsWith(".parquet")) {
            return PARQUET;
        }
        if (name.endsWith(".csv") || name.endsWith(".csv.gz")) {
            return CSV;
        }
        if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSON;
        }
        return null;
    }
}
