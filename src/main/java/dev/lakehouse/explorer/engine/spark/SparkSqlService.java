package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.sql.ExportResult;
import dev.lakehouse.explorer.engine.sql.QueryResult;
import dev.lakehouse.explorer.engine.sql.ResultPage;
import dev.lakehouse.explorer.engine.sql.SqlScript;
import dev.lakehouse.explorer.engine.sql.SqlService;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** SQL on the Spark session, with results read through cursors a page at a time. */
final class SparkSqlService implements SqlService {
    private static final java.util.regex.Pattern SECRET_CALL = java.util.regex.Pattern.compile("(?i)\\bsecret\\s*\\(");
    private final Supplier<SparkSession> session;
    private final Supplier<SparkJobs> jobs;
    private final Cursors cursors;
    private final StorageSettings storage;

    SparkSqlService(Supplier<SparkSession> session, Supplier<SparkJobs> jobs, Cursors cursors, StorageSettings storage) {
        this.session = session;
        this.jobs = jobs;
        this.cursors = cursors;
        this.storage = storage;
    }

    @Override
    public QueryResult execute(String statement, int pageSize, JobContext ctx) {
        if (statement == null || statement.isBlank()) {
            throw new InvalidRequestException("Nothing to run: the statement is empty.");
        }
        SparkSession spark = session.get();
        long start = System.nanoTime();
        storage.prepareStatement(spark, statement); // connections a LOCATION, delta.`wasb://…` or a table reaches
        return jobs.get().run(ctx, () -> {
            Dataset<Row> df = spark.sql(statement);
            return cursors.open(df, statement, pageSize, start);
        });
    }

    @Override
    public QueryResult executeScript(String script, int pageSize, JobContext ctx) {
        List<String> statements = SqlScript.split(script);
        if (statements.isEmpty()) {
            throw new InvalidRequestException("Nothing to run: the script holds no statement.");
        }
        QueryResult last = null;
        for (int i = 0; i < statements.size(); i++) {
            if (last != null && last.cursorId() != null) {
                close(last.cursorId());
            }
            try {
                last = execute(statements.get(i), pageSize, ctx);
            } catch (QueryException e) {
                if (statements.size() == 1) {
                    throw e;
                }
                throw new QueryException("Statement " + (i + 1) + " of " + statements.size() + " failed ("
                        + SqlScript.preview(statements.get(i)) + "): " + e.getMessage()
                        + SqlScript.appliedNote(i), e);
            }
        }
        return last;
    }

    @Override
    public ResultPage nextPage(String cursorId, int pageSize, JobContext ctx) {
        return cursors.next(cursorId, pageSize, ctx);
    }

    @Override
    public void close(String cursorId) {
        cursors.close(cursorId);
    }

    @Override
    public ExportResult export(String statement, Path target, String format, JobContext ctx) {
        String fmt = SparkExport.check(statement, target, format);
        if (SECRET_CALL.matcher(statement).find()) {
            throw new InvalidRequestException("A result that calls secret() cannot be exported: the file would hold the secret in clear text.");
        }
        SparkSession spark = session.get();
        storage.prepareStatement(spark, statement);
        return jobs.get().run(ctx, () -> SparkExport.write(spark, statement.strip(), target, fmt));
    }
}
