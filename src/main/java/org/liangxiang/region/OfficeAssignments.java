package org.liangxiang.region;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored assignments that override a township's default offices. */
@Repository
class OfficeAssignments {

    record Assignment(String regionCode, OfficeKind kind, String servingRegionCode, String displayName) {}

    private final JdbcClient jdbc;

    OfficeAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Assignment> forRegions(Collection<String> regionCodes) {
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
        return jdbc.sql("DELETE FROM region_office_assignment WHERE region_code = ? AND kind = ?")
                        .params(regionCode, kind.name())
                        .update()
                > 0;
    }
}
