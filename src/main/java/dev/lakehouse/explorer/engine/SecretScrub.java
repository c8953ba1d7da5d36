package dev.lakehouse.explorer.engine;

import dev.lakehouse.explorer.engine.logging.SecretRedactor;

/**
 * Makes an error safe to leave the engine: a statement can put a secret into an error message
 * ({@code raise_error(secret('s', 'k'))}), and the causes carry Spark's and the SDKs' own texts. When any message in the
 * chain holds a registered secret, the error is rebuilt with masked messages all the way down (stack traces kept), so
 * no one-line message, details pane or {@code --verbose} trace can show it.
 */
public final class SecretScrub {
    private SecretScrub() {
    }

    public static EngineException scrub(EngineException e, SecretRedactor redactor) {
        if (redactor == null || !redactor.hasSecrets() || !leaks(e, redactor)) {
            return e;
        }
        String m = redactor.redact(e.getMessage());
        Throwable cause = e.getCause() == null ? null : copy(e.getCause(), redactor);
        EngineException clean = rebuild(e, m, cause);
        clean.setStackTrace(e.getStackTrace());
        return clean;
    }

    private static EngineException rebuild(EngineException e, String m, Throwable cause) {
        if (e instanceof QueryException) {
            return new QueryException(m, cause);
        } else if (e instanceof WorkspaceException) {
            return new WorkspaceException(m, cause);
        } else if (e instanceof EngineUnavailableException) {
            return new EngineUnavailableException(m, cause);
        } else if (e instanceof TableReadException) {
            return new TableReadException(m, cause);
        } else if (e instanceof SecretException) {
            return new SecretException(m, cause);
        } else if (e instanceof StorageException) {
            return new StorageException(m, cause);
        } else if (e instanceof InvalidRequestException) {
            return new InvalidRequestException(m);
        } else if (e instanceof JobCancelledException) {
            return new JobCancelledException(m);
        }
        return new EngineException(m, cause);
    }

    private static boolean leaks(Throwable e, SecretRedactor redactor) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.equals(redactor.redact(m))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static Throwable copy(Throwable t, SecretRedactor redactor) {
        Throwable cause = t.getCause() == null || t.getCause() == t ? null : copy(t.getCause(), redactor);
        Throwable clean = new ScrubbedCause(t.getClass().getName() + ": " + redactor.redact(t.getMessage()), cause);
        clean.setStackTrace(t.getStackTrace());
        return clean;
    }

    /** A cause re-told with its secrets masked: the original class name in the message, its stack trace kept. */
    static final class ScrubbedCause extends RuntimeException {
        ScrubbedCause(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
