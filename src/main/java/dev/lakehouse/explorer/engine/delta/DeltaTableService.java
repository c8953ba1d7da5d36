package dev.lakehouse.explorer.engine.delta;

import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.sql.QueryResult;

import java.nio.file.Path;
import java.util.List;

/**
 * What needs Spark on a Delta table: sorted and filtered pages, counts, exports, diffs between versions and
 * maintenance. (Schema, details, history and first pages come compute-free from {@link TableReader}.)
 * All calls run under the context's job group, report progress and can be cancelled.
 */
public interface DeltaTableService {

    /** Opens the rows of a query; further pages come from {@code SqlService.nextPage(cursorId, …)}. */
    QueryResult rows(TableRef table, TableQuery query, int pageSize, JobContext ctx);

    long count(TableRef table, TableQuery query, JobContext ctx);

    /** Writes the query's rows to one file ({@code .csv} with a header, or {@code .parquet}); never overwrites. */
    ExportResult export(TableRef table, TableQuery query, Path target, ExportFormat format, JobContext ctx);

    /** Spark's own DESCRIBE HISTORY, newest first (the Kernel reader's must agree with it). */
    List<TableVersion> history(TableRef table, JobContext ctx);

    /** The columns a MERGE in the table's history matched on, best guess for a diff key; empty when none. */
    List<String> suggestedKey(TableRef table, JobContext ctx);

    VersionDiff diff(TableRef table, long fromVersion, long toVersion, DiffOptions options, JobContext ctx);

    /** What RESTORE to {@code version} would change, for the confirmation; changes nothing. */
    RestorePreview previewRestore(TableRef table, long version, JobContext ctx);

    MaintenanceResult restore(TableRef table, long version, JobContext ctx);

    /** Files VACUUM would delete and the versions that would stop being readable; deletes nothing. */
    VacuumPlan planVacuum(TableRef table, Double retainHours, JobContext ctx);

    /** VACUUM with Delta's retention safety check on; returns what it deleted. */
    VacuumPlan vacuum(TableRef table, Double retainHours, JobContext ctx);

    MaintenanceResult optimize(TableRef table, List<String> zOrderBy, JobContext ctx);

    MaintenanceResult enableChangeDataFeed(TableRef table, JobContext ctx);

    enum ExportFormat { CSV, PARQUET }

    record ExportResult(Path target, long rows, long bytes) {
    }

    /**
     * @param keyColumns columns identifying a row across versions; empty = added/removed only
     * @param includeRows whether to return the differing rows themselves
     * @param rowLimit   at most this many differing rows
     */
    record DiffOptions(List<String> keyColumns, boolean includeRows, int rowLimit) {
        public DiffOptions {
            keyColumns = keyColumns == null ? List.of() : List.copyOf(keyColumns);
        }
    }

    /** Operation metrics as Delta reports them (e.g. numRestoredFiles, numFilesAdded, …). */
    record MaintenanceResult(String operation, long newVersion, java.util.Map<String, String> metrics) {
    }

    /**
     * @param currentVersion the latest version now
     * @param rowsNow        rows at the latest version
     * @param rowsAfter      rows at the restored version
     * @param schemaChange   how the schema would change
     */
    record RestorePreview(long currentVersion, long targetVersion, long rowsNow, long rowsAfter, SchemaDiff schemaChange) {
    }

    /**
     * @param files                   data files to delete (paths relative to the table)
     * @param bytes                   their total size
     * @param versionsNoLongerReadable versions whose data would be gone afterwards
     */
    record VacuumPlan(double retainHours, List<String> files, long bytes, List<Long> versionsNoLongerReadable) {
    }
}
