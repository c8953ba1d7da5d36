package dev.lakehouse.explorer.ui.catalog;

import dev.lakehouse.explorer.ui.common.Sizes;
import dev.lakehouse.explorer.ui.common.ValueFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The History tab's words for a commit: its parameters on one line, and its metrics boiled down to rows and files
 * added and removed, and bytes written. Delta names the same figure differently per operation (WRITE's
 * {@code numOutputRows} is MERGE's {@code numTargetRowsInserted}), hence the lists of names per figure.
 */
public final class HistoryText {
    private static final List<String> ROWS_ADDED = List.of("numTargetRowsInserted", "numOutputRows");
    private static final List<String> ROWS_UPDATED = List.of("numTargetRowsUpdated", "numUpdatedRows");
    private static final List<String> ROWS_REMOVED = List.of("numTargetRowsDeleted", "numDeletedRows");
    private static final List<String> FILES_ADDED = List.of("numTargetFilesAdded", "numAddedFiles", "numFiles",
            "numRestoredFiles", "numConvertedFiles");
    private static final List<String> FILES_REMOVED = List.of("numTargetFilesRemoved", "numRemovedFiles",
            "numDeletedFiles");
    private static final List<String> BYTES = List.of("numOutputBytes", "numAddedBytes", "numTargetBytesAdded");

    private HistoryText() {
    }

    /** {@code mode=Append, partitionBy=[]}; empty when there are none. */
    public static String parameters(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** {@code +1,000 rows · −20 rows · 3 files added · 1 removed · 12.0 KiB}; empty when nothing is known. */
    public static String metrics(Map<String, String> metrics) {
        List<String> parts = new ArrayList<>();
        first(metrics, ROWS_ADDED).ifPresent(n -> parts.add("+" + ValueFormat.count(n) + " rows"));
        first(metrics, ROWS_UPDATED).ifPresent(n -> parts.add(ValueFormat.count(n) + " updated"));
        first(metrics, ROWS_REMOVED).ifPresent(n -> parts.add("−" + ValueFormat.count(n) + " rows"));
        first(metrics, FILES_ADDED).ifPresent(n -> parts.add(ValueFormat.count(n) + " files added"));
        first(metrics, FILES_REMOVED).ifPresent(n -> parts.add(ValueFormat.count(n) + " files removed"));
        first(metrics, BYTES).ifPresent(n -> parts.add(Sizes.human(n)));
        return String.join(" · ", parts);
    }

    /** Every metric, one per line, for a tooltip. */
    public static String allMetrics(Map<String, String> metrics) {
        return metrics.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static java.util.Optional<Long> first(Map<String, String> metrics, List<String> names) {
        for (String name : names) {
            String value = metrics.get(name);
            if (value != null) {
                try {
                    return java.util.Optional.of(Long.parseLong(value.trim()));
                } catch (NumberFormatException notACount) {
                    // a writer that put text here; try the next name
                }
            }
        }
        return java.util.Optional.empty();
    }
}
