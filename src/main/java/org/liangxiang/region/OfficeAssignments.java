package org.liangxiang.region;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The stored assignments that override a township's default offices. Every review act asks for its township's chain,
 * so the answer is remembered per chain: forgotten on this node as soon as an assignment is saved or deleted (and again
 * when that transaction ends), and after {@link #REMEMBERED} at most, so a change made on another node is seen within
 * that time.
 */
@Component
class OfficeAssignments {

    record Assignment(String regionCode, OfficeKind kind, String servingRegionCode, String displayName) {}

    /** How long a chain's assignments are remembered at most (the delay for a change made on another node). */
    static final Duration REMEMBERED = Duration.ofSeconds(30);

    private static final int MOST_REMEMBERED = 10_000;

    private record Remembered(List<Assignment> assignments, long readAt) {}

    private final JdbcClient jdbc;
    private final Map<List<String>, Remembered> remembered = new ConcurrentHashMap<>();
    private final LongSupplier nanos = System::nanoTime;

    OfficeAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The assignments on these regions (a chain), remembered for a while (see the class). */
    List<Assignment> forRegions(Collection<String> regionCodes) {
        List<String> key = List.copyOf(regionCodes);
        long now = nanos.getAsLong();
        Remembered known = remembered.get(key);
        if (known != null && now - known.readAt() < REMEMBERED.toNanos()) {
            return known.assignments();
        }
        List<Assignment> read = read(key);
        if (remembered.size() >= MOST_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(key, new Remembered(read, now));
        return read;
    }

    /** Forgets every remembered chain now and when the writing transaction ends (so no reader keeps a stale one). */
    private void forget() {
        remembered.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    remembered.clear();
                }
            });
        }
    }

    private List<Assignment> read(List<String> regionCodes) {
        return jdbc.sql("""
                        SELECT region_code, kind, serving_region_code, display_name
                        FROM region_office_assignment WHERE region_code IN (:codes)""")
                .param("codes", regionCodes)
                .query((rs, row) -> new Assignment(
                        rs.getString("region_code"),
                        OfficeKind.valueOf(rs.getString("kind")),
                        rs.getString("serving_region_code"),
                        rs.getString("display_name")))
                .list();
    }

    void save(Assignment assignment, String actor) {
        forget();
        jdbc.sql("""
                        INSERT INTO region_office_assignment
                            (region_code, kind, serving_region_code, display_name, assigned_by)
                        VALUES (:region, :kind, :serving, :name, :actor)
                        ON CONFLICT (region_code, kind) DO UPDATE
                        SET serving_region_code = excluded.serving_region_code,
                            display_name = excluded.display_name,
                            assigned_at = now(), assigned_by = excluded.assigned_by""")
                .param("region", assignment.regionCode())
                .param("kind", assignment.kind().name())
                .param("serving", assignment.servingRegionCode())
                .param("name", assignment.displayName())
                .param("actor", actor)
                .update();
    }

    void saveIfAbsent(Assignment assignment, String actor) {
        forget();
        jdbc.sql("""
                        INSERT INTO region_office_assignment
                            (region_code, kind, serving_region_code, display_name, assigned_by)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (region_code, kind) DO NOTHING""")
                .params(
                        assignment.regionCode(),
                        assignment.kind().name(),
                        assignment.servingRegionCode(),
                        assignment.displayName(),
                        actor)
                .update();
    }

    boolean delete(String regionCode, OfficeKind kind) {
        forget();
        return jdbc.sql("DELETE FROM region_office_assignment WHERE region_code = ? AND kind = ?")
                        .params(regionCode, kind.name())
                        .update()
                > 0;
    }
}
