package org.liangxiang.review;

import java.time.Duration;

/**
 * The share of one core the notice renderer may take: after issuing that took {@code t}, the next issuing starts no
 * earlier than {@code t * (1 - share) / share} later, so that over time the renderer is busy at most {@code share} of
 * the wall-clock time and the acts keep the rest. A share of 1 never waits.
 */
final class NoticePacing {

    private final double share;
    private long notBefore;
    private boolean paced;

    NoticePacing(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("liangxiang.review.notices.cpu-share must be in (0, 1]: " + share);
        }
        this.share = share;
    }

    /** The pause owed after issuing that took {@code busy}. */
    Duration pauseAfter(Duration busy) {
        return Duration.ofNanos(Math.round(busy.toNanos() * (1 - share) / share));
    }

    /** How long, at {@code now} (nanoTime), the next issuing must still wait. */
    synchronized Duration waitAt(long now) {
        return paced ? Duration.ofNanos(Math.max(0, notBefore - now)) : Duration.ZERO;
    }

    /** Issuing ran from {@code began} to {@code ended} (nanoTime): the next may start after the pause it owes. */
    synchronized void issued(long began, long ended) {
        paced = true;
        notBefore = ended + pauseAfter(Duration.ofNanos(ended - began)).toNanos();
    }
}
