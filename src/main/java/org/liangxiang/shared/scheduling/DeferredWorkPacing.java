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
 *
 * <p>The pacings of one node's jobs share one {@link BusyClock} ({@link DeferredWork}): the pause a turn taken while
 * the machine is busy owes is owed by every job, after the pauses owed already, so that the jobs together, not each
 * of them, take at most the busy share while the requests need the machine. With room, each job keeps its own share.
 */
public final class DeferredWorkPacing {

    private final double share;
    private final double busyShare;
    private final double busyLoad;
    private final DoubleSupplier machineLoad;
    private final BusyClock busyClock;
    private long notBefore;
    private boolean paced;

    /** Always the one share, whatever the machine's load. */
    public DeferredWorkPacing(String prefix, double share) {
        this(prefix, share, share, 1, () -> -1);
    }

    /** A job paced alone: its busy turns owe their pauses to itself only. */
    public DeferredWorkPacing(
            String prefix, double share, double busyShare, double busyLoad, DoubleSupplier machineLoad) {
        this(prefix, share, busyShare, busyLoad, machineLoad, new BusyClock());
    }

    /** A job whose busy turns owe their pauses to every job on {@code busyClock}. */
    public DeferredWorkPacing(
            String prefix,
            double share,
            double busyShare,
            double busyLoad,
            DoubleSupplier machineLoad,
            BusyClock busyClock) {
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
        this.busyClock = busyClock;
    }

    /** The pause owed after a turn that took {@code busy}, at the share for a machine with room. */
    public Duration pauseAfter(Duration busy) {
        return pauseAfter(busy, share);
    }

    private static Duration pauseAfter(Duration busy, double share) {
        return Duration.ofNanos(Math.round(busy.toNanos() * (1 - share) / share));
    }

    /**
     * How long, at {@code now} (nanoTime), the next turn must still wait: for its own pause, and for the pauses the
     * busy turns of every job on its clock owe.
     */
    public Duration waitAt(long now) {
        long own;
        synchronized (this) {
            own = paced ? notBefore - now : 0;
        }
        return Duration.ofNanos(Math.max(0, Math.max(own, busyClock.waitAt(now))));
    }

    /**
     * A turn ran from {@code began} to {@code ended} (nanoTime): the next may start after the pause it owes, at the
     * busy share while the machine is busy (then owed on the shared clock too, after the pauses owed there already).
     */
    public void ran(long began, long ended) {
        boolean busy = busy();
        Duration pause = pauseAfter(Duration.ofNanos(ended - began), busy ? busyShare : share);
        synchronized (this) {
            paced = true;
            notBefore = ended + pause.toNanos();
        }
        if (busy) {
            busyClock.owe(ended, pause);
        }
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

    /**
     * The pauses owed by the busy turns of the jobs that share it: each turn's pause starts when the turn ended or
     * when the pauses owed before it end, whichever is later, so the pauses add up rather than overlap.
     */
    public static final class BusyClock {

        private long notBefore;
        private boolean owed;

        synchronized void owe(long ended, Duration pause) {
            notBefore = (owed ? Math.max(notBefore, ended) : ended) + pause.toNanos();
            owed = true;
        }

        synchronized long waitAt(long now) {
            return owed ? notBefore - now : 0;
        }
    }
}
