package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.sql.QueryResult;
import dev.lakehouse.explorer.engine.sql.ResultPage;
import dev.lakehouse.explorer.engine.sql.ResultRedaction;
import dev.lakehouse.explorer.engine.logging.SecretRedactor;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The open results of the engine, shared by every service that pages rows (SQL, Delta table pages), so that one
 * {@code SqlService.nextPage(cursorId, …)} continues any of them.
 */
final class Cursors {
    private final Map<String, PageSource> open = new ConcurrentHashMap<>();
    private final Supplier<SparkJobs> jobs;
    private final SecretRedactor redactor;

    /** @param redactor masks secrets in every page (a {@code SELECT secret(…)}, {@code SET}); null masks nothing */
    Cursors(Supplier<SparkJobs> jobs, SecretRedactor redactor) {
        this.jobs = jobs;
        this.redactor = redactor;
    }

    /**
     * Reads the first page of a Dataset; the rest stays behind a cursor when there is more. Call inside the job's
     * {@code jobs.run}: the first page runs Spark jobs.
     */
    QueryResult open(Dataset<Row> df, String statement, int pageSize, long startNanos) {
        return open(new SqlCursor(df.schema(), df.toLocalIterator()), statement, pageSize, startNanos);
    }

    /** Like {@link #open(Dataset, String, int, long)}, reading each page by LIMIT/OFFSET ({@link PagedFrame}). */
    QueryResult openPaged(Dataset<Row> df, String statement, int pageSize, long startNanos) {
        return open(new PagedFrame(df), statement, pageSize, startNanos);
    }

    private QueryResult open(PageSource cursor, String statement, int pageSize, long startNanos) {
        ResultPage first = ResultRedaction.redact(cursor.next(pageSize), redactor);
        String id = null;
        if (first.hasMore()) {
            id = UUID.randomUUID().toString();
            open.put(id, cursor);
        }
        return new QueryResult(id, statement, first, (System.nanoTime() - startNanos) / 1_000_000);
    }

    ResultPage next(String cursorId, int pageSize, JobContext ctx) {
        PageSource cursor = open.get(cursorId);
        if (cursor == null) {
            throw new InvalidRequestException("This result is no longer open: run the query again.");
        }
        try {
            ResultPage page = ResultRedaction.redact(jobs.get().run(ctx, () -> cursor.next(pageSize)), redactor);
            if (!page.hasMore()) {
                open.remove(cursorId);
            }
            return page;
        } catch (JobCancelledException e) {
            open.remove(cursorId); // a cancelled partition job leaves the iterator unusable
            throw e;
        }
    }

    void close(String cursorId) {
        if (cursorId != null) {
            open.remove(cursorId);
        }
    }
}
