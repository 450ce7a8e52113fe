package org.liangxiang.shared.scheduling;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The machine's recent CPU load (0 to 1), read by one daemon thread ({@code machine-load}) every {@link #EVERY}, for
 * the deferred jobs' pacing ({@link DeferredWorkPacing}). One reader for the whole node because the JVM's reading
 * ({@code getCpuLoad}) is the load since the previous call by anyone: two callers reading it each for themselves would
 * shorten each other's readings, and a caller that read it after a quiet minute would be told about that minute. Read
 * on a clock, {@link #latest} is never older than one period and always covers one period. -1 while nothing has been
 * read, or where the JVM cannot tell (such a load counts as room).
 */
@Component
public class MachineLoad implements DisposableBean {

    /** How often the load is read; each reading is the load over the period before it. */
    public static final Duration EVERY = Duration.ofMillis(250);

    private final ScheduledExecutorService reader;
    private volatile double latest = -1;

    public MachineLoad() {
        this(jvmCpuLoad(), EVERY);
    }

    /** Reads {@code source} every {@code every} from now on. */
    MachineLoad(DoubleSupplier source, Duration every) {
        this.reader = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "machine-load");
            t.setDaemon(true);
            return t;
        });
        source.getAsDouble(); // the first reading sets the baseline: the load since the JVM started means nothing
        reader.scheduleAtFixedRate(() -> latest = read(source), every.toNanos(), every.toNanos(), TimeUnit.NANOSECONDS);
    }

    private static double read(DoubleSupplier source) {
        try {
            return source.getAsDouble();
        } catch (RuntimeException e) {
            return -1; // a failed reading must not end the reading thread's schedule
        }
    }

    /** The load over the last period (0 to 1), or -1 when not known. */
    public double latest() {
        return latest;
    }

    @Override
    public void destroy() {
        reader.shutdownNow();
    }

    /** The JVM's reading of the machine's CPU load since its previous one, or -1 where the JVM cannot tell. */
    static DoubleSupplier jvmCpuLoad() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os::getCpuLoad
                : () -> -1;
    }
}
