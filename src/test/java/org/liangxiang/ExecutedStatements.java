package org.liangxiang;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * The SQL statements this thread ran through Spring's JdbcTemplate (every JdbcClient goes through it) while some work
 * ran, read from its DEBUG log ("Executing prepared SQL statement [...]"): for tests that count what a piece of work
 * writes, e.g. the inserts a transaction makes at its commit.
 */
public final class ExecutedStatements {

    private ExecutedStatements() {}

    /** The log lines of the statements this thread executed during {@code work} whose text contains {@code part}. */
    public static List<String> containing(String part, Runnable work) {
        return containing(part, Thread.currentThread().getName(), work, Duration.ZERO);
    }

    /**
     * The log lines of the statements any thread executed during {@code work} and the {@code settle} time after it
     * (for work a server thread finishes after its answer was sent) whose text contains {@code part}.
     */
    public static List<String> onAnyThread(String part, Runnable work, Duration settle) {
        return containing(part, null, work, settle);
    }

    private static List<String> containing(String part, String thread, Runnable work, Duration settle) {
        Logger logger = (Logger) LoggerFactory.getLogger("org.springframework.jdbc.core.JdbcTemplate");
        List<String> seen = new CopyOnWriteArrayList<>();
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent e) {
                String message = e.getFormattedMessage();
                if ((thread == null || e.getThreadName().equals(thread))
                        && message.startsWith("Executing")
                        && message.contains(part)) {
                    seen.add(message);
                }
            }
        };
        appender.start();
        Level before = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logger.addAppender(appender);
        try {
            work.run();
            Thread.sleep(settle.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(before);
        }
        return seen;
    }
}
