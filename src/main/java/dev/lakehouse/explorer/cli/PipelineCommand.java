package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.PipelineException;
import dev.lakehouse.explorer.engine.jobs.JobContext;
import dev.lakehouse.explorer.engine.pipelines.ParsedSpec;
import dev.lakehouse.explorer.engine.pipelines.PipelineProblem;
import dev.lakehouse.explorer.engine.pipelines.RunListener;
import dev.lakehouse.explorer.engine.pipelines.RunReport;
import dev.lakehouse.explorer.engine.pipelines.RunRequest;
import dev.lakehouse.explorer.engine.pipelines.RunStatus;
import dev.lakehouse.explorer.engine.pipelines.RunSummary;
import dev.lakehouse.explorer.engine.pipelines.SpecDocument;
import dev.lakehouse.explorer.engine.pipelines.StepReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Medallion pipelines: check a spec, run it, list and show past runs. */
@Command(name = "pipeline", description = "Validate and run medallion pipeline specs; list and show their runs.",
        subcommands = {PipelineCommand.Validate.class, PipelineCommand.Run.class, PipelineCommand.Runs.class,
                PipelineCommand.Show.class})
final class PipelineCommand {
    @ParentCommand
    LakehouseCommand root;

    /** Prints a spec's problems, one per line, on stderr; returns the exit code. */
    int problems(List<PipelineProblem> problems) {
        PrintWriter err = root.spec.commandLine().getErr();
        problems.forEach(p -> err.println(root.redact(p.format())));
        err.flush();
        return problems.isEmpty() ? Cli.OK : Cli.USER_ERROR;
    }

    @Command(name = "validate", description = "Check a spec without running it: the YAML, the DAG, and every "
            + "expression planned in Spark against its input. Exit 0, or 1 with one line per problem.")
    static final class Validate implements Callable<Integer> {
        @ParentCommand
        PipelineCommand parent;

        @Parameters(paramLabel = "SPEC", description = "The pipeline spec (YAML).")
        Path spec;

        @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Override a declared parameter.")
        Map<String, String> params = new LinkedHashMap<>();

        @Override
        public Integer call() {
            SpecDocument doc = SpecDocument.read(spec);
            var pipelines = parent.root.engine().pipelines();
            ParsedSpec parsed = pipelines.check(doc, params);
            List<PipelineProblem> problems = parsed.ok()
                    ? pipelines.validate(doc, params, JobContext.silent("Validate " + spec)) : parsed.problems();
            if (problems.isEmpty()) {
                parent.root.out().printf("%s: pipeline %s is valid (%d steps)%n", spec, parsed.spec().name(),
                        parsed.spec().steps().size());
            }
            return parent.problems(problems);
        }
    }

    @Command(name = "run", description = "Run a spec: steps in DAG order, each one Delta commit on its target.")
    static final class Run implements Callable<Integer> {
        @ParentCommand
        PipelineCommand parent;

        @Parameters(paramLabel = "SPEC", description = "The pipeline spec (YAML).")
        Path spec;

        @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Override a declared parameter.")
        Map<String, String> params = new LinkedHashMap<>();

        @Option(names = "--full-refresh", description = "Recompute every step from all of its input.")
        boolean fullRefresh;

        @Option(names = "--resume", paramLabel = "RUN_ID", description = "Rerun the steps that failed or were skipped in that run.")
        String resume;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json: the run report alone on stdout.")
        OutputFormat format = OutputFormat.TABLE;

        @Override
        public Integer call() {
            RunRequest request = new RunRequest(SpecDocument.read(spec), params, fullRefresh, resume);
            RunReport report;
            try {
                report = parent.root.engine().pipelines().run(request, progress(),
                        JobContext.silent("Pipeline " + spec));
            } catch (PipelineException e) {
                if (e.problems().isEmpty()) {
                    throw e;
                }
                return parent.problems(e.problems());
            }
            if (format == OutputFormat.JSON) {
                PipelineJson.report(report, parent.root.out());
            } else {
                printReport(report, parent.root.out());
            }
            return report.status() == RunStatus.SUCCEEDED ? Cli.OK : Cli.USER_ERROR;
        }

        /** One line per finished step on stderr, so stdout keeps the report alone. */
        private RunListener progress() {
            PrintWriter err = parent.root.spec.commandLine().getErr();
            return new RunListener() {
                @Override
                public void stepFinished(StepReport s) {
                    err.println(parent.root.redact(String.format("%-9s %s → %s%s", s.status(), s.name(), s.target(),
                            s.error() == null ? "" : ": " + s.error())));
                    err.flush();
                }
            };
        }
    }

    @Command(name = "runs", description = "Past runs, newest first.")
    static final class Runs implements Callable<Integer> {
        @ParentCommand
        PipelineCommand parent;

        @Option(names = "--pipeline", paramLabel = "NAME", description = "Only this pipeline's runs.")
        String pipeline;

        @Option(names = "--limit", paramLabel = "N", description = "At most N runs (default ${DEFAULT-VALUE}).")
        int limit = 50;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
        OutputFormat format = OutputFormat.TABLE;

        @Override
        public Integer call() {
            List<RunSummary> runs = parent.root.engine().pipelines().runs(pipeline, limit);
            if (format == OutputFormat.JSON) {
                PipelineJson.summaries(runs, parent.root.out());
                return Cli.OK;
            }
            Listing listing = new Listing("run_id", "pipeline", "status", "started", "duration_s", "steps", "error");
            for (RunSummary r : runs) {
                long ms = r.started() == null || r.ended() == null ? 0 : r.ended().toEpochMilli() - r.started().toEpochMilli();
                listing.row(r.runId(), r.pipeline(), r.status().name(), r.started(), String.format("%.1f", ms / 1000.0),
                        r.stepsSucceeded() + " ok, " + r.stepsFailed() + " failed, " + r.stepsSkipped() + " skipped",
                        r.error());
            }
            listing.print(format, parent.root.out());
            return Cli.OK;
        }
    }

    @Command(name = "show", description = "One run's report.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        PipelineCommand parent;

        @Parameters(paramLabel = "RUN_ID", description = "A run id, as `pipeline runs` lists them.")
        String runId;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
        OutputFormat format = OutputFormat.TABLE;

        @Override
        public Integer call() {
            RunReport report = parent.root.engine().pipelines().show(runId).orElseThrow(() ->
                    new IllegalArgumentException("No pipeline run " + runId + " in this workspace; `pipeline runs` lists them."));
            if (format == OutputFormat.JSON) {
                PipelineJson.report(report, parent.root.out());
            } else {
                printReport(report, parent.root.out());
            }
            return Cli.OK;
        }
    }

    static void printReport(RunReport r, PrintWriter out) {
        out.printf("Run %s of pipeline %s: %s in %.1f s%s%n", r.runId(), r.pipeline(), r.status(),
                r.durationMillis() / 1000.0, r.error() == null ? "" : " (" + r.error() + ")");
        Listing steps = new Listing("step", "status", "target", "version", "read", "written", "inserted", "updated",
                "deleted", "dropped", "quarantined", "duplicates", "files");
        for (StepReport s : r.steps()) {
            steps.row(s.name(), s.status().name(), s.target(), s.version(), s.rowsRead(), s.rowsWritten(),
                    s.rowsInserted(), s.rowsUpdated(), s.rowsDeleted(), s.rowsDropped(), s.rowsQuarantined(),
                    s.rowsDuplicates(), s.filesIngested());
        }
        steps.print(OutputFormat.TABLE, out);
        Listing exp = new Listing("step", "expectation", "action", "passed", "failed");
        boolean any = false;
        for (StepReport s : r.steps()) {
            for (var e : s.expectations()) {
                exp.row(s.name(), e.name(), e.action().key(), e.passed(), e.failed());
                any = true;
            }
        }
        if (any) {
            out.println();
            exp.print(OutputFormat.TABLE, out);
        }
        for (StepReport s : r.steps()) {
            if (s.error() != null && s.status() != dev.lakehouse.explorer.engine.pipelines.StepStatus.SUCCEEDED) {
                out.printf("%s: %s%n", s.name(), s.error());
            }
        }
    }
}
