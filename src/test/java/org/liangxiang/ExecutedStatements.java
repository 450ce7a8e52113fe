package org.liangxiang;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
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
        Logger logger = (Logger) LoggerFactory.getLogger("org.springframework.jdbc.core.JdbcTemplate");
        String self = Thread.currentThread().getName();
        List<String> seen = new CopyOnWriteArrayList<>();
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent e) {
                String message = e.getFormattedMessage();
                if (e.getThreadName().equals(self) && message.startsWith("Executing") && message.contains(part)) {
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
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(before);
        }
        return seen;
    }
}
