package dev.lakehouse.explorer.engine.kernel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakehouse.explorer.engine.delta.TableRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Writes small Delta tables by hand — commit files plus copies of one corpus Parquet file (col1 int, col2 string,
 * 10 rows) — for what the corpus does not have: long histories, chosen timestamps, in-commit timestamps, VACUUM.
 * Commit 0 creates the table with one file; each later commit adds one file, and every fifth also removes the
 * file added five commits before, as an overwrite of part of the data would.
 */
final class HandWrittenTable {
    static final int ROWS_PER_FILE = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE_FILE = "part-00000-f95c1140-7256-4bfa-b651-e7a7eb6208bb-c000.snappy.parquet";
    private static final String SCHEMA = "{\"type\":\"struct\",\"fields\":[{\"name\":\"col1\",\"type\":\"integer\","
            + "\"nullable\":true,\"metadata\":{}},{\"name\":\"col2\",\"type\":\"string\",\"nullable\":true,\"metadata\":{}}]}";

    private HandWrittenTable() {
    }

    /** A table of {@code commits} commits whose commitInfo timestamps are {@code 1000 * (version + 1)}. */
    static TableRef create(Path folder, int commits) {
        return create(folder, commits, v -> {
            ObjectNode info = commitInfo(v == 0 ? "CREATE TABLE" : "WRITE");
            info.put("timestamp", 1000 * (v + 1));
            return info;
        });
    }

    /** A table whose commitInfo for each version comes from {@code commitInfo} (null: no commitInfo line). */
    static TableRef create(Path folder, int commits, LongFunction<ObjectNode> commitInfo) {
        try {
            Files.createDirectories(folder.resolve("_delta_log"));
            Path source = Corpus.table("snapshot-vacuumed").location().resolve(SOURCE_FILE);
            for (long v = 0; v < commits; v++) {
                Files.copy(source, folder.resolve(dataFile(v)));
                var lines = new ArrayList<String>();
                ObjectNode info = commitInfo.apply(v);
                if (info != null) {
                    lines.add(line("commitInfo", info));
                }
                if (v == 0) {
                    lines.add("{\"protocol\":{\"minReaderVersion\":1,\"minWriterVersion\":2}}");
                    ObjectNode metadata = JSON.createObjectNode().put("id", "hand-written").put("schemaString", SCHEMA)
                            .put("createdTime", 1000);
                    metadata.putObject("format").put("provider", "parquet");
                    metadata.putArray("partitionColumns");
                    metadata.putObject("configuration");
                    lines.add(line("metaData", metadata));
                }
                ObjectNode add = file(v);
                add.putObject("partitionValues");
                lines.add(line("add", add.put("size", Files.size(source)).put("modificationTime", 1000)
                        .put("dataChange", true)));
                if (v >= 5 && v % 5 == 0) {
                    lines.add(line("remove", file(v - 5).put("deletionTimestamp", 1000).put("dataChange", true)));
                }
                writeCommit(folder, v, lines);
            }
            return TableRef.path(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode commitInfo(String operation) {
        ObjectNode info = JSON.createObjectNode().put("operation", operation);
        info.putObject("operationParameters").put("mode", "Append");
        return info;
    }

    /** The data file added by a version. */
    static String dataFile(long version) {
        return String.format("part-%05d-hand-written.snappy.parquet", version);
    }

    /** Rows in a version of a table made by {@link #create}. */
    static long rowsAtVersion(long version) {
        long files = version + 1 - version / 5;
        return files * ROWS_PER_FILE;
    }

    static void writeCommit(Path folder, long version, List<String> lines) throws IOException {
        Files.write(folder.resolve("_delta_log").resolve(String.format("%020d.json", version)), lines);
    }

    private static ObjectNode file(long version) {
        return JSON.createObjectNode().put("path", dataFile(version));
    }

    private static String line(String action, ObjectNode body) {
        return JSON.createObjectNode().set(action, body).toString();
    }
}
