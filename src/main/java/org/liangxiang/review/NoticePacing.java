package org.liangxiang.review;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The share of one core the notice renderer may take: after issuing that took {@code t}, the next issuing starts no
 * earlier than {@code t * (1 - share) / share} later, so that over time the renderer is busy at most {@code share} of
 * the wall-clock time and the acts keep the rest. A share of 1 never waits.
 *
 * <p>While the machine is busy (its CPU load, read at most once a {@link #LOAD_EVERY}, at or above {@code busyLoad})
 * the renderer takes the smaller {@code busyShare}: notices are deferred work and yield to the staff's acts, which
 * people wait for; they catch up once the machine has room again. A load that cannot be read (negative) counts as not
 * busy. A reading is the load since the reading before; when issuing begins after a lull (no reading for two periods,
 * or none yet: nothing was owed, or the pause at the busy share was that long) such a reading would tell what the
 * machine did during the lull, not now, so the lull's reading is dropped when issuing begins ({@link #began}) and the
 * load is read again when it ends: a busy spell that begins after a quiet one no longer starts with notices at the full
 * share (until run 21 the load was read once a second, and the first notices of a measured window took half a core).
 */
final class NoticePacing {

    /** How often the machine's load is read (it is the load since the previous reading). */
    static final Duration LOAD_EVERY = Duration.ofMillis(250);

    private final double share;
    private final double busyShare;
    private final double busyLoad;
    private final DoubleSupplier machineLoad;
    private long notBefore;
    private boolean paced;
    private boolean busy;
    private long loadReadAt;
    private boolean loadRead;
    private boolean readAtEnd;

    NoticePacing(double share) {
        this(share, share, 1, () -> -1);
    }

    NoticePacing(double share, double busyShare, double busyLoad, DoubleSupplier machineLoad) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("liangxiang.review.notices.cpu-share must be in (0, 1]: " + share);
        }
        if (!(busyShare > 0 && busyShare <= share)) {
            throw new IllegalArgumentException(
                    "liangxiang.review.notices.busy-cpu-share must be in (0, cpu-share]: " + busyShare);
        }
        if (!(busyLoad > 0 && busyLoad <= 1)) {
            throw new IllegalArgumentException("liangxiang.review.notices.busy-load must be in (0, 1]: " + busyLoad);
        }
        this.share = share;
        this.busyShare = busyShare;
        this.busyLoad = busyLoad;
        this.machineLoad = machineLoad;
    }

    /** The pause owed after issuing that took {@code busy}, at the share for a machine with room. */
    Duration pauseAfter(Duration busy) {
        return pauseAfter(busy, share);
    }

    private static Duration pauseAfter(Duration busy, double share) {
        return Duration.ofNanos(Math.round(busy.toNanos() * (1 - share) / share));
    }

    /** How long, at {@code now} (nanoTime), the next issuing must still wait. */
    synchronized Duration waitAt(long now) {
        return paced ? Duration.ofNanos(Math.max(0, notBefore - now)) : Duration.ZERO;
    }

    /**
     * Issuing ran from {@code began} to {@code ended} (nanoTime): the next may start after the pause it owes, at the
     * busy share while the machine is busy.
     */
    synchronized void issued(long began, long ended) {
        paced = true;
        double now = busyAt(ended) ? busyShare : share;
        notBefore = ended + pauseAfter(Duration.ofNanos(ended - began), now).toNanos();
    }

    /**
     * Issuing begins at {@code now} (nanoTime): after a lull (no reading for two periods, or none yet) the load since
     * the last reading is dropped, so that the reading when the issuing ends covers the issuing only.
     */
    synchronized void began(long now) {
        if (busyShare != share && (!loadRead || now - loadReadAt >= 2 * LOAD_EVERY.toNanos())) {
            machineLoad.getAsDouble();
            loadRead = true;
            loadReadAt = now;
            readAtEnd = true;
        }
    }

    /**
     * Whether the machine is busy at {@code now} (nanoTime): its load read again once {@link #LOAD_EVERY} passed, or
     * when issuing that began after a lull ends.
     */
    synchronized boolean busyAt(long now) {
        if (busyShare == share) {
            return false;
        }
        if (!loadRead || readAtEnd || now - loadReadAt >= LOAD_EVERY.toNanos()) {
            busy = machineLoad.getAsDouble() >= busyLoad;
            readAtEnd = false;
            loadRead = true;
            loadReadAt = now;
        }
        return busy;
    }
}
