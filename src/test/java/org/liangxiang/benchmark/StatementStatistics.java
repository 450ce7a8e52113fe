package org.liangxiang.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.liangxiang.AsOwner;
import org.springframework.core.env.Environment;

/**
 * The database's side of a measured window: PostgreSQL's {@code pg_stat_statements}, reset before the window and its
 * top statements by total execution time printed after it (every session's statements: the request threads', the
 * listeners' and the jobs'). Only with {@code -Dbench.statements=true}, and only on a data directory whose server
 * preloads the library: the first such run sets {@code shared_preload_libraries} with {@code ALTER SYSTEM} (as the
 * owner) and says to run again, since it takes effect at the server's next start. Off, every call does nothing.
 */
final class StatementStatistics {

    static final int TOP = Integer.getInteger("bench.statements.top", 20);

    private final Environment env;
    private final Consumer<String> out;

    private StatementStatistics(Environment env, Consumer<String> out) {
        this.env = env;
        this.out = out;
    }

    /** Ready statistics when asked for and the library is loaded; otherwise ones that do nothing. */
    static StatementStatistics prepare(boolean wanted, Environment env, Consumer<String> out) throws SQLException {
        if (!wanted) {
            return new StatementStatistics(null, out);
        }
        try (Connection c = AsOwner.connect(env);
                Statement s = c.createStatement()) {
            if (!single(s, "SHOW shared_preload_libraries").contains("pg_stat_statements")) {
                s.execute("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
                out.accept("pg_stat_statements: preloaded from the next start of this data directory's server;"
                        + " run again for the statement figures");
                return new StatementStatistics(null, out);
            }
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            // planning counted too: a statement planned at every call costs CPU that execution time does not show
            s.execute("ALTER SYSTEM SET pg_stat_statements.track_planning = on");
            s.execute("SELECT pg_reload_conf()");
        }
        out.accept("pg_stat_statements: on (top " + TOP + " statements by total time after each window)");
        return new StatementStatistics(env, out);
    }

    void reset() throws SQLException {
        if (env == null) {
            return;
        }
        try (Connection c = AsOwner.connect(env);
                Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** Prints the totals and the top statements since the last reset. */
    void top(String window) throws SQLException {
        if (env == null) {
            return;
        }
        try (Connection c = AsOwner.connect(env);
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("""
                    SELECT count(*), coalesce(sum(calls), 0), coalesce(sum(total_exec_time), 0),
                           coalesce(sum(shared_blks_hit), 0), coalesce(sum(shared_blks_read), 0),
                           coalesce(sum(shared_blks_dirtied), 0), coalesce(sum(wal_records), 0),
                           coalesce(sum(wal_fpi), 0), coalesce(sum(wal_bytes), 0),
                           coalesce(sum(plans), 0), coalesce(sum(total_plan_time), 0)
                      FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'""")) {
                rs.next();
                out.accept(("statements in %s: %d distinct, %d calls, %.1f ms of execution in all; %d plans made,"
                                + " %.1f ms of planning")
                        .formatted(
                                window,
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getDouble(3),
                                rs.getLong(10),
                                rs.getDouble(11)));
                out.accept(("  shared buffers hit %d, read %d (from the OS), dirtied %d; WAL %d records, %d full-page"
                                + " images, %.1f MB")
                        .formatted(
                                rs.getLong(4),
                                rs.getLong(5),
                                rs.getLong(6),
                                rs.getLong(7),
                                rs.getLong(8),
                                rs.getDouble(9) / 1e6));
            }
            out.accept(("top %d by total time: calls | total ms | mean ms | rows | buffers hit+read | read | WAL"
                            + " full-page images | WAL kB | plans | plan ms | statement")
                    .formatted(TOP));
            try (ResultSet rs = s.executeQuery("""
                    SELECT calls, total_exec_time, mean_exec_time, rows, shared_blks_hit + shared_blks_read,
                           shared_blks_read, wal_fpi, wal_bytes, plans, total_plan_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 300)
                      FROM pg_stat_statements WHERE query NOT LIKE '%%pg_stat_statements%%'
                     ORDER BY total_exec_time DESC LIMIT %d""".formatted(TOP))) {
                while (rs.next()) {
                    out.accept("  %d | %.1f | %.3f | %d | %d | %d | %d | %.0f | %d | %.1f | %s"
                            .formatted(
                                    rs.getLong(1),
                                    rs.getDouble(2),
                                    rs.getDouble(3),
                                    rs.getLong(4),
                                    rs.getLong(5),
                                    rs.getLong(6),
                                    rs.getLong(7),
                                    rs.getDouble(8) / 1e3,
                                    rs.getLong(9),
                                    rs.getDouble(10),
                                    rs.getString(11)));
                }
            }
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
