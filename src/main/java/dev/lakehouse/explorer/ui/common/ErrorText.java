package dev.lakehouse.explorer.ui.common;

import dev.lakehouse.explorer.engine.EngineException;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** How an error reads to the user: one line first, the stack trace only on request. */
public final class ErrorText {

    private ErrorText() {
    }

    /**
     * One line: an engine error's own message (the engine writes it for the user), anything else as
     * "Unexpected error: …".
     */
    public static String summary(Throwable error) {
        Throwable t = unwrap(error);
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof EngineException) {
                return c.getMessage();
            }
        }
        String msg = t.getMessage();
        return "Unexpected error: " + (msg == null || msg.isBlank() ? t.getClass().getSimpleName() : msg);
    }

    /** The full stack trace, for the details pane and bug reports. */
    public static String details(Throwable error) {
        var out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && (current instanceof ExecutionException
                || current instanceof CompletionException || current instanceof InvocationTargetException)) {
            current = current.getCause();
        }
        return current;
    }
}
