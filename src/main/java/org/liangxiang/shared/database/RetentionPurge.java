package org.liangxiang.shared.database;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The batch loop of a module's retention purge: calls the module's own database function {@code name(retention
 * interval, most integer) RETURNS integer} (owner-owned, removing at most {@code most} rows and answering how many) once
 * a statement until a batch comes back short. Each module keeps its function, its schedule, its lock and its
 * properties; only the loop is shared (the notification inbox's and the evidence reports' purges).
 */
public final class RetentionPurge {

    /** What one purge did: the rows removed, in how many batches. */
    public record Purged(long rows, int batches) {}

    private RetentionPurge() {}

    /** Removes, through {@code function}, the rows older than the retention, a batch at a time. */
    public static Purged run(JdbcClient jdbc, String function, Duration retention, int batchSize) {
        if (!function.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a function name: " + function);
        }
        long rows = 0;
        int batches = 0;
        int removed;
        do {
            removed = jdbc.sql("SELECT " + function + "(CAST(? AS interval), ?)")
                    .params(retention.toString(), batchSize)
                    .query(Integer.class)
                    .single();
            rows += removed;
            batches++;
        } while (removed >= batchSize);
        return new Purged(rows, batches);
    }
}
