package org.liangxiang;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The round trips this thread made to PostgreSQL while some work ran: the driver's protocol messages, read from its
 * FINEST log, counted by its {@code Sync} (the message after which it waits for the server's answer).
 */
public final class RoundTrips {

    private static final String DRIVER_LOGGER = "org.postgresql.core.v3.QueryExecutorImpl";

    private RoundTrips() {}

    /** How many times this thread's connections waited for PostgreSQL during {@code work}. */
    public static int during(Runnable work) {
        Logger logger = Logger.getLogger(DRIVER_LOGGER);
        long self = Thread.currentThread().getId();
        AtomicInteger syncs = new AtomicInteger();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLongThreadID() == self && " FE=> Sync".equals(r.getMessage())) {
                    syncs.incrementAndGet();
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        handler.setLevel(Level.ALL);
        Level before = logger.getLevel();
        boolean parents = logger.getUseParentHandlers();
        logger.setLevel(Level.FINEST);
        logger.setUseParentHandlers(false); // not to the application's log
        logger.addHandler(handler);
        try {
            work.run();
        } finally {
            logger.removeHandler(handler);
            logger.setUseParentHandlers(parents);
            logger.setLevel(before);
        }
        return syncs.get();
    }
}
