package org.liangxiang.intake;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
     * The part of a statement that opens a row per subsidy asked ({@code :id}, {@code :person}, {@code :subsidies}),
     * named {@code opened}, answering the subsidies it opened: a subsidy the person has open already is not opened (the
     * partial unique index; a concurrent submission for the same person waits on the index and then finds this one).
     * The submission's update of the application runs in the same statement ({@link ApplicationStore#submitted}).
     */
    static final String OPEN_ROWS = """
            opened AS (
                INSERT INTO intake_application_subsidy (application_id, subsidy, resident_id_index, open)
                SELECT :id, subsidy, :person, true FROM unnest(CAST(:subsidies AS TEXT[])) AS subsidy
                ON CONFLICT (resident_id_index, subsidy) WHERE open DO NOTHING
                RETURNING subsidy)""";

    /** Refuses, naming where the open one is, when a subsidy asked was not opened: the person has one open already. */
    void requireOpened(Application a, Set<String> opened) {
        for (Subsidy subsidy : sorted(a.subsidies())) {
            if (!opened.contains(subsidy.name())) {
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

    /**
     * Records several subsidies' outcomes, closes their rows and writes the application (DECIDED when none of its rows
     * stays open: the open rows before it, which the statement's snapshot sees, less those it closed; else only its
     * version moves), in one statement without reading it first: the subsidies whose rows it closed and the application
     * as written with its sealed certificate number. The
     * application is written only when it is IN_REVIEW and every row asked was open; else {@code written} is empty
     * (and the caller refuses, rolling back the rows closed).
     */
    Decided decide(ApplicationId id, Map<Subsidy, Boolean> outcomes) {
        List<String> subsidies = new ArrayList<>();
        List<String> results = new ArrayList<>();
        new TreeMap<>(outcomes).forEach((subsidy, approved) -> {
            subsidies.add(subsidy.name());
            results.add(approved ? "APPROVED" : "REFUSED");
        });
        return jdbc.sql("""
                        WITH decided AS (
                            UPDATE intake_application_subsidy s SET open = false, outcome = o.outcome
                              FROM unnest(CAST(:subsidies AS TEXT[]), CAST(:outcomes AS TEXT[])) AS o(subsidy, outcome)
                             WHERE s.application_id = :id AND s.subsidy = o.subsidy AND s.open
                            RETURNING s.subsidy),
                        counted AS (
                            -- as text[]: an array of the column's domain (intake_subsidy) is a type JDBC does not know
                            SELECT ARRAY(SELECT CAST(subsidy AS TEXT) FROM decided) AS decided_closed,
                                   (SELECT count(*) FROM intake_application_subsidy
                                     WHERE application_id = :id AND open) AS decided_open_before),
                        written AS (
                            UPDATE intake_application a
                               SET status = CASE WHEN k.decided_open_before = cardinality(k.decided_closed)
                                                 THEN 'DECIDED' ELSE a.status END,
                                   version = a.version + 1, updated_at = now()
                              FROM counted k
                             WHERE a.id = :id AND a.status = 'IN_REVIEW' AND cardinality(k.decided_closed) = :asked
                            RETURNING a.*)
                        SELECT k.decided_closed, k.decided_open_before, w.*
                          FROM counted k LEFT JOIN written w ON true""")
                .param("id", id.value())
                .param("asked", subsidies.size())
                .param("subsidies", "{" + String.join(",", subsidies) + "}")
                .param("outcomes", "{" + String.join(",", results) + "}")
                .query((rs, n) -> {
                    Set<Subsidy> closed = EnumSet.noneOf(Subsidy.class);
                    for (String name : (String[]) rs.getArray("decided_closed").getArray()) {
                        closed.add(Subsidy.valueOf(name));
                    }
                    boolean wrote = rs.getObject("id") != null;
                    return new Decided(
                            closed,
                            wrote ? Optional.of(ApplicationStore.map(rs, n)) : Optional.empty(),
                            wrote ? rs.getBytes("certificate_number_sealed") : null);
                })
                .single();
    }

    /**
     * What {@link #decide(ApplicationId, Map)} did: the subsidies it closed and the application as written (empty when
     * a row asked was not open or the application was not in review) with its certificate number as sealed (null when
     * not written).
     */
    record Decided(Set<Subsidy> closed, Optional<Application> written, byte[] certificateSealed) {

        /** The first of the subsidies asked (in order) whose row was not open; empty when all were. */
        java.util.Optional<Subsidy> firstNotOpen(Set<Subsidy> asked) {
            return new TreeSet<>(asked)
                    .stream().filter(s -> !closed.contains(s)).findFirst();
        }
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
