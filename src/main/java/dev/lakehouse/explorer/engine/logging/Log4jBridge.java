package dev.lakehouse.explorer.engine.logging;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.layout.PatternLayout;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Routes every log event (Spark's, Hive's, ours) through one {@link SecretRedactor} to the workspace log file, the
 * in-app feed and, with --verbose, stderr. Spark and its libraries log through Log4j 2, so one appender on the root
 * logger sees everything; redacting in the appender means no sink can receive a secret in clear text.
 */
public final class Log4jBridge implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final RedactingAppender appender;

    private Log4jBridge(RedactingAppender appender) {
        this.appender = appender;
    }

    public static Log4jBridge install(Path logFile, SecretRedactor redactor, InMemoryLogFeed feed, PrintStream console) {
        Writer file = openLog(logFile);
        var appender = new RedactingAppender("lakehouse-" + COUNTER.incrementAndGet(), redactor, feed, file, console);
        appender.start();
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        config.addAppender(appender);
        LoggerConfig root = config.getRootLogger();
        root.addAppender(appender, Level.INFO, null);
        ctx.updateLoggers();
        return new Log4jBridge(appender);
    }

    private static Writer openLog(Path logFile) {
        try {
            return new BufferedWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND));
        } catch (IOException e) {
            return null; // an unwritable log must not stop the app; the in-app console still works
        }
    }

    @Override
    public void close() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.getConfiguration().getRootLogger().removeAppender(appender.getName());
        ctx.updateLoggers();
        appender.stop();
        appender.closeFile();
    }

    private static final class RedactingAppender extends AbstractAppender {
        private final SecretRedactor redactor;
        private final InMemoryLogFeed feed;
        private final Writer file;
        private final PrintStream console;
        private final PatternLayout fileLayout = PatternLayout.newBuilder()
                .withPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%t] %c{1.} - %msg%n%throwable").build();

        RedactingAppender(String name, SecretRedactor redactor, InMemoryLogFeed feed, Writer file, PrintStream console) {
            super(name, null, null, true, Property.EMPTY_ARRAY);
            this.redactor = redactor;
            this.feed = feed;
            this.file = file;
            this.console = console;
        }

        @Override
        public void append(LogEvent event) {
            String message = redactor.redact(event.getMessage().getFormattedMessage());
            feed.publish(new LogLine(Instant.ofEpochMilli(event.getTimeMillis()), level(event.getLevel()),
                    event.getLoggerName(), message));
            String formatted = redactor.redact(fileLayout.toSerializable(event));
            writeFile(formatted);
            if (console != null && event.getLevel().isMoreSpecificThan(Level.INFO)) {
                console.print(formatted);
            }
        }

        private synchronized void writeFile(String text) {
            if (file == null) {
                return;
            }
            try {
                file.write(text);
                file.flush();
            } catch (IOException ignored) {
                // the disk filled up or the file went away: keep the app running, the console still shows it
            }
        }

        synchronized void closeFile() {
            try {
                if (file != null) {
                    file.close();
                }
            } catch (IOException ignored) {
                // closing on shutdown; nothing to recover
            }
        }

        private static LogLine.Level level(Level level) {
            if (level.isMoreSpecificThan(Level.ERROR)) {
                return LogLine.Level.ERROR;
            }
            if (level.isMoreSpecificThan(Level.WARN)) {
                return LogLine.Level.WARN;
            }
            if (level.isMoreSpecificThan(Level.INFO)) {
                return LogLine.Level.INFO;
            }
            return level.isMoreSpecificThan(Level.DEBUG) ? LogLine.Level.DEBUG : LogLine.Level.TRACE;
        }
    }
}
