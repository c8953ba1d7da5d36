package dev.lakehouse.explorer.ui.fake;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.QueryException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.jobs.JobProgress;
import dev.lakehouse.explorer.engine.sql.Column;
import dev.lakehouse.explorer.engine.sql.ExportResult;
import dev.lakehouse.explorer.engine.sql.QueryResult;
import dev.lakehouse.explorer.engine.sql.ResultPage;
import dev.lakehouse.explorer.engine.sql.SqlService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * A SQL service over {@link FakeLakehouse} that understands the few statements UI tests need, with real paging
 * through cursors: {@code SELECT * FROM t [LIMIT n]}, {@code SELECT * FROM range(n)}, {@code SELECT 1 AS x},
 * {@code SHOW SCHEMAS}, {@code SHOW TABLES IN s}, {@code CREATE SCHEMA s}, {@code CREATE TABLE s.t (c type, …)}.
 * Anything else fails as Spark's parser would.
 */
public final class FakeSqlService implements SqlService {
    private static final Pattern SELECT_TABLE = Pattern.compile("(?is)select\\s+\\*\\s+from\\s+([\\w.]+)(?:\\s+limit\\s+(\\d+))?");
    private static final Pattern SELECT_RANGE = Pattern.compile("(?is)select\\s+\\*\\s+from\\s+range\\((\\d+)\\)");
    private static final Pattern SELECT_LITERAL = Pattern.compile("(?is)select\\s+(\\d+)(?:\\s+as\\s+(\\w+))?");
    private static final Pattern SHOW_TABLES = Pattern.compile("(?is)show\\s+tables\\s+in\\s+(\\w+)");
    private static final Pattern CREATE_SCHEMA = Pattern.compile("(?is)create\\s+(?:schema|database)\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?is)create\\s+table\\s+(\\w+)\\.(\\w+)\\s*\\((.*)\\)");
    private final FakeLakehouse lake;
    private final Map<String, Cursor> cursors = new ConcurrentHashMap<>();
    private final AtomicInteger cursorIds = new AtomicInteger();
    public final List<String> executed = new CopyOnWriteArrayList<>();
    public final List<String> closed = new CopyOnWriteArrayList<>();
    public final List<Path> exported = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch gate;
    private final Map<String, CountDownLatch> running = new ConcurrentHashMap<>();
    private final Map<Pattern, Function<Matcher, ResultPage>> answers = new ConcurrentHashMap<>();

    private record Cursor(List<Column> columns, List<List<Object>> rows, int[] position) {
    }

    public FakeSqlService(FakeLakehouse lake) {
        this.lake = lake;
    }

    /** Makes statements wait until {@link #release()} or until their job is cancelled. */
    public void hold() {
        gate = new CountDownLatch(1);
    }

    public void release() {
        gate.countDown();
    }

    /** Called by the fake job service: a held statement of this job fails as cancelled. */
    void cancel(String jobId) {
        CountDownLatch latch = running.get(jobId);
        if (latch != null) {
            latch.countDown();
        }
    }

    /**
     * Teaches the service one more statement (matched case-insensitively, whole): the handler's page is the result.
     * For statements only some tests need, e.g. {@code CREATE TABLE … LOCATION …} or {@code CONVERT TO DELTA …}.
     */
    public void answer(String regex, Function<Matcher, ResultPage> handler) {
        answers.put(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL), handler);
    }

    /** Opens a cursor over rows held elsewhere (as the fake Delta service does for its queries). */
    public QueryResult openCursor(String statement, List<Column> columns, List<List<Object>> rows, int pageSize) {
        if (rows.size() <= pageSize) {
            return new QueryResult(null, statement, new ResultPage(columns, rows, false), 12);
        }
        String id = "cursor-" + cursorIds.incrementAndGet();
        cursors.put(id, new Cursor(columns, List.copyOf(rows), new int[] {pageSize}));
        return new QueryResult(id, statement, new ResultPage(columns, rows.subList(0, pageSize), true), 12);
    }

    public int openCursors() {
        return cursors.size();
    }

    @Override
    public QueryResult execute(String statement, int pageSize, JobContext ctx) {
        awaitGate(ctx);
        executed.add(statement.trim());
        ctx.report(JobProgress.message(ctx.id(), "Running statement"));
        Result r = evaluate(statement.trim());
        if (r.rows.size() <= pageSize) {
            return new QueryResult(null, statement, new ResultPage(r.columns, r.rows, false), 12);
        }
        String id = "cursor-" + cursorIds.incrementAndGet();
        cursors.put(id, new Cursor(r.columns, r.rows, new int[] {pageSize}));
        return new QueryResult(id, statement, new ResultPage(r.columns, r.rows.subList(0, pageSize), true), 12);
    }

    @Override
    public QueryResult executeScript(String script, int pageSize, JobContext ctx) {
        List<String> statements = Arrays.stream(script.split(";")).map(String::trim)
                .map(s -> s.replaceAll("(?m)^\\s*--.*$", "").trim()).filter(s -> !s.isEmpty()).toList();
        if (statements.isEmpty()) {
            throw new QueryException("The script holds no statement.");
        }
        QueryResult last = null;
        for (int i = 0; i < statements.size(); i++) {
            try {
                last = execute(statements.get(i), pageSize, ctx);
            } catch (QueryException e) {
                throw statements.size() == 1 ? e : new QueryException("Statement " + (i + 1) + ": " + e.getMessage());
            }
        }
        return last;
    }

    @Override
    public ResultPage nextPage(String cursorId, int pageSize, JobContext ctx) {
        Cursor c = cursors.get(cursorId);
        if (c == null) {
            throw new QueryException("The result was closed; run the query again.");
        }
        int from = c.position[0];
        int to = Math.min(c.rows.size(), from + pageSize);
        c.position[0] = to;
        boolean more = to < c.rows.size();
        if (!more) {
            cursors.remove(cursorId);
        }
        return new ResultPage(c.columns, c.rows.subList(from, to), more);
    }

    @Override
    public void close(String cursorId) {
        if (cursors.remove(cursorId) != null) {
            closed.add(cursorId);
        }
    }

    /** Writes the whole result: CSV with a header line, or a stand-in for Parquet; refuses what is not a query. */
    @Override
    public ExportResult export(String statement, Path target, String format, JobContext ctx) {
        if (!statement.trim().matches("(?is)(select|show)\\b.*")) {
            throw new InvalidRequestException("Only the result of a query can be exported.");
        }
        awaitGate(ctx);
        Result r = evaluate(statement.trim());
        String text = r.columns.stream().map(Column::name).collect(Collectors.joining(",")) + "\n"
                + r.rows.stream().map(row -> row.stream().map(String::valueOf).collect(Collectors.joining(",")) + "\n")
                .collect(Collectors.joining());
        try {
            Files.writeString(target, format.equals("parquet") ? "PAR1" : text, StandardCharsets.UTF_8);
            exported.add(target);
            return new ExportResult(target, format, Files.size(target), 34);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitGate(JobContext ctx) {
        CountDownLatch g = gate;
        if (g == null) {
            return;
        }
        var cancelled = new CountDownLatch(1);
        running.put(ctx.id(), cancelled);
        try {
            while (g.getCount() > 0) {
                if (cancelled.await(10, TimeUnit.MILLISECONDS)) {
                    throw new JobCancelledException("The query was cancelled.");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobCancelledException("The query was interrupted.");
        } finally {
            running.remove(ctx.id());
        }
    }

    private record Result(List<Column> columns, List<List<Object>> rows) {
    }

    private Result evaluate(String sql) {
        Matcher m;
        for (var answer : answers.entrySet()) {
            if ((m = answer.getKey().matcher(sql)).matches()) {
                ResultPage page = answer.getValue().apply(m);
                return new Result(page.columns(), page.rows());
            }
        }
        if ((m = SELECT_RANGE.matcher(sql)).matches()) {
            long n = Long.parseLong(m.group(1));
            return new Result(List.of(new Column("id", "bigint")),
                    LongStream.range(0, n).<List<Object>>mapToObj(List::of).toList());
        }
        if ((m = SELECT_TABLE.matcher(sql)).matches()) {
            var t = lake.table(m.group(1));
            int limit = m.group(2) == null ? Integer.MAX_VALUE : Integer.parseInt(m.group(2));
            return new Result(t.columns(), t.rows().subList(0, Math.min(limit, t.rows().size())));
        }
        if ((m = SELECT_LITERAL.matcher(sql)).matches()) {
            String name = m.group(2) == null ? m.group(1) : m.group(2);
            return new Result(List.of(new Column(name, "int")), List.of(List.of(Integer.parseInt(m.group(1)))));
        }
        if (sql.matches("(?is)show\\s+(schemas|databases)")) {
            return new Result(List.of(new Column("namespace", "string")),
                    lake.schemas().stream().<List<Object>>map(List::of).toList());
        }
        if ((m = SHOW_TABLES.matcher(sql)).matches()) {
            return showTables(m.group(1));
        }
        if ((m = CREATE_SCHEMA.matcher(sql)).matches()) {
            lake.createSchema(m.group(1));
            return new Result(List.of(), List.of());
        }
        if ((m = CREATE_TABLE.matcher(sql)).matches()) {
            lake.put(m.group(1), m.group(2), columns(m.group(3)), List.of());
            return new Result(List.of(), List.of());
        }
        String near = sql.split("\\s+")[0];
        throw new QueryException("[PARSE_SYNTAX_ERROR] Syntax error at or near '" + near + "'. (line 1, pos 0)");
    }

    private Result showTables(String schema) {
        if (!lake.hasSchema(schema)) {
            throw new QueryException("[SCHEMA_NOT_FOUND] The schema `" + schema + "` cannot be found.");
        }
        List<List<Object>> rows = new ArrayList<>();
        lake.tables(schema).forEach(t -> rows.add(List.of(t.schema(), t.name(), false)));
        return new Result(List.of(new Column("namespace", "string"), new Column("tableName", "string"),
                new Column("isTemporary", "boolean")), rows);
    }

    private static List<Column> columns(String spec) {
        return Arrays.stream(spec.split(",")).map(String::trim).map(c -> c.split("\\s+", 2))
                .map(p -> new Column(p[0], p.length > 1 ? p[1].toLowerCase() : "string")).toList();
    }
}
