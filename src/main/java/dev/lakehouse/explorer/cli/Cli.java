package dev.lakehouse.explorer.cli;

import dev.lakehouse.explorer.engine.EngineException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Runs the command line: parses, runs one command, and maps failures to exit codes — 0 success, 1 a user error
 * with a one-line message on stderr, 2 bad usage. Stack traces appear only with --verbose.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int USAGE = 2;
    private static final String NAME = "lakehouse-explorer";

    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err, EngineOpener opener, GuiLauncher gui) {
        return run(args, System.in, out, err, opener, gui);
    }

    /** @param in standard input: where {@code secrets put} reads a value, never from an argument */
    public static int run(String[] args, java.io.InputStream in, PrintStream out, PrintStream err, EngineOpener opener,
                          GuiLauncher gui) {
        LakehouseCommand root = new LakehouseCommand(opener, gui, in);
        PrintWriter stdout = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter stderr = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cmd = new CommandLine(root)
                .setOut(stdout)
                .setErr(stderr)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((ex, a) -> usageError(ex, stderr))
                .setExecutionExceptionHandler((ex, c, parsed) -> userError(ex, stderr, root.verbose, root::redact));
        try {
            return cmd.execute(args);
        } finally {
            try {
                root.close();
            } catch (RuntimeException e) {
                stderr.println(NAME + ": error while stopping the engine: " + e.getMessage());
            }
            stdout.flush();
        }
    }

    private static int usageError(ParameterException ex, PrintWriter err) {
        String message = ex.getMessage();
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                && ex.getCommandLine().getParent() == null && !u.getUnmatched().get(0).startsWith("-")) {
            message = "Unknown command '" + u.getUnmatched().get(0) + "'";
        }
        err.println(NAME + ": " + message + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help').");
        return USAGE;
    }

    private static int userError(Exception ex, PrintWriter err, boolean verbose, java.util.function.UnaryOperator<String> redact) {
        if (ex instanceof EngineException || ex instanceof IllegalArgumentException) {
            err.println(NAME + ": " + redact.apply(ex.getMessage()));
        } else {
            err.println(NAME + ": unexpected error: " + redact.apply(String.valueOf(ex))
                    + (verbose ? "" : " (run with --verbose for details)"));
        }
        if (verbose) {
            var trace = new java.io.StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            err.print(redact.apply(trace.toString()));
            err.flush();
        }
        return USER_ERROR;
    }
}
