package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.InvalidRequestException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.sql.QueryResult;
import dev.lakehouse.explorer.engine.sql.ResultPage;
import dev.lakehouse.explorer.engine.sql.SqlService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Runs a statement or a script and prints the (last) result, streamed page by page. */
@Command(name = "sql", description = "Run a SQL statement, or a script of statements separated by ';'.")
final class SqlCommand implements Callable<Integer> {
    private static final int PAGE = 1_000;

    @ParentCommand
    LakehouseCommand root;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The statement to run.")
    String query;

    @Option(names = "--file", paramLabel = "SCRIPT.sql", description = "Run the statements of this file in order; print the last result.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        String script = script();
        SqlService sql = root.engine().sql();
        JobContext ctx = JobContext.silent("sql");
        QueryResult result = file != null ? sql.executeScript(script, PAGE, ctx) : sql.execute(script, PAGE, ctx);
        RowWriter writer = RowWriter.of(format, root.out());
        ResultPage page = result.firstPage();
        writer.begin(page.columns());
        page.rows().forEach(writer::row);
        while (page.hasMore()) {
            page = sql.nextPage(result.cursorId(), PAGE, ctx);
            page.rows().forEach(writer::row);
        }
        writer.end();
        return Cli.OK;
    }

    private String script() {
        if ((query == null) == (file == null)) {
            throw new InvalidRequestException("Give either a QUERY or --file SCRIPT.sql.");
        }
        if (query != null) {
            return query;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidRequestException("Cannot read script " + file + ": " + (Files.exists(file) ? e.getMessage() : "no such file") + ".");
        }
    }
}
