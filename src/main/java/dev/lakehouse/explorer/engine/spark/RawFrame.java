package dev.lakehouse.explorer.engine.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a reader made of a group of files, before typing: the files' columns under safe internal names
 * ({@code c0}, {@code c1}…, so that header names with dots, spaces or back-ticks never reach SQL text), a
 * {@code _corrupt_record} string (the raw line when it could not be parsed, else null) and {@code _source_file}.
 *
 * @param frame   internal columns, {@code _corrupt_record}, {@code _source_file}
 * @param columns the files' column names (as the files spell them) → internal name, in file order
 * @param extras  a {@code map<string,string>} of values outside the table's columns found per row (JSON keys),
 *                or null when every column of the files is in {@code columns}
 */
record RawFrame(Dataset<Row> frame, Map<String, String> columns, Column extras) {
    static final String CORRUPT = "_corrupt_record";

    RawFrame {
        columns = new LinkedHashMap<>(columns);
    }

    /**
     * {@code _source_file} for the rows of a group: the file's id when the group is one file, else decoded from
     * {@code _metadata.file_path} (a URL-encoded URI: {@code +} is kept, {@code %20} is a space; the {@code file:}
     * scheme is dropped so that local files show as plain absolute paths, as {@link SourceFile#id()}).
     */
    static Column sourceFile(java.util.List<SourceFile> group) {
        if (group.size() == 1) {
            return functions.lit(group.get(0).id()).as(BronzeColumns.SOURCE_FILE);
        }
        return functions.expr("regexp_replace(url_decode(replace(_metadata.file_path, '+', '%2B')), '^file:(//)?', '')")
                .as(BronzeColumns.SOURCE_FILE);
    }

    /** The internal column of a table column: matched case-insensitively, as Spark matches names. */
    Optional<String> internal(String tableColumn) {
        String want = tableColumn.toLowerCase(Locale.ROOT);
        return columns.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(want))
                .map(Map.Entry::getValue).findFirst();
    }
}
