package org.diplograph.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/**
 * The lines one logger writes while a test runs, caught with a log4j2 appender added to it (the
 * logger's level and other appenders are left as configured).
 *
 * <pre>
 *   try (LogCapture log = LogCapture.of(SomeClass.class)) { ...; log.lines(); }
 * </pre>
 */
final class LogCapture implements AutoCloseable {
    private final Logger logger;
    private final Appender appender;
    private final List<String> lines = new ArrayList<>();
    private final List<LogEvent> events = new ArrayList<>();

    private LogCapture(Class<?> source) {
        logger = (Logger) LogManager.getLogger(source);
        appender = new AbstractAppender("capture-" + System.identityHashCode(this), null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                synchronized (lines) {
                    lines.add(event.getLevel() + " " + event.getMessage().getFormattedMessage());
                    events.add(event.toImmutable());
                }
            }
        };
        appender.start();
        logger.addAppender(appender);
    }

    static LogCapture of(Class<?> source) {
        return new LogCapture(source);
    }

    /** The lines so far, each {@code LEVEL message}. */
    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** The events so far, as the logger gave them (for formatting with a layout). */
    List<LogEvent> events() {
        synchronized (lines) {
            return List.copyOf(events);
        }
    }

    /** The lines at {@code level} so far. */
    List<String> lines(Level level) {
        return lines().stream().filter(l -> l.startsWith(level + " ")).toList();
    }

    @Override
    public void close() {
        logger.removeAppender(appender);
        appender.stop();
    }
}
