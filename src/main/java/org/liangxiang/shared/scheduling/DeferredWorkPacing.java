package org.liangxiang.shared.scheduling;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The share of one core a job's deferred work may take (the notices' rendering, the evidence reports, the inbox's
 * notices to accounts): after a turn of work that took {@code t}, the next turn starts no earlier than {@code t * (1 -
 * share) / share} later, so that over time the job is busy at most {@code share} of the wall-clock time and the
 * requests keep the rest. A share of 1 never waits.
 *
 * <p>While the machine is busy (its {@link MachineLoad} at or above {@code busyLoad}) the job takes the smaller
 * {@code busyShare}: deferred work yields to what people wait for (a submission's answer, a staff member's act) and
 * catches up once the machine has room again. A load that is not known (negative) counts as room. The job's own
 * properties are named in the refusals of a share or load out of range ({@code prefix} + {@code cpu-share}, {@code
 * busy-cpu-share}, {@code busy-load}).
 */
public final class DeferredWorkPacing {

    private final double share;
    private final double busyShare;
    private final double busyLoad;
    private final DoubleSupplier machineLoad;
    private long notBefore;
    private boolean paced;

    /** Always the one share, whatever the machine's load. */
    public DeferredWorkPacing(String prefix, double share) {
        this(prefix, share, share, 1, () -> -1);
    }

    public DeferredWorkPacing(
            String prefix, double share, double busyShare, double busyLoad, DoubleSupplier machineLoad) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException(prefix + "cpu-share must be in (0, 1]: " + share);
        }
        if (!(busyShare > 0 && busyShare <= share)) {
            throw new IllegalArgumentException(prefix + "busy-cpu-share must be in (0, cpu-share]: " + busyShare);
        }
        if (!(busyLoad > 0 && busyLoad <= 1)) {
            throw new IllegalArgumentException(prefix + "busy-load must be in (0, 1]: " + busyLoad);
        }
        this.share = share;
        this.busyShare = busyShare;
        this.busyLoad = busyLoad;
        this.machineLoad = machineLoad;
    }

    /** The pause owed after a turn that took {@code busy}, at the share for a machine with room. */
    public Duration pauseAfter(Duration busy) {
        return pauseAfter(busy, share);
    }

    private static Duration pauseAfter(Duration busy, double share) {
        return Duration.ofNanos(Math.round(busy.toNanos() * (1 - share) / share));
    }

    /** How long, at {@code now} (nanoTime), the next turn must still wait. */
    public synchronized Duration waitAt(long now) {
        return paced ? Duration.ofNanos(Math.max(0, notBefore - now)) : Duration.ZERO;
    }

    /**
     * A turn ran from {@code began} to {@code ended} (nanoTime): the next may start after the pause it owes, at the
     * busy share while the machine is busy.
     */
    public synchronized void ran(long began, long ended) {
        paced = true;
        double now = busy() ? busyShare : share;
        notBefore = ended + pauseAfter(Duration.ofNanos(ended - began), now).toNanos();
    }

    /** Whether the machine is busy now (never asked when both shares are equal). */
    private boolean busy() {
        return busyShare != share && machineLoad.getAsDouble() >= busyLoad;
    }

    /** Waits for the turn, runs {@code work} and records how long it took; answers what it answered. */
    public <T> T turn(Supplier<T> work) {
        for (long nanos = waitAt(System.nanoTime()).toNanos();
                nanos > 0;
                nanos = waitAt(System.nanoTime()).toNanos()) {
            LockSupport.parkNanos(nanos);
        }
        long began = System.nanoTime();
        try {
            return work.get();
        } finally {
            ran(began, System.nanoTime());
        }
    }
}
