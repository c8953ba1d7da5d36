package dev.lakehouse.explorer.engine.spark;

import dev.lakehouse.explorer.engine.EngineException;
import dev.lakehouse.explorer.engine.JobCancelledException;
import dev.lakehouse.explorer.engine.QueryException;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.catalyst.parser.ParseException;

import java.util.regex.Pattern;

/**
 * Turns Spark's and Delta's exceptions into one-line messages a user can act on. Spark's own messages carry an
 * error class prefix, a SQLSTATE and often the whole logical plan; the user needs the first sentence.
 */
final class SparkErrors {
    private static final Pattern ERROR_CLASS = Pattern.compile("^\\[[A-Z_.]+]\\s*");
    private static final Pattern POSITION = Pattern.compile("\\.?\\s*\\(line (\\d+), pos (\\d+)\\)");
    private static final Pattern SQLSTATE = Pattern.compile("\\s*SQLSTATE: \\w+\\.?");

    private SparkErrors() {
    }

    static EngineException map(Throwable e) {
        if (e instanceof EngineException ee) {
            return ee;
        }
        if (isCancellation(e)) {
            return new JobCancelledException("Cancelled.");
        }
        if (e instanceof ParseException pe) {
            String msg = oneLine(pe.getMessage());
            return new QueryException(msg.startsWith("Syntax error") ? msg : "Syntax error: " + msg, e);
        }
        if (e instanceof AnalysisException ae) {
            return new QueryException(oneLine(ae.getMessage()), e);
        }
        Throwable root = rootCause(e);
        String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String storage = storageFailure(e, root);
        return new QueryException(storage != null ? storage : oneLine(msg), e);
    }

    /**
     * A network failure under a storage driver (WASB, ABFS) reads as a bare "Connection refused"; say which storage
     * could not be reached and where to look, instead.
     */
    private static String storageFailure(Throwable e, Throwable root) {
        boolean network = root instanceof java.net.ConnectException || root instanceof java.net.UnknownHostException
                || root instanceof java.net.SocketTimeoutException || root instanceof javax.net.ssl.SSLException;
        if (!network) {
            return null;
        }
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith("org.apache.hadoop.fs.azure")) {
                    String what = root instanceof java.net.UnknownHostException ? "its host does not resolve ("
                            + root.getMessage() + ")" : oneLine(root.getMessage() == null ? root.getClass().getSimpleName()
                            : root.getMessage());
                    return "Azure storage cannot be reached: " + what + ". Is the storage (or Azurite) running? "
                            + "Test the connection in the Connections panel or with 'connections test NAME'.";
                }
            }
            if (t.getCause() == null) {
                break;
            }
        }
        return null;
    }

    static boolean isCancellation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("cancelled part of cancelled job group") || m.contains("cancelled because SparkContext was shut down"))) {
                return true;
            }
        }
        return false;
    }

    /** The first meaningful line, without the error class tag, SQLSTATE or plan. */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "Unknown error.";
        }
        String first = message.strip().lines().findFirst().orElse("").strip();
        first = ERROR_CLASS.matcher(first).replaceFirst("");
        first = SQLSTATE.matcher(first).replaceAll("");
        first = first.replaceAll(";\\s*$", "");
        first = POSITION.matcher(first).replaceAll(" (line $1, position $2)");
        return first.strip();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
