package dev.lakehouse.explorer.engine.azure;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every log line of the Azure SDK and MSAL at their most talkative level, with stack traces, while it is open —
 * the SDK logs through slf4j to Log4j 2, so a root appender sees what any sink of the app would.
 */
final class CapturedLog extends AbstractAppender implements AutoCloseable {
    private static final List<String> LOGGERS = List.of("com.azure", "com.microsoft.aad.msal4j");
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);

    private CapturedLog() {
        super("kv-captured-log", null, null, true, Property.EMPTY_ARRAY);
    }

    static CapturedLog open() {
        CapturedLog log = new CapturedLog();
        log.start();
        Configuration config = log.context.getConfiguration();
        config.addAppender(log);
        for (String name : LOGGERS) {
            LoggerConfig logger = new LoggerConfig(name, Level.ALL, false);
            logger.addAppender(log, Level.ALL, null);
            config.addLogger(name, logger);
        }
        log.context.updateLoggers();
        return log;
    }

    @Override
    public void append(LogEvent event) {
        StringWriter text = new StringWriter().append(event.getLoggerName()).append(' ')
                .append(event.getMessage().getFormattedMessage());
        if (event.getThrown() != null) {
            event.getThrown().printStackTrace(new PrintWriter(text));
        }
        lines.add(text.toString());
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        Configuration config = context.getConfiguration();
        LOGGERS.forEach(config::removeLogger);
        config.getAppenders().remove(getName());
        context.updateLoggers();
        stop();
    }
}
