package dev.lakehouse.explorer.engine.delta;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code DESCRIBE DETAIL} tells about one version of a Delta table.
 *
 * @param location         the table's folder: a local path or a storage URI
 * @param format           always {@code delta}
 * @param version          the version described
 * @param sizeInBytes      total size of the version's data files
 * @param numFiles         number of the version's data files
 * @param partitionColumns partition columns, in order
 * @param minReaderVersion protocol reader version
 * @param minWriterVersion protocol writer version
 * @param tableFeatures    reader and writer features, sorted; for protocols older than table features (reader &lt; 3,
 *                         writer &lt; 7) the features those versions imply, e.g. {@code appendOnly, invariants}
 * @param properties       table properties ({@code delta.*} and user-set)
 * @param createdAt        when the table was created, when the log recorded it; else null
 * @param lastModified     when this version was committed (same clock as {@link TableVersion#timestamp()}), or null
 * @param id               the table's id (a UUID)
 * @param name             the name set in the table's metadata, or null
 * @param description      the description set in the table's metadata, or null
 */
public record TableDetail(String location, String format, long version, long sizeInBytes, long numFiles,
                          List<String> partitionColumns, int minReaderVersion, int minWriterVersion,
                          List<String> tableFeatures, Map<String, String> properties, Instant createdAt,
                          Instant lastModified, String id, String name, String description) {

    public TableDetail {
        partitionColumns = List.copyOf(partitionColumns);
        tableFeatures = List.copyOf(tableFeatures);
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
