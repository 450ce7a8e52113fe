package org.liangxiang.intake;

import java.util.Set;
import org.liangxiang.shared.Subsidy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one-open-application rule, kept by the database: a submitted application holds one open row per requested
 * subsidy, and a partial unique index over (resident-id blind index, subsidy) admits one open row per person and
 * subsidy. Rows close when the subsidy is decided or the application ends.
 */
@Repository
class OpenApplications {

    private final JdbcClient jdbc;

    OpenApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens a row per subsidy; refuses, naming where the open one is, when the person has one already. A concurrent
     * submission for the same person waits on the index and then finds this one.
     */
    void claim(Application a) {
        for (Subsidy subsidy : sorted(a.subsidies())) {
            int inserted = jdbc.sql("""
                    INSERT INTO intake_application_subsidy (application_id, subsidy, resident_id_index, open)
                    VALUES (?, ?, ?, true)
                    ON CONFLICT (resident_id_index, subsidy) WHERE open DO NOTHING""")
                    .params(a.id().value(), subsidy.name(), a.residentIdIndex())
                    .update();
            if (inserted == 0) {
                throw existing(a.residentIdIndex(), subsidy);
            }
        }
    }

    /** Closes every open row of the application (withdrawn, not accepted, lapsed). */
    void release(ApplicationId id) {
        jdbc.sql("UPDATE intake_application_subsidy SET open = false WHERE application_id = ? AND open")
                .param(id.value())
                .update();
    }

    /** Records the subsidy's outcome and closes its row; false when it was not open. */
    boolean decide(ApplicationId id, Subsidy subsidy, boolean approved) {
        return jdbc.sql("""
                        UPDATE intake_application_subsidy SET open = false, outcome = ?
                         WHERE application_id = ? AND subsidy = ? AND open""")
                        .params(approved ? "APPROVED" : "REFUSED", id.value(), subsidy.name())
                        .update()
                == 1;
    }

    boolean anyOpen(ApplicationId id) {
        return jdbc.sql("SELECT count(*) FROM intake_application_subsidy WHERE application_id = ? AND open")
                        .param(id.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private OpenApplicationExistsException existing(byte[] residentIndex, Subsidy subsidy) {
        return jdbc.sql("""
                SELECT a.number, a.receiving_township, a.status
                  FROM intake_application_subsidy s JOIN intake_application a ON a.id = s.application_id
                 WHERE s.resident_id_index = ? AND s.subsidy = ? AND s.open""")
                .params(residentIndex, subsidy.name())
                .query((rs, n) -> new OpenApplicationExistsException(
                        subsidy,
                        rs.getString("number"),
                        rs.getString("receiving_township"),
                        ApplicationStatus.valueOf(rs.getString("status"))))
                .optional()
                // the open one closed between the insert and this read: the person may try again
                .orElseGet(() -> new OpenApplicationExistsException(subsidy, "", "", ApplicationStatus.SUBMITTED));
    }

    private static Set<Subsidy> sorted(Set<Subsidy> subsidies) {
        return new java.util.TreeSet<>(subsidies);
    }
}
