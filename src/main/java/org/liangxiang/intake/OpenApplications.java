package org.liangxiang.intake;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.database.GuardedWrite;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one-open-application rule, kept by the database: a submitted application holds one open row per requested
 * subsidy, and a partial unique index over (resident-id blind index, subsidy) admits one open row per person and
 * subsidy. Rows close when the subsidy is decided or the application ends.
 */
@Component
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
     * version moves), as parts of a statement without reading it first ({@link GuardedWrite}). Nothing is written
     * unless the application is IN_REVIEW and every row asked is open ({@code intake_allowed}); {@code intake_written}
     * answers the application's row when it was written.
     */
    GuardedWrite decision(ApplicationId id, Map<Subsidy, Boolean> outcomes, GuardedWrite.Refusal refused) {
        List<String> subsidies = new ArrayList<>();
        List<String> results = new ArrayList<>();
        new TreeMap<>(outcomes).forEach((subsidy, approved) -> {
            subsidies.add(subsidy.name());
            results.add(approved ? "APPROVED" : "REFUSED");
        });
        return new GuardedWrite(
                """
                intake_asked AS (
                    SELECT o.subsidy, o.outcome
                      FROM unnest(CAST(:intakeSubsidies AS TEXT[]), CAST(:intakeOutcomes AS TEXT[])) AS o(subsidy, outcome)),
                intake_allowed AS (
                    SELECT a.id, (SELECT count(*) FROM intake_application_subsidy s
                                   WHERE s.application_id = a.id AND s.open) AS open_before
                      FROM intake_application a
                     WHERE a.id = :intakeDecidedId AND a.status = 'IN_REVIEW'
                       AND (SELECT count(*) FROM intake_application_subsidy s JOIN intake_asked o ON s.subsidy = o.subsidy
                             WHERE s.application_id = a.id AND s.open) = :intakeAsked),
                intake_decided AS (
                    UPDATE intake_application_subsidy s SET open = false, outcome = o.outcome
                      FROM intake_asked o, intake_allowed k
                     WHERE s.application_id = k.id AND s.subsidy = o.subsidy AND s.open
                    RETURNING s.subsidy),
                intake_written AS (
                    UPDATE intake_application a
                       SET status = CASE WHEN k.open_before = d.closed THEN 'DECIDED' ELSE a.status END,
                           version = a.version + 1, updated_at = now()
                      FROM intake_allowed k, (SELECT count(*) AS closed FROM intake_decided) d
                     WHERE a.id = k.id AND a.status = 'IN_REVIEW' AND d.closed = :intakeAsked
                    RETURNING a.id)""",
                "intake_written",
                Map.of(
                        "intakeDecidedId",
                        id.value(),
                        "intakeAsked",
                        subsidies.size(),
                        "intakeSubsidies",
                        "{" + String.join(",", subsidies) + "}",
                        "intakeOutcomes",
                        "{" + String.join(",", results) + "}"),
                refused);
    }

    /** The subsidies whose rows are open for the application. */
    Set<Subsidy> openSubsidies(ApplicationId id) {
        Set<Subsidy> open = EnumSet.noneOf(Subsidy.class);
        jdbc.sql("SELECT subsidy FROM intake_application_subsidy WHERE application_id = ? AND open")
                .param(id.value())
                .query((rs, n) -> Subsidy.valueOf(rs.getString(1)))
                .list()
                .forEach(open::add);
        return open;
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
